import type { LinkPointerHolder } from '../sellers/links';
import type { ConversationView } from './conversation-state';
import type { InboundEvent } from './internal-events';

export interface EnqueueResult {
  accepted: number;
  duplicates: number;
}

/** What the rest of the Worker may ask of a user's Conversation object (conversation.ts). */
export interface ConversationApi extends LinkPointerHolder {
  /** Stores events (skipping ids already seen) and returns once they are durable. */
  enqueue(events: InboundEvent[], requestId: string): Promise<EnqueueResult>;
  /** Resolves when every stored event that may run now has been handled. */
  settled(options?: { retryNow?: boolean }): Promise<{ pending: number }>;
  getState(): ConversationView;
}
