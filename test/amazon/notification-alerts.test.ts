import { describe, expect, it } from 'vitest';
import { mergeListingChanges, type ListingChange } from '../../src/amazon/listing-alerts';
import { notificationOutcome } from '../../src/amazon/notification-alerts';
import { parseAmazonEvent, type KnownNotification } from '../../src/amazon/notifications';
import type { AmazonSellerState } from '../../src/amazon/seller-state';
import { alertBatchSchema, type AlertInput } from '../../src/model/alert';
import { accountStatusChanged, amazonEvent, listingIssuesChange, listingStatusChange } from '../support/amazon-notifications';

const SELLER = 'A1SELLER0001';

function known(detail: Record<string, unknown>): KnownNotification {
  const parsed = parseAmazonEvent(amazonEvent(detail));
  if (parsed.kind === 'unknown' || parsed.kind === 'malformed') throw new Error(`not a known notification: ${JSON.stringify(parsed)}`);
  return parsed;
}

/** Runs notifications in order through one seller's state; returns what each produced. */
function run(details: Record<string, unknown>[], state: AmazonSellerState = {}) {
  const outcomes = [];
  for (const detail of details) {
    const outcome = notificationOutcome(known(detail), state);
    state = outcome.state;
    outcomes.push(outcome);
  }
  return { outcomes, state };
}

/** Every alert must be one the intake accepts, exactly as the ops API would. */
function expectAcceptedByIntake(alerts: AlertInput[]) {
  expect(alertBatchSchema.safeParse({ alerts: JSON.parse(JSON.stringify(alerts)) })).toEqual({ success: true, data: { alerts } });
}

describe('ACCOUNT_STATUS_CHANGED', () => {
  it('AT_RISK → account-at-risk, DEACTIVATED → account-suspended, keyed by NotificationId', () => {
    const atRisk = accountStatusChanged(SELLER, 'NORMAL', 'AT_RISK', 'n-at-risk-1');
    const deactivated = accountStatusChanged(SELLER, 'AT_RISK', 'DEACTIVATED', 'n-deactivated-1');
    const { outcomes } = run([atRisk, deactivated]);
    expect(outcomes.map((o) => o.alerts)).toEqual([
      [{ sellerId: SELLER, type: 'account-at-risk', idempotencyKey: 'spapi-notification:n-at-risk-1' }],
      [{ sellerId: SELLER, type: 'account-suspended', idempotencyKey: 'spapi-notification:n-deactivated-1' }],
    ]);
    expectAcceptedByIntake(outcomes.flatMap((o) => o.alerts));
  });

  it('back to NORMAL sends nothing; a later relapse alerts again; the same status twice alerts once', () => {
    const { outcomes } = run([
      accountStatusChanged(SELLER, 'NORMAL', 'AT_RISK'),
      accountStatusChanged(SELLER, 'AT_RISK', 'AT_RISK'),
      accountStatusChanged(SELLER, 'AT_RISK', 'NORMAL'),
      accountStatusChanged(SELLER, 'NORMAL', 'AT_RISK'),
    ]);
    expect(outcomes.map((o) => o.alerts.map((a) => a.type))).toEqual([['account-at-risk'], [], [], ['account-at-risk']]);
    expect(outcomes.every((o) => o.listingChanges.length === 0)).toBe(true);
  });
});

describe('LISTINGS_ITEM_STATUS_CHANGE', () => {
  it('losing BUYABLE → listing-suspended with ASIN, SKU and marketplace; once until buyable again', () => {
    const { outcomes, state } = run([
      listingStatusChange(SELLER, ['DISCOVERABLE'], { notificationId: 'n-lost-1' }),
      listingStatusChange(SELLER, []),
      listingStatusChange(SELLER, ['BUYABLE', 'DISCOVERABLE']),
      listingStatusChange(SELLER, ['DISCOVERABLE'], { notificationId: 'n-lost-2' }),
    ]);
    expect(outcomes.map((o) => o.listingChanges.map((c) => c.notificationId))).toEqual([['n-lost-1'], [], [], ['n-lost-2']]);
    const merged = mergeListingChanges(SELLER, outcomes[0]!.listingChanges)!;
    expect(merged.alert).toEqual({
      sellerId: SELLER,
      type: 'listing-suspended',
      details: { marketplace: 'Amazon.co.jp', asin: 'B0TEST0002', sku: 'SKU-2' },
      idempotencyKey: 'spapi-notification:n-lost-1',
    });
    expectAcceptedByIntake([merged.alert]);
    expect(state.listings).toEqual({ 'A1VC38T7YXB528:SKU-2': { suspended: true, atRisk: false } });
  });

  it('a listing the seller deleted, or one that is buyable, sends nothing and is forgotten', () => {
    const { outcomes, state } = run([listingStatusChange(SELLER, ['DELETED']), listingStatusChange(SELLER, ['BUYABLE'], { sku: 'SKU-3' })]);
    expect(outcomes.flatMap((o) => o.listingChanges)).toEqual([]);
    expect(state.listings).toEqual({});
  });
});

describe('LISTINGS_ITEM_ISSUES_CHANGE', () => {
  it('LISTING_SUPPRESSED or CATALOG_ITEM_REMOVED → listing-suspended', () => {
    for (const action of ['LISTING_SUPPRESSED', 'CATALOG_ITEM_REMOVED']) {
      const { outcomes } = run([listingIssuesChange(SELLER, { Severities: ['ERROR'], EnforcementActions: [action] })]);
      expect(outcomes[0]!.listingChanges.map((c) => c.type), action).toEqual(['listing-suspended']);
    }
  });

  it('new ERROR issues with an enforcement action pending → listing-at-risk, once until resolved', () => {
    const pending = { Severities: ['ERROR', 'WARNING'], EnforcementActions: ['SEARCH_SUPPRESSED'] };
    const { outcomes } = run([
      listingIssuesChange(SELLER, pending),
      listingIssuesChange(SELLER, { ...pending, EnforcementActions: ['SEARCH_SUPPRESSED', 'ATTRIBUTE_SUPPRESSED'] }),
      listingIssuesChange(SELLER, { Severities: ['WARNING'] }),
      listingIssuesChange(SELLER, pending),
    ]);
    expect(outcomes.map((o) => o.listingChanges.map((c) => c.type))).toEqual([['listing-at-risk'], [], [], ['listing-at-risk']]);
  });

  it('sends nothing for warnings only, no issues, or errors Amazon takes no action on', () => {
    const { outcomes } = run([
      listingIssuesChange(SELLER, { Severities: ['WARNING'], EnforcementActions: ['SEARCH_SUPPRESSED'] }),
      listingIssuesChange(SELLER, { Severities: ['NONE'] }),
      listingIssuesChange(SELLER, { Severities: ['ERROR'], EnforcementActions: [] }),
      listingIssuesChange(SELLER, { Severities: ['ERROR'] }),
    ]);
    expect(outcomes.flatMap((o) => o.listingChanges)).toEqual([]);
  });

  it('an already suspended listing is not also called at risk, nor suspended twice by the other notification', () => {
    const { outcomes } = run([
      listingIssuesChange(SELLER, { Severities: ['ERROR'], EnforcementActions: ['LISTING_SUPPRESSED'], Sku: 'SKU-9' }),
      listingStatusChange(SELLER, ['DISCOVERABLE'], { sku: 'SKU-9' }),
      listingIssuesChange(SELLER, { Severities: ['ERROR'], EnforcementActions: ['SEARCH_SUPPRESSED'], Sku: 'SKU-9' }),
    ]);
    expect(outcomes.map((o) => o.listingChanges.map((c) => c.type))).toEqual([['listing-suspended'], [], []]);
  });
});

describe('mergeListingChanges', () => {
  const change = (overrides: Partial<ListingChange>): ListingChange => ({
    type: 'listing-at-risk',
    notificationId: 'n',
    eventTime: '2026-02-05T10:00:00Z',
    marketplaceId: 'A1VC38T7YXB528',
    asin: 'B0TEST0001',
    sku: 'SKU-1',
    ...overrides,
  });

  it('makes one alert of several changes of a seller: the most severe type, the earliest notification’s key', () => {
    const merged = mergeListingChanges(SELLER, [
      change({ notificationId: 'n-3', eventTime: '2026-02-05T10:03:00Z', type: 'listing-suspended', sku: 'SKU-2', asin: 'B0TEST0002' }),
      change({ notificationId: 'n-1', eventTime: '2026-02-05T10:00:00Z' }),
      change({ notificationId: 'n-2', eventTime: '2026-02-05T10:01:00Z' }),
    ])!;
    // Two listings: the card names the marketplace they share, not one SKU as if it were the only one.
    expect(merged.alert).toEqual({ sellerId: SELLER, type: 'listing-suspended', details: { marketplace: 'Amazon.co.jp' }, idempotencyKey: 'spapi-notification:n-1' });
    expect(merged.listings).toEqual([
      { type: 'listing-at-risk', sku: 'SKU-1', asin: 'B0TEST0001', marketplaceId: 'A1VC38T7YXB528' },
      { type: 'listing-suspended', sku: 'SKU-2', asin: 'B0TEST0002', marketplaceId: 'A1VC38T7YXB528' },
    ]);
    expectAcceptedByIntake([merged.alert]);
  });

  it('keeps ASIN and SKU when every change is about the same listing, and drops what the card cannot show', () => {
    const same = mergeListingChanges(SELLER, [change({ notificationId: 'n-a' }), change({ notificationId: 'n-b', type: 'listing-suspended' })])!;
    expect(same.alert.details).toEqual({ marketplace: 'Amazon.co.jp', asin: 'B0TEST0001', sku: 'SKU-1' });
    const odd = mergeListingChanges(SELLER, [change({ asin: 'not-an-asin', sku: 'S'.repeat(41), marketplaceId: 'AUNKNOWNMKT' })])!;
    expect(odd.alert.details).toEqual({ marketplace: 'AUNKNOWNMKT' });
    expectAcceptedByIntake([same.alert, odd.alert]);
    expect(mergeListingChanges(SELLER, [])).toBeNull();
  });
});
