import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { alertUi } from '../../content/alerts';
import { fill } from '../../content/i18n';
import { linkingChat } from '../../content/linking';
import { getSellerLink, getUserLink, maskSellerId } from '../../src/sellers/links';
import { getSettings } from '../../src/sellers/settings';
import { linkedSeller, ops, postAlerts, settled } from '../alerts/support';
import { messagesTo, visibleText } from '../support/fake-line';
import { accountLinkEvent, newSellerId, nonceFor, startLinking } from '../support/linking';
import { newUserId, postEvents, postbackEvent, settle } from '../support/webhook';

/**
 * Two writers at once, as attackers and busy sellers make them: the seller's own object
 * must leave exactly one owner, tell whoever lost, and lose no setting.
 */

const replacedText = (sellerId: string) => fill(linkingChat.replacedPush.ja, { seller: maskSellerId(sellerId) });

describe('two users linking one seller at the same moment', () => {
  it('leaves exactly one owner and tells the other, in 20 of 20 trials', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const seller = newSellerId();
      const [a, b] = [newUserId(), newUserId()];
      const [nonceA, nonceB] = await Promise.all([nonceFor(await startLinking(a), seller), nonceFor(await startLinking(b), seller)]);
      const answers = await Promise.all([postEvents([accountLinkEvent(a, 'ok', nonceA.nonce)]), postEvents([accountLinkEvent(b, 'ok', nonceB.nonce)])]);
      expect(answers.map((r) => r.status)).toEqual([200, 200]);

      const owner = (await getSellerLink(env, seller))?.userId;
      const links = { [a]: await getUserLink(env, a), [b]: await getUserLink(env, b) };
      const holders = [a, b].filter((u) => links[u] !== null);
      expect(holders, `trial ${trial}`).toEqual([owner]);
      const loser = owner === a ? b : a;
      // The loser was linked first and then replaced: they hear of it through their own conversation.
      await settle([loser]);
      expect(visibleText(await messagesTo(loser)), `trial ${trial}`).toContain(replacedText(seller));
      // Only the owner can open the seller's settings.
      await postEvents([postbackEvent(loser, 'v=1&a=intent&id=settings.open')]);
      expect(visibleText((await messagesTo(loser)).at(-1))).toContain(alertUi.notLinked.ja);
    }
  });
});

describe('a replaced user', () => {
  it('can no longer read or change the seller’s settings, history or alert cards', async () => {
    const seller = newSellerId();
    const [first, second] = [newUserId(), newUserId()];
    await postEvents([accountLinkEvent(first, 'ok', (await nonceFor(await startLinking(first), seller)).nonce)]);
    const alert = (await postAlerts({ sellerId: seller, type: 'listing-at-risk', details: { sku: 'SECRET-SKU' } })).json.alerts![0]!.id;
    await settled([alert]);
    await postEvents([accountLinkEvent(second, 'ok', (await nonceFor(await startLinking(second), seller)).nonce)]);

    const before = (await messagesTo(first)).length;
    for (const data of ['v=1&a=intent&id=alerts.history', 'v=1&a=intent&id=settings.open', `v=1&a=alert&id=${alert}`, 'v=1&a=set&k=bank-account&on=0']) {
      await postEvents([postbackEvent(first, data)]);
    }
    const answers = visibleText((await messagesTo(first)).slice(before));
    expect(answers).not.toContain('SECRET-SKU');
    expect((await getSettings(env, seller)).switches['bank-account']).toBe(true);
    expect((await getSellerLink(env, seller))?.userId).toBe(second);
  });
});

describe('a chat toggle racing an ops settings change', () => {
  it('keeps both changes in 40 of 40 trials', async () => {
    for (let trial = 0; trial < 40; trial++) {
      const { sellerId, userId } = await linkedSeller();
      const chat = postEvents([postbackEvent(userId, 'v=1&a=set&k=bank-account&on=0')]);
      const api = ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: JSON.stringify({ switches: { 'tracking-rate': false }, language: 'en' }) });
      const [chatRes, apiRes] = await Promise.all([chat, api]);
      expect([chatRes.status, apiRes.status]).toEqual([200, 200]);
      const settings = await getSettings(env, sellerId);
      expect(settings.switches, `trial ${trial}`).toMatchObject({ 'bank-account': false, 'tracking-rate': false, 'account-suspension': true });
      expect(settings.language).toBe('en');
    }
  });
});
