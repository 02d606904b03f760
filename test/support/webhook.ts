import { env } from 'cloudflare:workers';
import type { webhook } from '@line/bot-sdk';
import { app } from '../../src/app';
import { signLineBody } from '../../src/line/signature';
import type { Env } from '../../src/env';

let counter = 0;
/** Ids unique across test files, which share one fake LINE server. */
export const uniqueId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
export const newUserId = () => uniqueId('U');

const base = (userId: string) => ({
  mode: 'active' as const,
  timestamp: Date.now(),
  source: { type: 'user' as const, userId },
  webhookEventId: uniqueId('01E'),
  deliveryContext: { isRedelivery: false },
});

/** Reply tokens carry the user id so the fake can attribute replies (see fake-line-api). */
const replyToken = (userId: string) => `${userId}.${uniqueId('r')}`;

export const followEvent = (userId: string): webhook.FollowEvent => ({ ...base(userId), type: 'follow', replyToken: replyToken(userId), follow: { isUnblocked: false } });
export const unfollowEvent = (userId: string): webhook.UnfollowEvent => ({ ...base(userId), type: 'unfollow' });
export const textEvent = (userId: string, text: string): webhook.MessageEvent => ({
  ...base(userId),
  type: 'message',
  replyToken: replyToken(userId),
  message: { type: 'text', id: uniqueId('m'), text, quoteToken: uniqueId('q') },
});
export const postbackEvent = (userId: string, data: string): webhook.PostbackEvent => ({ ...base(userId), type: 'postback', replyToken: replyToken(userId), postback: { data } });

export async function signedRequest(rawBody: string, secret = env.LINE_CHANNEL_SECRET): Promise<RequestInit> {
  return { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(secret, rawBody) }, body: rawBody };
}

/** The users an events list speaks for (one-to-one chats). */
const usersOf = (events: unknown[]) =>
  [...new Set(events.map((e) => (e as { source?: { userId?: unknown } }).source?.userId).filter((u): u is string => typeof u === 'string' && u.length < 100))];

/** Waits until the users' conversations have handled (and answered) every stored event. */
export async function settle(userIds: string[], options: { retryNow?: boolean } = {}): Promise<void> {
  await Promise.all(userIds.map((u) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(u)).settled(options)));
}

/**
 * Posts events as LINE does. The webhook answers once they are stored; handling follows in
 * each user's conversation, so this waits for that too (unless `settle: false`) before the
 * test looks at what the users received.
 */
export async function postEvents(events: unknown[], overrides: Partial<Env> = {}, options: { settle?: boolean } = {}): Promise<Response> {
  const raw = JSON.stringify({ destination: 'Utestbot', events });
  const res = await app.request('/webhook', await signedRequest(raw), { ...env, ...overrides });
  if (options.settle !== false) await settle(usersOf(events));
  return res;
}
