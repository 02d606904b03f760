import type { webhook } from '@line/bot-sdk';
import { SIMULATOR_PATHS } from '../protocol';
import { fetchJson, type JsonAnswer } from './dom';

/**
 * Builds webhook events the way LINE does and hands them to the dev Worker, which signs them
 * with the channel secret and posts them to /webhook, so the bot runs its production path
 * while the secret stays on the server. Reply tokens are `<userId>.<random>`: the fake LINE
 * API attributes replies to the user by that prefix.
 */

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** LINE's webhookEventId is a ULID; any unique 26-character id of that alphabet will do. */
const eventId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(26)), (b) => ULID_ALPHABET[b % 32]).join('');

export const newUserId = (): string => `U${randomHex(16)}`;

function base(userId: string) {
  return {
    mode: 'active' as webhook.EventMode,
    timestamp: Date.now(),
    source: { type: 'user', userId } satisfies webhook.UserSource,
    webhookEventId: eventId(),
    deliveryContext: { isRedelivery: false },
  };
}
const replyToken = (userId: string): string => `${userId}.${randomHex(12)}`;

export const followEvent = (userId: string, isUnblocked: boolean): webhook.FollowEvent => ({
  ...base(userId),
  type: 'follow',
  replyToken: replyToken(userId),
  follow: { isUnblocked },
});

export const unfollowEvent = (userId: string): webhook.UnfollowEvent => ({ ...base(userId), type: 'unfollow' });

export const textEvent = (userId: string, text: string): webhook.MessageEvent => ({
  ...base(userId),
  type: 'message',
  replyToken: replyToken(userId),
  message: { type: 'text', id: `${Date.now()}${randomHex(2)}`, text, quoteToken: randomHex(16) } satisfies webhook.TextMessageContent,
});

export const postbackEvent = (userId: string, data: string, params?: Record<string, string>): webhook.PostbackEvent => ({
  ...base(userId),
  type: 'postback',
  replyToken: replyToken(userId),
  postback: params ? { data, params } : { data },
});

/** Posts events as one signed webhook call. */
export const postWebhook = (events: webhook.Event[]): Promise<JsonAnswer<unknown>> =>
  fetchJson(SIMULATOR_PATHS.webhook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
