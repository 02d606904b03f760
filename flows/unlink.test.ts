import { describe, expect, it } from 'vitest';
import { stepMachine } from '../src/bot/flow-runner';
import { definedTransitions, reachedStates, replayAllPaths, replayAllTransitions, walked } from '../test/support/flow-paths';
import { unlinkMachine, type UnlinkEvent } from './unlink';

const EVENTS: UnlinkEvent[] = [{ type: 'START' }, { type: 'CONFIRM' }, { type: 'CANCEL' }];

describe('unlink flow', () => {
  const paths = replayAllPaths(unlinkMachine, EVENTS);
  const transitions = replayAllTransitions(unlinkMachine, EVENTS);

  it('reaches every state and walks every transition', () => {
    expect(reachedStates(paths)).toEqual(Object.keys(unlinkMachine.root.states).sort());
    expect(walked(transitions)).toEqual(definedTransitions(unlinkMachine));
  });

  it('asks before unlinking and unlinks only on CONFIRM', () => {
    const summary = paths.filter((p) => p.length > 0).map((p) => p.map((s) => `${s.event}:${s.effects.join('+')}`).join(' '));
    expect(summary.sort()).toEqual(['START:askConfirmation', 'START:askConfirmation CANCEL:keepLink', 'START:askConfirmation CONFIRM:unlink']);
  });

  it('does not unlink on a second CONFIRM after cancelling', () => {
    const kept = stepMachine(unlinkMachine, undefined, [{ type: 'START' }, { type: 'CANCEL' }]);
    const late = stepMachine(unlinkMachine, JSON.parse(JSON.stringify(kept.persisted)), [{ type: 'CONFIRM' }]);
    expect(late.emitted).toEqual([]);
    expect(late.snapshot.value).toBe('kept');
  });
});
