import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { alertTypes, alertUi } from '../../content/alerts';
import type { ConversationView } from '../../src/bot/conversation-state';
import { parsePostback } from '../../src/render/postback';
import { messageViolations } from '../../src/line/message-guard';
import { getSettings, updateSettings } from '../../src/sellers/settings';
import { linkedSeller, ops, postAlerts, settled } from '../alerts/support';
import { messagesTo, visibleText } from '../support/fake-line';
import { newUserId, postEvents, postbackEvent } from '../support/webhook';

const conversationState = async (userId: string) =>
  (await env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(userId)).getState()) as unknown as ConversationView;

const intent = (id: string) => `v=1&a=intent&id=${id}`;

/** Taps a button and returns what the bot answered to that tap. */
async function tap(userId: string, data: string) {
  const before = (await messagesTo(userId)).length;
  expect((await postEvents([postbackEvent(userId, data)])).status).toBe(200);
  const reply = (await messagesTo(userId)).slice(before);
  expect(messageViolations(reply)).toEqual([]);
  return reply;
}

const postbackData = (message: unknown): string[] => [...JSON.stringify(message).matchAll(/"data":"([^"]+)"/g)].map((m) => m[1]!);

describe('alerts in the chat', () => {
  it('tells a user who is not linked that there is nothing yet, and offers linking', async () => {
    const userId = newUserId();
    for (const id of ['alerts.history', 'settings.open']) {
      const reply = await tap(userId, intent(id));
      expect(visibleText(reply)).toContain(alertUi.notLinked.ja);
      expect(postbackData(reply)).toContain('v=1&a=intent&id=link.start');
    }
    const toggled = await tap(userId, 'v=1&a=set&k=bank-account&on=0');
    expect(visibleText(toggled)).toContain(alertUi.notLinked.ja);
  });

  it('lists recent alerts newest first, each opening its full card; another seller’s alert stays hidden', async () => {
    const { sellerId, userId } = await linkedSeller();
    const empty = await tap(userId, intent('alerts.history'));
    expect(visibleText(empty)).toContain(alertUi.historyEmpty.ja);

    const ids: string[] = [];
    for (const type of ['late-shipment-rate', 'listing-at-risk', 'account-suspended'] as const) {
      ids.push((await postAlerts({ sellerId, type, details: { sku: `SKU-${type}` } })).json.alerts![0]!.id);
      await new Promise((r) => setTimeout(r, 5));
    }
    await settled(ids);
    const history = await tap(userId, intent('alerts.history'));
    const carousel = history.find((m) => m.type === 'flex')!;
    const opened = postbackData(carousel).map(parsePostback).filter((p) => p?.a === 'alert');
    expect(opened.map((p) => (p as { id: string }).id)).toEqual([...ids].reverse());

    const card = await tap(userId, `v=1&a=alert&id=${ids[1]}`);
    expect(visibleText(card)).toContain(alertTypes['listing-at-risk'].title.ja);
    expect(visibleText(card)).toContain(alertTypes['listing-at-risk'].action.ja);
    expect(visibleText(card)).toContain('SKU-listing-at-risk');

    const other = await linkedSeller();
    const foreign = (await postAlerts({ sellerId: other.sellerId, type: 'disbursement-failed' })).json.alerts![0]!.id;
    await settled([foreign]);
    const hidden = await tap(userId, `v=1&a=alert&id=${foreign}`);
    expect(visibleText(hidden)).toContain(alertUi.alertNotFound.ja);
    expect(visibleText(hidden)).not.toContain(alertTypes['disbursement-failed'].title.ja);
  });

  it('shows the switches, toggles one by tap, and the change is the one the ops API and delivery see', async () => {
    const { sellerId, userId } = await linkedSeller();
    const settings = await tap(userId, intent('settings.open'));
    expect(postbackData(settings)).toEqual(expect.arrayContaining(['v=1&a=set&k=bank-account&on=0', 'v=1&a=set&k=listing-suspension-risk&on=0', intent('settings.language')]));

    const off = await tap(userId, 'v=1&a=set&k=bank-account&on=0');
    expect(visibleText(off)).toContain('「銀行口座情報更新のご案内」の通知をOFFにしました。');
    expect(postbackData(off)).toContain('v=1&a=set&k=bank-account&on=1');
    const api = (await (await ops(`/sellers/${sellerId}/settings`)).json()) as { switches: Record<string, boolean> };
    expect(api.switches['bank-account']).toBe(false);

    const { json } = await postAlerts({ sellerId, type: 'disbursement-failed' });
    expect((await settled([json.alerts![0]!.id]))[0]).toMatchObject({ status: 'skipped', reason: 'switched-off' });

    await ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: JSON.stringify({ switches: { 'bank-account': true, 'listing-suspension': false } }) });
    const after = await tap(userId, intent('settings.open'));
    expect(postbackData(after)).toEqual(expect.arrayContaining(['v=1&a=set&k=bank-account&on=0', 'v=1&a=set&k=listing-suspension&on=1']));
  });

  it('treats a tap naming no switch as an expired button', async () => {
    const { sellerId, userId } = await linkedSeller();
    const reply = await tap(userId, 'v=1&a=set&k=late-shipment-rate&on=0');
    expect(visibleText(reply)).toContain('有効期限');
    expect(await getSettings(env, sellerId)).toMatchObject({ switches: { 'bank-account': true } });
  });

  it('switches the language of the chat and of the seller’s alerts', async () => {
    const { sellerId, userId } = await linkedSeller();
    const offer = await tap(userId, intent('settings.language'));
    expect(postbackData(offer)).toEqual(expect.arrayContaining(['v=1&a=lang&l=ja', 'v=1&a=lang&l=en']));

    const switched = await tap(userId, 'v=1&a=lang&l=en');
    expect(visibleText(switched)).toContain(alertUi.languageChanged.en);
    expect((await conversationState(userId)).lang).toBe('en');
    expect((await getSettings(env, sellerId)).language).toBe('en');

    const settings = await tap(userId, intent('settings.open'));
    expect(visibleText(settings)).toContain(alertUi.settingsTitle.en);
    expect(visibleText(settings)).toContain('English');

    const { json } = await postAlerts({ sellerId, type: 'account-at-risk' });
    await settled([json.alerts![0]!.id]);
    const pushed = (await messagesTo(userId)).at(-1);
    expect(visibleText(pushed)).toContain(alertTypes['account-at-risk'].title.en);

    await updateSettings(env, sellerId, { language: 'ja' });
    const back = await tap(userId, 'v=1&a=lang&l=ja');
    expect(visibleText(back)).toContain(alertUi.languageChanged.ja);
    expect((await getSettings(env, sellerId)).language).toBe('ja');
  });

  it('lets a user who is not linked change the chat language only', async () => {
    const userId = newUserId();
    const reply = await tap(userId, 'v=1&a=lang&l=en');
    expect(visibleText(reply)).toContain(alertUi.languageChanged.en);
    expect((await conversationState(userId)).lang).toBe('en');
  });
});
