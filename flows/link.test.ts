import { describe, expect, it } from 'vitest';
import { stepMachine } from '../src/bot/flow-runner';
import { definedTransitions, reachedStates, replayAllPaths, replayAllTransitions, walked } from '../test/support/flow-paths';
import { linkMachine, type LinkEvent } from './link';

const EVENTS: LinkEvent[] = ['START', 'LINKED', 'FAILED', 'REJECTED', 'UNAVAILABLE', 'CANCEL'].map((type) => ({ type }) as LinkEvent);

/** What the seller must be told on each move (the spec, independent of the machine). */
const SAYS: Record<string, string> = {
  'START→offering': 'offerLink',
  'LINKED→linked': 'confirmLinked',
  'FAILED→failed': 'explainFailure',
  'REJECTED→failed': 'explainRejected',
  'UNAVAILABLE→unavailable': 'explainUnavailable',
  'CANCEL→cancelled': 'explainCancelled',
};

describe('link flow', () => {
  const paths = replayAllPaths(linkMachine, EVENTS);
  const transitions = replayAllTransitions(linkMachine, EVENTS);

  it('reaches every state and walks every transition', () => {
    expect(reachedStates(paths)).toEqual(Object.keys(linkMachine.root.states).sort());
    expect(walked(transitions)).toEqual(definedTransitions(linkMachine));
  });

  it('says exactly one thing on every transition', () => {
    for (const step of transitions) expect(step.effects, `${step.from} --${step.event}--> ${step.to}`).toEqual([SAYS[`${step.event}→${step.to}`]]);
  });

  it('says exactly one thing on every move of every path', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) for (const step of path) expect(step.effects, `${step.from} --${step.event}--> ${step.to}`).toEqual([SAYS[`${step.event}→${step.to}`]]);
  });

  it('ignores everything once linked, cancelled or unavailable', () => {
    for (const end of [['LINKED'], ['CANCEL'], ['UNAVAILABLE'], ['FAILED', 'CANCEL']]) {
      let persisted = stepMachine(linkMachine, undefined, [{ type: 'START' }, ...end.map((type) => ({ type }) as LinkEvent)]).persisted;
      const after = stepMachine(linkMachine, JSON.parse(JSON.stringify(persisted)), [{ type: 'CANCEL' }, { type: 'LINKED' }]);
      persisted = after.persisted;
      expect(after.snapshot.status, end.join(',')).toBe('done');
      expect(after.emitted).toEqual([]);
    }
  });

  it('refuses a button event the current state does not take', () => {
    const offering = stepMachine(linkMachine, undefined, [{ type: 'START' }]).snapshot;
    expect(offering.can({ type: 'START' })).toBe(false);
    expect(offering.can({ type: 'CANCEL' })).toBe(true);
  });
});
