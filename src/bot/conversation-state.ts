import type { Lang } from '../../content/i18n';

/** A flow in progress: which run it is (for stale buttons), its XState snapshot and when it last moved. */
export interface FlowSlot {
  run: string;
  snapshot: unknown;
  updatedAt: number;
}

/** Everything one LINE user's Conversation keeps between events. */
export interface ConversationState {
  version: 1;
  lang?: Lang;
  /** At most one flow runs at a time; a new one replaces it and its buttons expire. */
  flow?: { kind: string } & FlowSlot;
  /** webhookEventIds already handled, newest last, so redeliveries are not handled twice. */
  handledEvents: string[];
}

export const HANDLED_EVENTS_KEPT = 500;

export const emptyConversationState = (): ConversationState => ({ version: 1, handledEvents: [] });
