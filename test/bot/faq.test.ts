import { env } from 'cloudflare:workers';
import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import { routeText } from '../../src/intents/route';
import { messagesTo, visibleText } from '../support/fake-line';
import { newUserId, postEvents, postbackEvent, textEvent } from '../support/webhook';

const ops = { headers: { authorization: `Bearer ${env.OPS_API_TOKEN}` } };

/** Sends one text and returns what the user received for it. */
async function ask(user: string, text: string): Promise<messagingApi.Message[]> {
  const before = (await messagesTo(user)).length;
  expect((await postEvents([textEvent(user, text)])).status).toBe(200);
  return (await messagesTo(user)).slice(before);
}

async function tap(user: string, data: string): Promise<messagingApi.Message[]> {
  const before = (await messagesTo(user)).length;
  expect((await postEvents([postbackEvent(user, data)])).status).toBe(200);
  return (await messagesTo(user)).slice(before);
}

const postbackData = (message: messagingApi.Message | undefined): string[] => JSON.stringify(message).match(/v=1&a=[^"]+/g) ?? [];
const quickReplyData = (message: messagingApi.Message | undefined) => message?.quickReply?.items?.map((i) => (i.action as messagingApi.PostbackAction).data) ?? [];

describe('typed questions', () => {
  it('get the answer card, with feedback buttons naming the intent', async () => {
    const user = newUserId();
    const [card, ...rest] = await ask(user, 'iPadでも通知って受け取れるの？');
    expect(rest).toEqual([]);
    expect(card?.type).toBe('flex');
    expect(visibleText(card)).toContain('iPad');
    expect(visibleText(card)).toContain('役に立った');
    expect(postbackData(card)).toEqual(expect.arrayContaining(['v=1&a=fb&id=faq.devices&vote=up', 'v=1&a=fb&id=faq.devices&vote=down']));
    expect(quickReplyData(card)).toContain('v=1&a=intent&id=faq.desktop');
  });

  it('in English get an English answer', async () => {
    const user = newUserId();
    const [card] = await ask(user, 'What should a plan of action contain?');
    expect(visibleText(card)).toContain('plan of action');
    expect(visibleText(card)).toContain('The name of the person responsible');
    expect(visibleText(card)).toContain('Helpful');
  });

  it('for a command hand over to the feature that owns it', async () => {
    const user = newUserId();
    const [menu] = await ask(user, 'メニューを見せて');
    expect(visibleText(menu)).toContain('メニュー');
    expect(postbackData(menu)).toContain('v=1&a=intent&id=menu.faq');
  });

  it('a related question tapped as a quick reply answers that question', async () => {
    const user = newUserId();
    const [card] = await tap(user, 'v=1&a=intent&id=account.plan-of-action');
    expect(visibleText(card)).toContain('改善計画書');
    expect(visibleText(card)).toContain('実施責任者');
  });

  it('the FAQ list offers every topic', async () => {
    const user = newUserId();
    const [list] = await ask(user, 'よくある質問');
    expect(list?.type).toBe('flex');
    expect(postbackData(list)).toEqual(expect.arrayContaining(['v=1&a=intent&id=faq.devices', 'v=1&a=intent&id=login.forgot-password', 'v=1&a=intent&id=alert.listing-at-risk']));
  });
});

describe('did you mean', () => {
  it('offers the close candidates and "none of these" when two intents fit about equally', async () => {
    // "Listings stop": stopped already, or about to be?
    const text = '出品が止まる';
    const route = routeText(text);
    expect(route.decision).toBe('ask');
    const user = newUserId();
    const [question] = await ask(user, text);
    expect(visibleText(question)).toContain('どれですか');
    const choices = quickReplyData(question);
    expect(choices).toEqual(expect.arrayContaining(['v=1&a=intent&id=alert.listing-at-risk', 'v=1&a=intent&id=alert.listing-suspended', 'v=1&a=intent&id=none']));
    expect(choices.length).toBeLessThanOrEqual(4);

    const [answer] = await tap(user, 'v=1&a=intent&id=alert.listing-suspended');
    expect(visibleText(answer)).toContain('出品商品が停止されました');
    const [honest] = await tap(user, 'v=1&a=intent&id=none');
    expect(visibleText(honest)).toContain('お答えできません');
  });
});

describe('small talk', () => {
  it('gets one warm line saying what the bot does, in the language it was written in', async () => {
    const user = newUserId();
    const [hello, ...rest] = await ask(user, 'こんにちは！');
    expect(rest).toEqual([]);
    expect(visibleText(hello)).toContain('連携');
    const [thanks] = await ask(user, 'thanks a lot');
    expect(visibleText(thanks)).toContain('alert');
  });
});

describe('questions we cannot answer', () => {
  it('get an honest reply, Seller Central help and the menu once (as chips), and are logged for ops without the user id', async () => {
    const user = newUserId();
    const text = `注文した商品が届かない ${user.slice(-6)}`;
    const replies = await ask(user, text);
    expect(replies).toHaveLength(1);
    const [honest] = replies;
    expect(visibleText(honest)).toContain('お答えできません');
    expect(visibleText(honest)).toContain('お問い合わせは受け付けていません');
    expect(JSON.stringify(honest)).toContain('https://sellercentral.amazon.co.jp/help/hub');
    expect(quickReplyData(honest)).toContain('v=1&a=intent&id=menu.help');

    const res = await app.request('/api/insights/unanswered?limit=1000', ops, env);
    const body = (await res.json()) as { questions: { text: string; user: string; lang: string }[] };
    const logged = body.questions.find((q) => q.text === text);
    expect(logged).toBeDefined();
    expect(logged!.user).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(body)).not.toContain(user);
  });

  it('in English get the same in English', async () => {
    const user = newUserId();
    const [honest] = await ask(user, 'Where is my package? It has not arrived');
    expect(visibleText(honest)).toContain('can’t answer');
    expect(visibleText(honest)).toContain('Seller Central help');
  });
});

describe('feedback', () => {
  it('thanks the seller and counts one vote per user and answer, the latest winning', async () => {
    const before = await counts('faq.desktop');
    const [alice, bob] = [newUserId(), newUserId()];
    const [thanks] = await tap(alice, 'v=1&a=fb&id=faq.desktop&vote=up');
    expect(visibleText(thanks)).toContain('ありがとうございます');
    await tap(bob, 'v=1&a=fb&id=faq.desktop&vote=up');
    await tap(bob, 'v=1&a=fb&id=faq.desktop&vote=down');
    const after = await counts('faq.desktop');
    expect(after.up - before.up).toBe(1);
    expect(after.down - before.down).toBe(1);
  });

  it('refuses to count a vote on something we never answered', async () => {
    const user = newUserId();
    const [reply] = await tap(user, 'v=1&a=fb&id=made.up-intent&vote=down');
    expect(visibleText(reply)).not.toContain('ありがとうございます');
    expect((await counts('made.up-intent')).down).toBe(0);
  });
});

async function counts(id: string): Promise<{ up: number; down: number }> {
  const res = await app.request('/api/insights/feedback', ops, env);
  const body = (await res.json()) as { intents: { id: string; up: number; down: number }[] };
  return body.intents.find((i) => i.id === id) ?? { up: 0, down: 0 };
}
