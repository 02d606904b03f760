import { emit, setup } from 'xstate';

/**
 * The chat side of linking one seller account. The machine only decides what to say and
 * what to do next; the runtime (src/bot/features/linking.ts) issues link tokens, checks
 * nonces and records links when it sees the emitted effects.
 *
 * offering ─LINKED→ linked · ─FAILED/REJECTED→ failed (a fresh login button; LINKED still
 * possible) · CANCEL → cancelled
 */
export type LinkEvent =
  | { type: 'START' }
  /** LINE's accountLink event came back ok and the nonce checked out. */
  | { type: 'LINKED' }
  /** LINE reported `result: failed`. */
  | { type: 'FAILED' }
  /** The nonce was unknown, used, expired or for someone else. */
  | { type: 'REJECTED' }
  /** A link token could not be issued. */
  | { type: 'UNAVAILABLE' }
  | { type: 'CANCEL' };

export type LinkEffect =
  | { type: 'offerLink' }
  | { type: 'confirmLinked' }
  | { type: 'explainFailure' }
  | { type: 'explainRejected' }
  | { type: 'explainUnavailable' }
  | { type: 'explainCancelled' };

/** Events a button may carry (postback `e`); the others only come from the runtime. */
export const LINK_TAP_EVENTS = ['CANCEL'] as const satisfies readonly LinkEvent['type'][];

export const linkMachine = setup({
  types: { events: {} as LinkEvent, emitted: {} as LinkEffect },
}).createMachine({
  id: 'link',
  initial: 'idle',
  states: {
    idle: { on: { START: 'offering' } },
    offering: {
      entry: emit({ type: 'offerLink' }),
      on: {
        LINKED: 'linked',
        FAILED: { target: 'failed', actions: emit({ type: 'explainFailure' }) },
        REJECTED: { target: 'failed', actions: emit({ type: 'explainRejected' }) },
        UNAVAILABLE: 'unavailable',
        CANCEL: 'cancelled',
      },
    },
    failed: {
      on: {
        // The failure card carries a fresh login button, and an older one may still succeed.
        LINKED: 'linked',
        FAILED: { target: 'failed', reenter: true, actions: emit({ type: 'explainFailure' }) },
        REJECTED: { target: 'failed', reenter: true, actions: emit({ type: 'explainRejected' }) },
        CANCEL: 'cancelled',
      },
    },
    linked: { type: 'final', entry: emit({ type: 'confirmLinked' }) },
    unavailable: { type: 'final', entry: emit({ type: 'explainUnavailable' }) },
    cancelled: { type: 'final', entry: emit({ type: 'explainCancelled' }) },
  },
});
