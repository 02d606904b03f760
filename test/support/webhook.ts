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

export async function postEvents(events: unknown[], overrides: Partial<Env> = {}): Promise<Response> {
  const raw = JSON.stringify({ destination: 'Utestbot', events });
  return app.request('/webhook', await signedRequest(raw), { ...env, ...overrides });
}
