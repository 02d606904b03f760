import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import type { ConversationView } from '../../src/bot/conversation-state';
import { callsFor, injectFaults, LATE_LANDING_MS, LATE_MS, messagesTo, visibleText } from '../support/fake-line';
import { followEvent, newUserId, postEvents, postbackEvent, settle, signedRequest, textEvent, unfollowEvent } from '../support/webhook';

// The RPC stub cannot type the free-form flow snapshot, hence the cast.
const conversationState = async (userId: string) =>
  (await env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(userId)).getState()) as unknown as ConversationView;

describe('POST /webhook', () => {
  it('answers a follow with the greeting, through the LINE reply API', async () => {
    const user = newUserId();
    const res = await postEvents([followEvent(user)]);
    expect(res.status).toBe(200);
    const [message] = await messagesTo(user);
    expect(message?.type).toBe('flex');
    expect(visibleText(message)).toContain('セラーセントラル');
    // The greeting carries the login button itself, with a link token issued for this user.
    expect(visibleText(message)).toContain('セラーセントラルでログイン');
    expect(JSON.stringify(message)).toMatch(/"uri":"https:\/\/bot\.test\/link\?linkToken=lt-[a-f0-9]+&lang=ja"/);
  });

  it('refuses a missing or wrong signature with 401 and processes nothing', async () => {
    const user = newUserId();
    const raw = JSON.stringify({ destination: 'U', events: [followEvent(user)] });
    const unsigned = await app.request('/webhook', { method: 'POST', body: raw }, env);
    const wrong = await app.request('/webhook', await signedRequest(raw, 'another-secret'), env);
    expect(unsigned.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await callsFor(user)).toEqual([]);
    expect((await conversationState(user)).handledEvents).toEqual([]);
  });

  it('answers 400 to a correctly signed body that is not a LINE callback', async () => {
    for (const raw of ['not json', '[]', '{"events":[]}', '{"destination":"U","events":[{"no":"type"}]}']) {
      const res = await app.request('/webhook', await signedRequest(raw), env);
      expect(res.status, raw).toBe(400);
    }
  });

  it('answers LINE’s verify request (no events) with 200', async () => {
    expect((await postEvents([])).status).toBe(200);
  });

  it('handles a redelivered event once', async () => {
    const user = newUserId();
    const event = textEvent(user, 'menu');
    expect((await postEvents([event])).status).toBe(200);
    const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
    expect((await postEvents([redelivered])).status).toBe(200);
    expect(await messagesTo(user)).toHaveLength(1);
  });

  it('sends nothing twice when LINE fails: an unconfirmed reply is not repeated, by reply or by push', async () => {
    const user = newUserId();
    const first = textEvent(user, 'menu');
    const second = textEvent(user, 'menu');
    await postEvents([first]);
    await injectFaults([{ to: user, path: '/message/', status: 500, count: -1 }]);
    expect((await postEvents([first, second])).status).toBe(200);
    await fetch(`${env.LINE_API_BASE_URL}/control/faults?to=${user}`, { method: 'DELETE' });
    const redelivered = await postEvents([first, second].map((e) => ({ ...e, deliveryContext: { isRedelivery: true } })));
    expect(redelivered.status).toBe(200);
    // The first reply arrived; the second got a 500 (LINE may have it) and is never sent again.
    const calls = (await callsFor(user)).filter((c) => c.kind !== 'loading');
    expect(calls.map((c) => `${c.kind}:${c.status}`)).toEqual(['reply:200']);
    const all = (await (await fetch(`${env.LINE_API_BASE_URL}/messages`)).json()) as { calls: { kind: string; to?: string }[] };
    expect(all.calls.filter((c) => c.kind === 'fault' && c.to === second.replyToken)).toHaveLength(1);
    expect((await conversationState(user)).handledEvents).toEqual([first.webhookEventId, second.webhookEventId]);
  });

  it('answers at once, before LINE has the reply; a reply that reaches LINE after the timeout is one message', async () => {
    const user = newUserId();
    const event = textEvent(user, 'menu');
    // LINE takes longer than the client's timeout (1 s in tests) but still delivers the reply.
    await injectFaults([{ to: user, path: '/message/reply', count: 1, delayMs: LATE_MS }]);
    const res = await postEvents([event], {}, { settle: false });
    expect(res.status).toBe(200);
    expect(await messagesTo(user)).toEqual([]);
    await settle([user]);
    expect((await postEvents([{ ...event, deliveryContext: { isRedelivery: true } }])).status).toBe(200);
    await new Promise((r) => setTimeout(r, LATE_LANDING_MS));
    const calls = await callsFor(user);
    expect(calls.filter((c) => c.kind === 'push')).toEqual([]);
    expect(await messagesTo(user)).toHaveLength(1);
  });

  it('applies 30 rapid events of one user, all of them, in order', async () => {
    const user = newUserId();
    const concurrent = Array.from({ length: 30 }, () => textEvent(user, 'menu'));
    const responses = await Promise.all(concurrent.map((e) => postEvents([e])));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect((await conversationState(user)).handledEvents.slice().sort()).toEqual(concurrent.map((e) => e.webhookEventId).sort());

    const batch = Array.from({ length: 30 }, () => textEvent(user, 'menu'));
    expect((await postEvents(batch)).status).toBe(200);
    expect((await conversationState(user)).handledEvents.slice(-30)).toEqual(batch.map((e) => e.webhookEventId));
    const replies = (await callsFor(user)).filter((c) => c.kind === 'reply').slice(-30);
    expect(replies.map((c) => c.replyToken)).toEqual(batch.map((e) => e.replyToken));
  });

  it('ignores unknown event types and standby events', async () => {
    const user = newUserId();
    const unknown = { ...textEvent(user, 'x'), type: 'somethingNew' };
    const standby = { ...textEvent(user, 'menu'), mode: 'standby' };
    expect((await postEvents([unknown, standby, unfollowEvent(user)])).status).toBe(200);
    expect(await messagesTo(user)).toEqual([]);
  });

  it('answers a stale or forged postback with "expired" and the menu', async () => {
    const user = newUserId();
    for (const data of ['v=0&a=intent&id=menu.help', 'v=1&a=launch-missiles', 'v=1&a=intent&id=menu.help&x=1', 'garbage']) {
      await postEvents([postbackEvent(user, data)]);
    }
    const messages = await messagesTo(user);
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(visibleText(m)).toContain('有効期限');
  });

  it('falls back to push when the reply token is rejected', async () => {
    const user = newUserId();
    const event = { ...textEvent(user, 'menu'), replyToken: 'expired-token' };
    expect((await postEvents([event])).status).toBe(200);
    const calls = await callsFor(user);
    expect(calls.map((c) => `${c.kind}:${c.status}`)).toEqual(['push:200']);
    expect(calls[0]?.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('/dev routes', () => {
  // The dev tools live in the dev Worker only (test/dev/dev-app.test.ts).
  it('are 404 in the production app, whatever DEV_MODE says', async () => {
    for (const devMode of ['false', 'true']) {
      for (const path of ['/dev/line-api/messages', '/dev/line-api/v2/bot/message/push', '/dev']) {
        const res = await app.request(path, {}, { ...env, DEV_MODE: devMode });
        expect(res.status, `${path} with DEV_MODE ${devMode}`).toBe(404);
      }
    }
  });
});
