import { DurableObject } from 'cloudflare:workers';
import type { Lang } from '../../content/i18n';
import { constantTimeEqual } from '../crypto/constant-time';
import { sha256Hex } from '../crypto/hash';
import { randomToken } from '../crypto/random-token';
import type { Consumed, Expiring, LinkSessionApi, Refusal, SessionRecord } from './link-session-api';

export type { Refusal };

/**
 * The short-lived secrets of one linking attempt:
 * - the LINE link token we issued → the LINE user it was issued to;
 * - the `state` sent to Seller Central → that link token (and user, and page language);
 * - the `nonce` handed to LINE → the seller Amazon vouched for (and the user it is for), with
 * the seller's SP-API refresh token, encrypted (never in plain text here).
 * Each secret lives in a Durable Object of its own, named by the secret's hash, so using
 * it up is one transaction: two racing requests cannot both get it. An alarm erases the
 * object a while after it expires (until then a late click is told "expired").
 */
export const LINK_SESSION_TTL_MS = 10 * 60 * 1000;
const KEEP_AFTER_EXPIRY_MS = 10 * 60 * 1000;
/** 24 bytes = 192 bits, above the 128-bit floor. */
const TOKEN_BYTES = 24;
const MAX_TOKEN_LENGTH = 512;

type Kind = 'token' | 'state' | 'nonce';

export interface LinkTokenRecord extends Expiring {
  userId: string;
}

export interface LinkStateRecord extends Expiring {
  linkToken: string;
  userId: string;
  lang: Lang;
}

export interface LinkNonceRecord extends Expiring {
  sellerId: string;
  userId: string;
  linkToken: string;
  /** The seller's LWA refresh token sealed by src/amazon/refresh-token.ts (TOKEN_ENCRYPTION_KEY, bound to sellerId). */
  refreshTokenEnc: string;
}

function refusalOf(record: Expiring | undefined, now: number): Refusal | null {
  if (!record) return 'unknown';
  if (record.usedAt !== undefined) return 'used';
  if (now >= record.expiresAt) return 'expired';
  return null;
}

/** One secret of one linking attempt. */
export class LinkSession extends DurableObject<unknown> implements LinkSessionApi {
  private readonly kv = this.ctx.storage.kv;

  /** Stores the record once; a second create for the same secret is refused. */
  async create(record: SessionRecord): Promise<boolean> {
    if (this.kv.get('record')) return false;
    this.kv.put('record', record);
    await this.ctx.storage.setAlarm(record.expiresAt + KEEP_AFTER_EXPIRY_MS);
    return true;
  }

  peek(now: number): Consumed<SessionRecord> {
    const record = this.kv.get<SessionRecord>('record');
    const refusal = refusalOf(record, now);
    return refusal ? { ok: false, reason: refusal, ...(record ? { record } : {}) } : { ok: true, record: record! };
  }

  /**
   * Single use: the first valid call gets the record, every later one is refused as used.
   * With `userId`, only that LINE user may use it; anyone else is refused without using
   * it up, so they cannot spoil the real owner's attempt.
   */
  async consume(now: number, userId?: string): Promise<Consumed<SessionRecord>> {
    const seen = this.peek(now);
    if (!seen.ok) return seen;
    if (userId !== undefined && !(await constantTimeEqual(String(seen.record.userId), userId))) {
      return { ok: false, reason: 'wrong-user', record: seen.record };
    }
    // The comparison awaited: check again and mark used in one step.
    return this.ctx.storage.transactionSync(() => {
      const again = this.peek(now);
      if (!again.ok) return again;
      this.kv.put('record', { ...again.record, usedAt: now });
      return again;
    });
  }

  /** After LINE confirmed the link: the link token cannot start another attempt. */
  markUsed(now: number): void {
    const record = this.kv.get<Expiring>('record');
    if (record && record.usedAt === undefined) this.kv.put('record', { ...record, usedAt: now });
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}

interface SessionsEnv {
  LINK_SESSIONS: DurableObjectNamespace<LinkSessionApi>;
}

const session = async (env: SessionsEnv, kind: Kind, token: string) =>
  env.LINK_SESSIONS.get(env.LINK_SESSIONS.idFromName(`${kind}:${await sha256Hex(token)}`));

const usable = (token: string) => token.length > 0 && token.length <= MAX_TOKEN_LENGTH;

async function consume<T extends Expiring>(env: SessionsEnv, kind: Kind, token: string, now: number, userId?: string): Promise<Consumed<T>> {
  if (!usable(token)) return { ok: false, reason: 'unknown' };
  return (await (await session(env, kind, token)).consume(now, userId)) as Consumed<T>;
}

async function create(env: SessionsEnv, kind: Kind, token: string, record: SessionRecord): Promise<void> {
  if (!(await (await session(env, kind, token)).create(record))) throw new Error(`link ${kind} already exists`);
}

/** Remembers whom LINE issued a link token for (LINE's tokens live 10 minutes too). */
export async function rememberLinkToken(env: SessionsEnv, linkToken: string, userId: string, now: number): Promise<void> {
  await create(env, 'token', linkToken, { userId, expiresAt: now + LINK_SESSION_TTL_MS } satisfies LinkTokenRecord);
}

/** The user a link token was issued to, or why it cannot be used. Does not consume it. */
export async function linkTokenOwner(env: SessionsEnv, linkToken: string, now: number): Promise<Consumed<LinkTokenRecord>> {
  if (!usable(linkToken)) return { ok: false, reason: 'unknown' };
  const seen = (await (await session(env, 'token', linkToken)).peek(now)) as Consumed<LinkTokenRecord>;
  return seen.ok ? seen : { ok: false, reason: seen.reason };
}

export async function markLinkTokenUsed(env: SessionsEnv, linkToken: string, now: number): Promise<void> {
  if (usable(linkToken)) await (await session(env, 'token', linkToken)).markUsed(now);
}

export async function createLinkState(env: SessionsEnv, record: Omit<LinkStateRecord, keyof Expiring>, now: number): Promise<string> {
  const state = randomToken(TOKEN_BYTES);
  await create(env, 'state', state, { ...record, expiresAt: now + LINK_SESSION_TTL_MS } satisfies LinkStateRecord);
  return state;
}

export const consumeLinkState = (env: SessionsEnv, state: string, now: number) => consume<LinkStateRecord>(env, 'state', state, now);

export async function createLinkNonce(env: SessionsEnv, record: Omit<LinkNonceRecord, keyof Expiring>, now: number): Promise<string> {
  const nonce = randomToken(TOKEN_BYTES);
  await create(env, 'nonce', nonce, { ...record, expiresAt: now + LINK_SESSION_TTL_MS } satisfies LinkNonceRecord);
  return nonce;
}

/** Single use, and only by the LINE user the link token was issued to. */
export const consumeLinkNonce = (env: SessionsEnv, nonce: string, userId: string, now: number) => consume<LinkNonceRecord>(env, 'nonce', nonce, now, userId);
