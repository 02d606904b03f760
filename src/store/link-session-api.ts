/** Every record of a linking attempt expires, and is used at most once. */
export interface Expiring {
  expiresAt: number;
  usedAt?: number;
}

export type Refusal = 'unknown' | 'used' | 'expired' | 'wrong-user';
/** A refusal still carries a record it found (expired or used), e.g. for the page language. */
export type Consumed<T> = { ok: true; record: T } | { ok: false; reason: Refusal; record?: T };

export type SessionRecord = Expiring & Record<string, unknown>;

/**
 * What the rest of the Worker may ask of one LinkSession object (link-sessions.ts). The
 * LINK_SESSIONS namespace is typed by this, not by the class.
 */
export interface LinkSessionApi extends Rpc.DurableObjectBranded {
  /** Stores the record once; a second create for the same secret is refused. */
  create(record: SessionRecord): Promise<boolean>;
  peek(now: number): Consumed<SessionRecord>;
  /** Single use; with `userId`, only that LINE user may use it. */
  consume(now: number, userId?: string): Promise<Consumed<SessionRecord>>;
  /** After LINE confirmed the link: the link token cannot start another attempt. */
  markUsed(now: number): void;
}
