import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createLinkNonce } from '../../src/store/link-sessions';
import { getSellerLink, getUserLink, maskSellerId } from '../../src/sellers/links';
import { getSettings } from '../../src/sellers/settings';
import { callsFor, messagesTo, setProfileLanguage, visibleText } from '../support/fake-line';
import { accountLinkEvent, consent, deliver, intentData, lastMessageTo, linkAccount, linkWith, newSellerId, nonceFor, openPage, postbackData, startLinking, uriActions } from '../support/linking';
import { followEvent, newUserId, postbackEvent, textEvent, unfollowEvent } from '../support/webhook';

const tap = async (userId: string, data: string) => deliver([postbackEvent(userId, data)]);
const buttonData = async (userId: string, pattern: RegExp) => {
  const data = postbackData(await lastMessageTo(userId)).find((d) => pattern.test(d));
  if (!data) throw new Error(`no button matching ${pattern}`);
  return data;
};

describe('link.start', () => {
  it('explains the four steps and sends a one-time login button for this user', async () => {
    const user = newUserId();
    const url = await startLinking(user);
    const text = visibleText(await lastMessageTo(user));
    expect(text).toContain('セラーセントラルでログイン');
    expect(text).toContain('同意');
    expect(text).toContain('連携済み');
    expect(url).toMatch(/^https:\/\/bot\.test\/link\?linkToken=lt-[a-f0-9]+&lang=ja$/);
    const issued = (await callsFor(user)).filter((c) => c.kind === 'linkToken');
    expect(issued).toHaveLength(1);
    expect(url).toContain((issued[0]!.body as { linkToken: string }).linkToken);
  });

  it('says to try later when LINE will not issue a link token', async () => {
    const user = newUserId();
    const { injectFaults } = await import('../support/fake-line');
    await injectFaults([{ to: user, path: '/linkToken', status: 500, count: -1 }]);
    await tap(user, intentData('link.start'));
    const last = await lastMessageTo(user);
    expect(visibleText(last)).toContain('いま連携を始められませんでした');
    expect(uriActions(last)).toEqual([]);
  });

  it('can be cancelled from its button', async () => {
    const user = newUserId();
    await startLinking(user);
    await tap(user, await buttonData(user, /e=CANCEL/));
    expect(visibleText(await lastMessageTo(user))).toContain('連携を中止しました');
  });
});

describe('accountLink', () => {
  it('ok: records the link, stores the chat language, and replies 連携済み', async () => {
    const user = newUserId();
    const seller = newSellerId();
    await setProfileLanguage(user, 'en');
    await deliver([followEvent(user)]);
    await linkAccount(user, seller);
    const link = await getUserLink(env, user);
    expect(link).toMatchObject({ userId: user, sellerId: seller, active: true });
    expect((await getSellerLink(env, seller))?.userId).toBe(user);
    expect((await getSettings(env, seller)).language).toBe('en');
    const reply = (await callsFor(user)).filter((c) => c.kind === 'reply').at(-1)!;
    expect(visibleText(reply.body)).toContain('Linked');
    expect(visibleText(reply.body)).toContain(maskSellerId(seller));
    expect(visibleText(reply.body)).not.toContain(seller);
  });

  it('refuses a reused nonce and records nothing new', async () => {
    const user = newUserId();
    const seller = newSellerId();
    const { nonce } = await nonceFor(await startLinking(user), seller);
    await deliver([accountLinkEvent(user, 'ok', nonce)]);
    const first = await getUserLink(env, user);
    await deliver([accountLinkEvent(user, 'ok', nonce)]);
    expect(visibleText(await lastMessageTo(user))).toContain('確認できなかった');
    expect(await getUserLink(env, user)).toEqual(first);
  });

  it('refuses an unknown or expired nonce: no link', async () => {
    const user = newUserId();
    await deliver([accountLinkEvent(user, 'ok', 'made-up-nonce-made-up-nonce')]);
    expect(visibleText(await lastMessageTo(user))).toContain('確認できなかった');
    const expired = await createLinkNonce(env, { sellerId: newSellerId(), userId: user, linkToken: 'lt-x', refreshTokenEnc: 'v1.unused.unused' }, Date.now() - 11 * 60 * 1000);
    await deliver([accountLinkEvent(user, 'ok', expired)]);
    expect(await getUserLink(env, user)).toBeNull();
  });

  it('failed: invalidates the nonce and offers a retry that goes straight to login (pushed, as there is no reply token)', async () => {
    const user = newUserId();
    const seller = newSellerId();
    const { nonce, linkToken } = await nonceFor(await startLinking(user), seller);
    await deliver([accountLinkEvent(user, 'failed', nonce)]);
    const pushed = (await callsFor(user)).filter((c) => c.kind === 'push').at(-1)!;
    expect(visibleText(pushed.body)).toContain('連携できませんでした');
    await deliver([accountLinkEvent(user, 'ok', nonce)]);
    expect(await getUserLink(env, user)).toBeNull();
    expect(await getSellerLink(env, seller)).toBeNull();
    // The retry button is itself a login button, with a new link token.
    const retry = uriActions(pushed.body).find((u) => u.includes('/link?linkToken='));
    expect(retry).toBeDefined();
    expect(retry).not.toContain(linkToken);
    await linkWith(user, retry!, seller);
    expect(await getUserLink(env, user)).toMatchObject({ sellerId: seller, active: true });
  });

  it('a link token issued for one LINE user cannot link another', async () => {
    const owner = newUserId();
    const intruder = newUserId();
    const seller = newSellerId();
    const { nonce } = await nonceFor(await startLinking(owner), seller);
    await deliver([accountLinkEvent(intruder, 'ok', nonce)]);
    expect(visibleText(await lastMessageTo(intruder))).toContain('確認できなかった');
    expect(await getUserLink(env, intruder)).toBeNull();
    expect(await getSellerLink(env, seller)).toBeNull();
    // The intruder did not spoil the owner's attempt.
    await deliver([accountLinkEvent(owner, 'ok', nonce)]);
    expect((await getSellerLink(env, seller))?.userId).toBe(owner);
  });

  it('one person per seller account: the new link replaces the old and the old user is told by push', async () => {
    const first = newUserId();
    const second = newUserId();
    const seller = newSellerId();
    await linkAccount(first, seller);
    await linkAccount(second, seller);
    expect((await getSellerLink(env, seller))?.userId).toBe(second);
    expect(await getUserLink(env, first)).toBeNull();
    const push = (await callsFor(first)).filter((c) => c.kind === 'push').at(-1)!;
    expect(push.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(visibleText(push.body)).toContain(maskSellerId(seller));
    expect(visibleText(push.body)).toContain('1名');
    // The first user now sees "not linked".
    await tap(first, intentData('link.status'));
    expect(visibleText(await lastMessageTo(first))).toContain('連携している出品用アカウントはありません');
  });

  it('switching a user to another seller frees the old seller', async () => {
    const user = newUserId();
    const [a, b] = [newSellerId(), newSellerId()];
    await linkAccount(user, a);
    await linkAccount(user, b);
    expect(await getSellerLink(env, a)).toBeNull();
    expect((await getUserLink(env, user))?.sellerId).toBe(b);
  });
});

describe('link.status and link.unlink', () => {
  it('status shows the masked seller id and since when', async () => {
    const user = newUserId();
    const seller = newSellerId();
    await linkAccount(user, seller);
    await tap(user, intentData('link.status'));
    const text = visibleText(await lastMessageTo(user));
    expect(text).toContain(maskSellerId(seller));
    expect(text).not.toContain(seller);
    expect(text).toMatch(/連携日時: \d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}/);
  });

  it('status says so when nothing is linked', async () => {
    const user = newUserId();
    await tap(user, intentData('link.status'));
    expect(visibleText(await lastMessageTo(user))).toContain('連携している出品用アカウントはありません');
  });

  it('unlink asks first; "keep" keeps the link', async () => {
    const user = newUserId();
    await linkAccount(user, newSellerId());
    await tap(user, intentData('link.unlink'));
    expect(visibleText(await lastMessageTo(user))).toContain('解除してよろしいですか');
    expect((await getUserLink(env, user))?.active).toBe(true);
    await tap(user, await buttonData(user, /e=CANCEL/));
    expect(visibleText(await lastMessageTo(user))).toContain('連携はそのままです');
    expect((await getUserLink(env, user))?.active).toBe(true);
  });

  it('unlink on confirm removes the link and says how to link again; the old button then expires', async () => {
    const user = newUserId();
    const seller = newSellerId();
    await linkAccount(user, seller);
    await tap(user, intentData('link.unlink'));
    const confirm = await buttonData(user, /e=CONFIRM/);
    await tap(user, confirm);
    expect(visibleText(await lastMessageTo(user))).toContain('「連携」と送る');
    expect(await getUserLink(env, user)).toBeNull();
    expect(await getSellerLink(env, seller)).toBeNull();
    await tap(user, confirm);
    expect(visibleText(await lastMessageTo(user))).toContain('有効期限が切れています');
  });

  it('unlink with nothing linked says so', async () => {
    const user = newUserId();
    await tap(user, intentData('link.unlink'));
    expect(visibleText(await lastMessageTo(user))).toContain('連携している出品用アカウントはありません');
  });
});

describe('block and come back', () => {
  it('unfollow deactivates; follow again welcomes back and re-links in one tap', async () => {
    const user = newUserId();
    const seller = newSellerId();
    await linkAccount(user, seller);
    await deliver([unfollowEvent(user)]);
    expect(await getUserLink(env, user)).toMatchObject({ sellerId: seller, active: false });

    // isUnblocked is false here on purpose: the past link is what starts the recovery.
    await deliver([followEvent(user)]);
    const welcome = await lastMessageTo(user);
    expect(visibleText(welcome)).toContain('おかえりなさい');
    const [oneTap] = uriActions(welcome);
    expect(oneTap).toMatch(/^https:\/\/bot\.test\/link\?linkToken=/);

    const start = await openPage(oneTap!);
    const callback = await consent(start.headers.get('location')!, seller);
    const nonce = new URL((await openPage(callback)).headers.get('location')!).searchParams.get('nonce')!;
    await deliver([accountLinkEvent(user, 'ok', nonce)]);
    expect(visibleText(await lastMessageTo(user))).toContain('再び連携しました');
    expect(await getUserLink(env, user)).toMatchObject({ sellerId: seller, active: true });
  });

  it('a follow without any past link gets the plain greeting', async () => {
    const user = newUserId();
    await deliver([followEvent(user)]);
    expect(visibleText(await lastMessageTo(user))).not.toContain('おかえりなさい');
  });

  it('"not now" on the welcome back leaves the link paused and says how to resume', async () => {
    const user = newUserId();
    await linkAccount(user, newSellerId());
    await deliver([unfollowEvent(user), followEvent(user)]);
    await tap(user, await buttonData(user, /e=DECLINE/));
    expect(visibleText(await lastMessageTo(user))).toContain('「連携」と送って');
    expect((await getUserLink(env, user))?.active).toBe(false);
    await tap(user, intentData('link.status'));
    expect(visibleText(await lastMessageTo(user))).toContain('停止中');
  });

  it('link.relink explains that unblocking alone is not enough, with the unblock steps', async () => {
    const user = newUserId();
    await tap(user, intentData('link.relink'));
    const text = visibleText(await lastMessageTo(user));
    expect(text).toContain('ブロックを解除しただけでは');
    expect(text).toContain('≡');
    expect(uriActions(await lastMessageTo(user)).some((u) => u.includes('/link?linkToken='))).toBe(true);
  });
});

describe('every linking reply is valid for LINE', () => {
  it('reached the fake LINE API with status 200', async () => {
    const user = newUserId();
    await linkAccount(user, newSellerId());
    await deliver([textEvent(user, 'menu')]);
    const calls = (await callsFor(user)).filter((c) => c.kind === 'reply' || c.kind === 'push');
    expect(calls.every((c) => c.status === 200)).toBe(true);
    expect((await messagesTo(user)).length).toBeGreaterThan(1);
  });
});

describe('reachable by typed text', () => {
  it('"連携" starts linking and "連携解除" asks to unlink', async () => {
    const user = newUserId();
    await deliver([textEvent(user, '連携')]);
    expect(uriActions(await lastMessageTo(user)).some((u) => u.includes('/link?linkToken='))).toBe(true);
    await linkAccount(user, newSellerId());
    await deliver([textEvent(user, '連携解除')]);
    expect(visibleText(await lastMessageTo(user))).toContain('解除してよろしいですか');
    await deliver([textEvent(user, '連携状況')]);
    expect(visibleText(await lastMessageTo(user))).toContain('連携中の出品用アカウント');
  });
});
