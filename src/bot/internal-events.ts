import type { LineEvent } from '../line/webhook-events';

/**
 * Events one part of the bot leaves in a user's conversation for later, so that they are
 * stored, ordered with the user's own events, retried and handled exactly once like them.
 */
interface InternalBase {
  type: 'internal';
  /** Unique per cause, so that a repeated cause (a retried takeover) is handled once. */
  webhookEventId: string;
  timestamp: number;
  source: { type: 'user'; userId: string };
}

/** Another LINE user linked the seller account this user held: tell them, drop their link. */
export interface LinkReplacedEvent extends InternalBase {
  kind: 'link-replaced';
  sellerId: string;
}

/** Amazon refused the seller's stored authorization (LWA invalid_grant): ask the owner to link again. */
export interface AuthorizationRevokedEvent extends InternalBase {
  kind: 'authorization-revoked';
  sellerId: string;
}

export type InternalEvent = LinkReplacedEvent | AuthorizationRevokedEvent;

/** Everything a Conversation handles: LINE's events and our own. */
export type InboundEvent = LineEvent | InternalEvent;
