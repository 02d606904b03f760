import type { Lang } from '../../content/i18n';
import type { LinkPointer } from '../sellers/links';

export type { LinkPointer };

/** A flow in progress: which run it is (for stale buttons), its XState snapshot and when it last moved. */
export interface FlowSlot {
  run: string;
  snapshot: unknown;
  updatedAt: number;
}

/** Everything one LINE user's Conversation keeps between events. */
export interface ConversationState {
  version: 2;
  lang?: Lang;
  /** At most one flow runs at a time; a new one replaces it and its buttons expire. */
  flow?: { kind: string } & FlowSlot;
  /**
   * Which seller account this user linked. Only a pointer: the seller's own object says who
   * owns it (a takeover moves ownership there first), so it is checked before every use.
   */
  link?: LinkPointer;
  /** The rich menu last chosen for the user, and whether LINE took it (false: try again). */
  richMenu?: { alias: string; synced: boolean };
}

/** What `getState` shows: the state plus the events handled recently, oldest first. */
export interface ConversationView extends ConversationState {
  handledEvents: string[];
}

export const emptyConversationState = (): ConversationState => ({ version: 2 });

/** Reads a stored state, including one written before link pointers and time-based dedupe. */
export function restoreConversationState(stored: unknown): ConversationState {
  if (!stored || typeof stored !== 'object') return emptyConversationState();
  const { lang, flow, link, richMenu } = stored as Partial<ConversationState>;
  return { version: 2, ...(lang ? { lang } : {}), ...(flow ? { flow } : {}), ...(link ? { link } : {}), ...(richMenu ? { richMenu } : {}) };
}
