import { describe, expect, it } from 'vitest';
import { stepMachine } from '../src/bot/flow-runner';
import { definedTransitions, reachedStates, replayAllPaths, replayAllTransitions, walked } from '../test/support/flow-paths';
import { relinkMachine, type RelinkEvent } from './relink';

const EVENTS: RelinkEvent[] = [
  { type: 'START', reason: 'returned' },
  { type: 'START', reason: 'asked' },
  ...(['LINKED', 'FAILED', 'REJECTED', 'UNAVAILABLE', 'DECLINE'] as const).map((type) => ({ type })),
];

const SAYS: Record<string, string> = {
  'START→offering': 'offerRelink',
  'LINKED→restored': 'confirmRestored',
  'FAILED→failed': 'explainFailure',
  'REJECTED→failed': 'explainRejected',
  'UNAVAILABLE→unavailable': 'explainUnavailable',
  'DECLINE→declined': 'explainLater',
};

describe('relink (recovery) flow', () => {
  const paths = replayAllPaths(relinkMachine, EVENTS);
  const transitions = replayAllTransitions(relinkMachine, EVENTS);

  it('reaches every state and walks every transition', () => {
    expect(reachedStates(paths)).toEqual(Object.keys(relinkMachine.root.states).sort());
    expect(walked(transitions)).toEqual(definedTransitions(relinkMachine));
  });

  it('says exactly one thing on every transition', () => {
    for (const step of transitions) expect(step.effects, `${step.from} --${step.event}--> ${step.to}`).toEqual([SAYS[`${step.event}→${step.to}`]]);
  });

  it('says exactly one thing on every move of every path', () => {
    for (const path of paths) for (const step of path) expect(step.effects, `${step.from} --${step.event}--> ${step.to}`).toEqual([SAYS[`${step.event}→${step.to}`]]);
  });

  it('welcomes a returning seller and explains to one who asked', () => {
    const offer = (events: RelinkEvent[]) => stepMachine(relinkMachine, undefined, events).emitted.filter((e) => e.type === 'offerRelink').at(-1);
    expect(offer([{ type: 'START', reason: 'returned' }])).toEqual({ type: 'offerRelink', reason: 'returned' });
    expect(offer([{ type: 'START', reason: 'asked' }])).toEqual({ type: 'offerRelink', reason: 'asked' });
    // After a failure the card itself carries a fresh login button, and a link from it restores.
    const failed = stepMachine(relinkMachine, undefined, [{ type: 'START', reason: 'returned' }, { type: 'FAILED' }]);
    expect(stepMachine(relinkMachine, JSON.parse(JSON.stringify(failed.persisted)), [{ type: 'LINKED' }]).snapshot.value).toBe('restored');
  });

  it('re-links in one move from the offer', () => {
    const first = stepMachine(relinkMachine, undefined, [{ type: 'START', reason: 'returned' }]);
    const done = stepMachine(relinkMachine, JSON.parse(JSON.stringify(first.persisted)), [{ type: 'LINKED' }]);
    expect(done.snapshot.value).toBe('restored');
    expect(done.snapshot.status).toBe('done');
  });
});
