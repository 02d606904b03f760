import type { Lang } from '../../content/i18n';
import { constantTimeEqual } from '../crypto/constant-time';
import { sha256Hex } from '../crypto/hash';
import { randomToken } from '../crypto/random-token';
import type { Env } from '../env';

/**
 * The short-lived secrets of one linking attempt, in KV:
 * - the LINE link token we issued → the LINE user it was issued to;
 * - the `state` sent to Seller Central → that link token (and user, and page language);
 * - the `nonce` handed to LINE → the seller id Amazon confirmed (and the user it is for), with
 *   the seller's SP-API refresh token, encrypted (never in plain text here).
 * Keys are SHA-256 hashes, so a KV listing reveals no usable token. Each record carries
 * its own expiry, checked on every read: KV's expirationTtl only bounds how long it is
 * kept (a little longer, so a late click is told "expired" rather than "unknown").
 */
export const LINK_SESSION_TTL_MS = 10 * 60 * 1000;
const KEEP_AFTER_EXPIRY_MS = 10 * 60 * 1000;
/** 24 bytes = 192 bits, above the 128-bit floor. */
const TOKEN_BYTES = 24;

type Kind = 'token' | 'state' | 'nonce';

interface Expiring {
  expiresAt: number;
  usedAt?: number;
}

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

export type Refusal = 'unknown' | 'used' | 'expired' | 'wrong-user';
/** A refusal still carries a record it found (expired or used), e.g. for the page language. */
export type Consumed<T> = { ok: true; record: T } | { ok: false; reason: Refusal; record?: T };

const keyFor = async (kind: Kind, token: string) => `linksession:${kind}:${await sha256Hex(token)}`;

async function write<T extends Expiring>(env: Pick<Env, 'KV'>, kind: Kind, token: string, record: T, now: number): Promise<void> {
  const keepFor = Math.ceil((record.expiresAt + KEEP_AFTER_EXPIRY_MS - now) / 1000);
  // KV refuses a TTL under 60 s.
  await env.KV.put(await keyFor(kind, token), JSON.stringify(record), { expirationTtl: Math.max(60, keepFor) });
}

async function read<T extends Expiring>(env: Pick<Env, 'KV'>, kind: Kind, token: string): Promise<T | null> {
  if (!token || token.length > 512) return null;
  return env.KV.get<T>(await keyFor(kind, token), 'json');
}

function refusalOf(record: Expiring | null, now: number): Refusal | null {
  if (!record) return 'unknown';
  if (record.usedAt !== undefined) return 'used';
  if (now >= record.expiresAt) return 'expired';
  return null;
}

/**
 * Marks a record used. KV has no compare-and-swap, so two requests racing on the same
 * token could both read it unused; the code exchange (single use at Amazon) and the
 * per-user Durable Object that consumes nonces close that window.
 */
async function consume<T extends Expiring>(env: Pick<Env, 'KV'>, kind: Kind, token: string, now: number, check?: (record: T) => Promise<Refusal | null>): Promise<Consumed<T>> {
  const record = await read<T>(env, kind, token);
  const refusal = refusalOf(record, now) ?? (check && record ? await check(record) : null);
  if (refusal || !record) return { ok: false, reason: refusal ?? 'unknown', ...(record ? { record } : {}) };
  await write(env, kind, token, { ...record, usedAt: now }, now);
  return { ok: true, record };
}

/** Remembers whom LINE issued a link token for (LINE's tokens live 10 minutes too). */
export async function rememberLinkToken(env: Pick<Env, 'KV'>, linkToken: string, userId: string, now: number): Promise<void> {
  await write(env, 'token', linkToken, { userId, expiresAt: now + LINK_SESSION_TTL_MS } satisfies LinkTokenRecord, now);
}

/** The user a link token was issued to, or why it cannot be used. Does not consume it. */
export async function linkTokenOwner(env: Pick<Env, 'KV'>, linkToken: string, now: number): Promise<Consumed<LinkTokenRecord>> {
  const record = await read<LinkTokenRecord>(env, 'token', linkToken);
  const refusal = refusalOf(record, now);
  return refusal || !record ? { ok: false, reason: refusal ?? 'unknown' } : { ok: true, record };
}

/** After LINE confirmed the link: the token cannot start another attempt. */
export async function markLinkTokenUsed(env: Pick<Env, 'KV'>, linkToken: string, now: number): Promise<void> {
  const record = await read<LinkTokenRecord>(env, 'token', linkToken);
  if (record && record.usedAt === undefined) await write(env, 'token', linkToken, { ...record, usedAt: now }, now);
}

export async function createLinkState(env: Pick<Env, 'KV'>, session: Omit<LinkStateRecord, keyof Expiring>, now: number): Promise<string> {
  const state = randomToken(TOKEN_BYTES);
  await write(env, 'state', state, { ...session, expiresAt: now + LINK_SESSION_TTL_MS } satisfies LinkStateRecord, now);
  return state;
}

/** Single use: the first valid call gets the record, every later one is refused as used. */
export const consumeLinkState = (env: Pick<Env, 'KV'>, state: string, now: number) => consume<LinkStateRecord>(env, 'state', state, now);

export async function createLinkNonce(env: Pick<Env, 'KV'>, session: Omit<LinkNonceRecord, keyof Expiring>, now: number): Promise<string> {
  const nonce = randomToken(TOKEN_BYTES);
  await write(env, 'nonce', nonce, { ...session, expiresAt: now + LINK_SESSION_TTL_MS } satisfies LinkNonceRecord, now);
  return nonce;
}

/**
 * Single use, and only by the LINE user the link token was issued to: another user's
 * event is refused without using the nonce up, so it cannot spoil the real owner's attempt.
 */
export const consumeLinkNonce = (env: Pick<Env, 'KV'>, nonce: string, userId: string, now: number) =>
  consume<LinkNonceRecord>(env, 'nonce', nonce, now, async (record) => ((await constantTimeEqual(record.userId, userId)) ? null : 'wrong-user'));
