import { env } from 'cloudflare:workers';
import type { messagingApi, webhook } from '@line/bot-sdk';
import { app } from '../../src/app';
import { encodePostback } from '../../src/render/postback';
import type { Env } from '../../src/env';
import { messagesTo } from './fake-line';
import { postEvents, postbackEvent, uniqueId } from './webhook';

/**
 * Posts events as LINE does: a 5xx (the webhook's time budget ran out on a slow, cold
 * start) is redelivered, and the Conversation skips what it already handled.
 */
export async function deliver(events: unknown[]): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const res = await postEvents(events);
    if (res.status < 500 || attempt === 5) return res;
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

/** LINE's accountLink event; a failed one has no reply token. */
export const accountLinkEvent = (userId: string, result: 'ok' | 'failed', nonce: string): webhook.AccountLinkEvent => ({
  type: 'accountLink',
  mode: 'active',
  timestamp: Date.now(),
  source: { type: 'user', userId },
  webhookEventId: uniqueId('01E'),
  deliveryContext: { isRedelivery: false },
  ...(result === 'ok' ? { replyToken: `${userId}.${uniqueId('r')}` } : {}),
  link: { result, nonce },
});

/** A seller id in Amazon's shape, unique per test. */
export const newSellerId = () => `A${uniqueId('').toUpperCase().replace(/[^A-Z0-9]/g, '')}`.slice(0, 18);

/** Every URI action in a message (the buttons a user can open). */
export function uriActions(message: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'uri' && typeof record.uri === 'string') out.push(record.uri);
      Object.values(record).forEach(walk);
    }
  };
  walk(message);
  return out;
}

/** Postback data of every button in a message. */
export function postbackData(message: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'postback' && typeof record.data === 'string') out.push(record.data);
      Object.values(record).forEach(walk);
    }
  };
  walk(message);
  return out;
}

export const intentData = (id: string) => encodePostback({ a: 'intent', id });

export async function lastMessageTo(userId: string): Promise<messagingApi.Message> {
  const messages = await messagesTo(userId);
  const last = messages.at(-1);
  if (!last) throw new Error(`no message reached ${userId}`);
  return last;
}

/** Taps "アカウント連携" and returns the /link URL of the button the bot answered with. */
export async function startLinking(userId: string): Promise<string> {
  await deliver([postbackEvent(userId, intentData('link.start'))]);
  const url = uriActions(await lastMessageTo(userId)).find((u) => u.includes('/link?'));
  if (!url) throw new Error('link.start answered without a /link button');
  return url;
}

export const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** Opens a URL of this Worker as the seller's browser would (no redirects followed). */
export const openPage = (url: string, overrides: Partial<Env> = {}, headers: Record<string, string> = {}) =>
  app.request(pathOf(url), { headers }, { ...env, ...overrides });

/** Seller Central (the fake): presses 同意 for a seller id; returns the callback URL it redirects to. */
export async function consent(consentUrl: string, sellerId: string): Promise<string> {
  const page = new URL(consentUrl);
  const form = new URLSearchParams({
    application_id: page.searchParams.get('application_id') ?? '',
    state: page.searchParams.get('state') ?? '',
    redirect_uri: page.searchParams.get('redirect_uri') ?? '',
    seller_id: sellerId,
  });
  const res = await fetch(`${page.origin}${page.pathname}`, { method: 'POST', body: form, redirect: 'manual' });
  if (res.status !== 302) throw new Error(`consent answered ${res.status}: ${await res.text()}`);
  return res.headers.get('location')!;
}

/** /link → consent → callback: the nonce LINE's dialog would receive. */
export async function nonceFor(linkUrl: string, sellerId: string): Promise<{ nonce: string; linkToken: string; callbackUrl: string }> {
  const start = await openPage(linkUrl);
  if (start.status !== 302) throw new Error(`/link answered ${start.status}`);
  const callbackUrl = await consent(start.headers.get('location')!, sellerId);
  const done = await openPage(callbackUrl);
  if (done.status !== 302) throw new Error(`callback answered ${done.status}: ${await done.text()}`);
  const target = new URL(done.headers.get('location')!);
  return { nonce: target.searchParams.get('nonce')!, linkToken: target.searchParams.get('linkToken')!, callbackUrl };
}

/** From a login button's URL: log in, consent as `sellerId`, LINE confirms. */
export async function linkWith(userId: string, linkUrl: string, sellerId: string): Promise<void> {
  const { nonce } = await nonceFor(linkUrl, sellerId);
  const res = await deliver([accountLinkEvent(userId, 'ok', nonce)]);
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
}

/** The whole link, as a seller does it: tap, log in, consent, LINE confirms. */
export async function linkAccount(userId: string, sellerId: string): Promise<void> {
  await linkWith(userId, await startLinking(userId), sellerId);
}
