import { assign, emit, setup } from 'xstate';

/**
 * Coming back after a block. Unblocking alone does not resume alerts (the link was paused
 * on unfollow), so the seller is welcomed back and offered a one-tap re-link. Also started
 * when a seller asks how to get alerts again (`reason: 'asked'`).
 *
 * offering ─LINKED→ restored · ─DECLINE→ declined · ─FAILED/REJECTED→ failed (a fresh login
 * button; LINKED still possible)
 */
export type RelinkReason = 'returned' | 'asked';

export type RelinkEvent =
  | { type: 'START'; reason: 'returned' | 'asked' }
  | { type: 'LINKED' }
  | { type: 'FAILED' }
  | { type: 'REJECTED' }
  | { type: 'UNAVAILABLE' }
  | { type: 'DECLINE' };

export type RelinkEffect =
  | { type: 'offerRelink'; reason: RelinkReason }
  | { type: 'confirmRestored' }
  | { type: 'explainFailure' }
  | { type: 'explainRejected' }
  | { type: 'explainUnavailable' }
  | { type: 'explainLater' };

export const RELINK_TAP_EVENTS = ['DECLINE'] as const satisfies readonly RelinkEvent['type'][];

export const relinkMachine = setup({
  types: { context: {} as { reason: RelinkReason }, events: {} as RelinkEvent, emitted: {} as RelinkEffect },
}).createMachine({
  id: 'relink',
  context: { reason: 'returned' },
  initial: 'idle',
  states: {
    idle: {
      on: { START: { target: 'offering', actions: assign({ reason: ({ event }) => event.reason }) } },
    },
    offering: {
      entry: emit(({ context }) => ({ type: 'offerRelink' as const, reason: context.reason })),
      on: {
        LINKED: 'restored',
        FAILED: { target: 'failed', actions: emit({ type: 'explainFailure' }) },
        REJECTED: { target: 'failed', actions: emit({ type: 'explainRejected' }) },
        UNAVAILABLE: 'unavailable',
        DECLINE: 'declined',
      },
    },
    failed: {
      on: {
        LINKED: 'restored',
        FAILED: { target: 'failed', reenter: true, actions: emit({ type: 'explainFailure' }) },
        REJECTED: { target: 'failed', reenter: true, actions: emit({ type: 'explainRejected' }) },
        DECLINE: 'declined',
      },
    },
    restored: { type: 'final', entry: emit({ type: 'confirmRestored' }) },
    unavailable: { type: 'final', entry: emit({ type: 'explainUnavailable' }) },
    declined: { type: 'final', entry: emit({ type: 'explainLater' }) },
  },
});
