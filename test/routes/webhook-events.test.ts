import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import { callsFor, messagesTo, visibleText } from '../support/fake-line';
import { newUserId, postEvents, postbackEvent, settle, signedRequest, textEvent, uniqueId } from '../support/webhook';

/**
 * Signed bodies whose events are malformed: each bad event is settled (logged, skipped,
 * 200), so LINE does not redeliver it forever and the user's later events still run.
 */
describe('malformed events', () => {
  const deep = (levels: number) => {
    let node: unknown = 'x';
    for (let i = 0; i < levels; i++) node = { n: node };
    return node;
  };

  it('are skipped with 200, and the user’s good events around them are answered', async () => {
    const user = newUserId();
    const good = textEvent(user, 'menu');
    const bad: unknown[] = [
      { ...textEvent(user, 'x'), message: { type: 'text', id: '1', text: 42 } },
      { ...textEvent(user, 'x'), message: { type: 'text', id: '1', text: 'a'.repeat(5001) } },
      { ...postbackEvent(user, 'x'), postback: null },
      { ...postbackEvent(user, 'x'), postback: { data: ['v=1'] } },
      { ...textEvent(user, 'x'), source: { type: 'user', userId: `U${'a'.repeat(5000)}` } },
      { ...textEvent(user, 'x'), source: { type: 'user', userId: 42 } },
      { ...textEvent(user, 'x'), webhookEventId: { $gt: '' } },
      { ...textEvent(user, 'x'), timestamp: 'yesterday' },
      { ...textEvent(user, 'x'), replyToken: deep(50) },
      { ...textEvent(user, 'menu'), message: { type: 'text', id: '1', text: 'menu', emojis: deep(2000) } },
    ];
    const later = textEvent(user, 'menu');
    const res = await postEvents([good, ...bad, later]);
    expect(res.status).toBe(200);
    const replies = (await callsFor(user)).filter((c) => c.kind === 'reply');
    // The good events, and the one whose only fault was an unknown deep field (dropped), are answered.
    expect(replies.map((c) => c.replyToken)).toEqual([good.replyToken, (bad[9] as { replyToken: string }).replyToken, later.replyToken]);

    // A redelivery of the same body changes nothing and still gets 200.
    const again = await postEvents([good, ...bad, later].map((e) => ({ ...(e as object), deliveryContext: { isRedelivery: true } })));
    expect(again.status).toBe(200);
    expect((await callsFor(user)).filter((c) => c.kind === 'reply')).toHaveLength(3);
  });

  it('refuses a body nested deeper than any LINE body with 400, not a 500 loop', async () => {
    const raw = `{"destination":"U","events":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const res = await app.request('/webhook', await signedRequest(raw), env);
    expect(res.status).toBe(400);
  });

  it('refuses a body larger than LINE ever sends with 413', async () => {
    const raw = JSON.stringify({ destination: 'U', events: [], pad: 'x'.repeat(1_100_000) });
    const res = await app.request('/webhook', await signedRequest(raw), env);
    expect(res.status).toBe(413);
  });

  it('an event the bot cannot handle settles with an apology instead of holding up the user', async () => {
    const user = newUserId();
    // A stored flow snapshot the machine cannot restore makes every handling attempt throw.
    await postEvents([postbackEvent(user, 'v=1&a=intent&id=diagnosis.start')]);
    const { runInDurableObject } = await import('cloudflare:test');
    await runInDurableObject(env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(user)), async (_i, state) => {
      const saved = state.storage.kv.get<{ flow: { snapshot: unknown } }>('state')!;
      saved.flow.snapshot = { status: 'active', value: 'no-such-state', context: null };
      state.storage.kv.put('state', saved);
    });
    const broken = textEvent(user, 'はい');
    const next = textEvent(user, 'menu');
    expect((await postEvents([broken, next], {}, { settle: false })).status).toBe(200);
    for (let i = 0; i < 4; i++) await settle([user], { retryNow: true });
    const replies = (await callsFor(user)).filter((c) => c.kind === 'reply').slice(-2);
    expect(replies.map((c) => c.replyToken)).toEqual([broken.replyToken, next.replyToken]);
    expect(visibleText(replies[0]!.body)).toContain('問題が起きました');
    expect((await messagesTo(user)).length).toBeGreaterThan(2);
  });
});

describe('a burst: 10 users tapping 30 times at once, with LINE redelivering', () => {
  it('answers every webhook call with 200 and handles every event exactly once', async () => {
    const users = Array.from({ length: 10 }, () => newUserId());
    const events = users.flatMap((u) => Array.from({ length: 30 }, () => postbackEvent(u, 'v=1&a=intent&id=menu.help')));
    const responses = await Promise.all(events.map((e) => postEvents([e], {}, { settle: false })));
    // LINE redelivers a share of them (as after a timeout on its side): nothing is handled twice.
    const redelivered = await Promise.all(events.filter((_, i) => i % 3 === 0).map((e) => postEvents([{ ...e, deliveryContext: { isRedelivery: true } }], {}, { settle: false })));
    expect([...responses, ...redelivered].map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    await settle(users);
    for (const user of users) {
      const replies = (await callsFor(user)).filter((c) => c.kind === 'reply' || c.kind === 'push');
      expect(replies).toHaveLength(30);
      expect(new Set(replies.map((c) => c.replyToken)).size).toBe(30);
    }
  });
});

describe('events of many users in one body', () => {
  it('stores each user’s events in order and answers 200', async () => {
    const users = Array.from({ length: 5 }, () => newUserId());
    const events = users.flatMap((u) => [textEvent(u, 'menu'), postbackEvent(u, 'v=1&a=intent&id=menu.help')]);
    expect((await postEvents(events)).status).toBe(200);
    for (const u of users) expect(await messagesTo(u)).toHaveLength(2);
  });

  it('ignores events that are not from a one-to-one chat', async () => {
    const user = newUserId();
    const group = { ...textEvent(user, 'menu'), source: { type: 'group', groupId: uniqueId('C'), userId: user } };
    expect((await postEvents([group])).status).toBe(200);
    await settle([user]);
    expect(await messagesTo(user)).toEqual([]);
  });
});
