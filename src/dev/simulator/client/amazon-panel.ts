import { SIMULATOR_PATHS, type SimulatorConfig } from '../protocol';
import {
  ENFORCEMENT_ACTIONS,
  accountStatusChanged,
  listingIssueWithEnforcement,
  listingLostBuyable,
  type AccountStatus,
  type EventBridgeEvent,
  type Listing,
} from './amazon-events';
import { describeFailure, errorMessage, fetchJson, h, sendJson, type JsonAnswer } from './dom';
import type { SelectedSeller } from './selected-seller';
import { sellerLine } from './seller-line';

/**
 * What Amazon does, for the selected user's seller:
 * - sends SP-API notifications as its EventBridge API destination would, to
 *   `POST /sources/amazon/events` (through the dev relay, which adds the bearer token);
 * - changes what the fake Amazon answers to the bot's pollers (account health metrics, a
 *   failed payout), through the fake's control endpoints, and asks the bot to poll now
 *   (`POST /api/sources/amazon/poll` through the ops relay).
 * Each step is listed with the HTTP status it got.
 */

const CONTROL = '/dev/seller-central/control/sellers';
/** The bad news first; NORMAL sets the account back. */
const ACCOUNT_STATUS_BUTTONS: readonly AccountStatus[] = ['AT_RISK', 'DEACTIVATED', 'NORMAL'];

interface FakeSellerView {
  accountStatus?: AccountStatus;
}

export function mountAmazonPanel(container: HTMLElement, config: SimulatorConfig, selected: SelectedSeller): void {
  const results = h('ul', { class: 'results', id: 'amazon-results' });
  const buttons: HTMLButtonElement[] = [];
  const button = (id: string, label: string, run: (sellerId: string) => Promise<void>) => {
    const el = h('button', { type: 'button', id, onclick: () => void act(run) }, label);
    buttons.push(el);
    return el;
  };
  const input = (id: string, value: string, attributes: Record<string, string> = {}) => h('input', { id, value, ...attributes });
  const sku = input('amazon-sku', 'SIM-SKU-1');
  const asin = input('amazon-asin', 'B0SIMTEST1');
  const enforcement = h('select', { id: 'amazon-enforcement' }, ENFORCEMENT_ACTIONS.map((a) => h('option', { value: a }, a)));
  const lateShipment = input('amazon-late-shipment', '6.5', { type: 'number', step: '0.1', min: '0', max: '100' });
  const validTracking = input('amazon-valid-tracking', '91', { type: 'number', step: '0.1', min: '0', max: '100' });
  const payout = input('amazon-payout', '12000', { type: 'number', step: '1', min: '1' });
  const listing = (): Listing => ({ sku: sku.value.trim() || 'SIM-SKU-1', asin: asin.value.trim() || 'B0SIMTEST1' });

  /** Runs one step for the seller of the user on screen, and lists how it went. */
  async function act(run: (sellerId: string) => Promise<void>): Promise<void> {
    const target = await selected.forSending();
    if (!target.ok) return log('error', target.error);
    try {
      await run(target.sellerId);
    } catch (error) {
      log('error', errorMessage(error));
    }
  }

  function log(status: 'ok' | 'error', text: string, action?: string): void {
    results.prepend(h('li', { class: 'result', dataset: { status, action } }, h('span', { class: `status status-${status === 'ok' ? 'delivered' : 'error'}` }, status), ` · ${text}`));
  }

  /** One HTTP step: its answer listed; a failure stops the steps after it. */
  async function step(action: string, what: string, call: Promise<JsonAnswer<unknown>>, missing?: string): Promise<boolean> {
    const answer = await call;
    if (answer.ok) log('ok', `${what} → ${answer.status}`, action);
    else log('error', `${what} → ${describeFailure(answer)}${answer.status === 404 && missing ? ` (${missing})` : ''}`, action);
    return answer.ok;
  }

  const notify = (action: string, what: string, event: EventBridgeEvent) =>
    step(action, `${what}: POST /sources/amazon/events`, sendJson('POST', SIMULATOR_PATHS.amazonEvents, event), 'this build has no Amazon event intake yet');

  const setAccountStatus = (current: AccountStatus) => async (sellerId: string) => {
    // Amazon's own records change first, so a later poll agrees with the notification.
    const before = await fetchJson<FakeSellerView>(`${CONTROL}/${encodeURIComponent(sellerId)}`);
    const previous = before.body?.accountStatus ?? 'NORMAL';
    if (!(await step('account-status', `account status ${previous} → ${current} in the fake Amazon`, sendJson('PUT', `${CONTROL}/${encodeURIComponent(sellerId)}/account-health`, { accountStatus: current })))) return;
    await notify('account-status', `ACCOUNT_STATUS_CHANGED ${previous} → ${current}`, accountStatusChanged(config.spApiApplicationId, sellerId, previous, current));
  };

  const percent = (field: HTMLInputElement) => {
    const value = Number(field.value);
    return field.value.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : undefined;
  };

  const notifications = h('fieldset', null,
    h('legend', null, 'Notifications (EventBridge → POST /sources/amazon/events)'),
    h('div', { class: 'actions' }, ACCOUNT_STATUS_BUTTONS.map((status) => button(`amazon-account-${status}`, `Account → ${status}`, setAccountStatus(status)))),
    h('div', { class: 'row2' }, h('label', null, 'SKU', sku), h('label', null, 'ASIN', asin)),
    h('div', { class: 'actions' },
      button('amazon-listing-unbuyable', 'Listing loses BUYABLE', (sellerId) =>
        notify('listing-status', `LISTINGS_ITEM_STATUS_CHANGE ${listing().sku} not buyable`, listingLostBuyable(config.spApiApplicationId, sellerId, listing())).then(() => undefined))),
    h('div', { class: 'actions' },
      enforcement,
      button('amazon-listing-issue', 'Listing ERROR issue', (sellerId) =>
        notify('listing-issues', `LISTINGS_ITEM_ISSUES_CHANGE ${listing().sku} ERROR + ${enforcement.value}`, listingIssueWithEnforcement(config.spApiApplicationId, sellerId, listing(), enforcement.value)).then(() => undefined))),
  );

  const polled = h('fieldset', null,
    h('legend', null, 'Account health and payouts (read by the pollers)'),
    h('div', { class: 'row2' },
      h('label', null, 'Late shipment rate % (target < 4)', lateShipment),
      h('label', null, 'Valid tracking rate % (target > 95)', validTracking)),
    h('div', { class: 'actions' },
      button('amazon-set-metrics', 'Set metrics', async (sellerId) => {
        const lsr = percent(lateShipment);
        const vtr = percent(validTracking);
        if (lsr === undefined && vtr === undefined) return log('error', 'enter a rate between 0 and 100');
        const body = { ...(lsr === undefined ? {} : { lateShipmentRate: { rate: lsr } }), ...(vtr === undefined ? {} : { validTrackingRate: { rate: vtr } }) };
        await step('metrics', `metrics ${JSON.stringify(body)} in the fake Amazon`, sendJson('PUT', `${CONTROL}/${encodeURIComponent(sellerId)}/account-health`, body));
      })),
    h('label', null, 'Failed payout (JPY)', payout),
    h('div', { class: 'actions' },
      button('amazon-add-payout', 'Add a failed payout', async (sellerId) => {
        const amount = Number(payout.value);
        if (!Number.isFinite(amount) || amount <= 0) return log('error', 'enter an amount above 0');
        await step('payout', `failed payout of ¥${amount} in the fake Amazon`, sendJson('POST', `${CONTROL}/${encodeURIComponent(sellerId)}/financial-event-groups`, { amount, currency: 'JPY', FundTransferStatus: 'Failed' }));
      }),
      button('amazon-poll', 'Poll now', async (sellerId) => {
        await step('poll', 'POST /api/sources/amazon/poll', sendJson('POST', `${SIMULATOR_PATHS.ops}/api/sources/amazon/poll`, { sellerId }), 'this build has no Amazon pollers yet');
      })),
  );

  container.replaceChildren(
    h('h2', null, 'Amazon (simulated)'),
    sellerLine('amazon-seller', selected, () => buttons),
    notifications,
    polled,
    results,
  );
}
