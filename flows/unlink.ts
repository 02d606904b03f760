import { emit, setup } from 'xstate';

/**
 * Removing the link asks first: one stray tap must not silence a seller's alerts.
 * confirming ─CONFIRM→ unlinked · ─CANCEL→ kept
 */
export type UnlinkEvent = { type: 'START' } | { type: 'CONFIRM' } | { type: 'CANCEL' };
export type UnlinkEffect = { type: 'askConfirmation' } | { type: 'unlink' } | { type: 'keepLink' };

export const UNLINK_TAP_EVENTS = ['CONFIRM', 'CANCEL'] as const satisfies readonly UnlinkEvent['type'][];

export const unlinkMachine = setup({
  types: { events: {} as UnlinkEvent, emitted: {} as UnlinkEffect },
}).createMachine({
  id: 'unlink',
  initial: 'idle',
  states: {
    idle: { on: { START: 'confirming' } },
    confirming: {
      entry: emit({ type: 'askConfirmation' }),
      on: { CONFIRM: 'unlinked', CANCEL: 'kept' },
    },
    unlinked: { type: 'final', entry: emit({ type: 'unlink' }) },
    kept: { type: 'final', entry: emit({ type: 'keepLink' }) },
  },
});
