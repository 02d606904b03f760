import { describe, expect, it } from 'vitest';
import { parseAmazonEvent, sellerOf } from '../../src/amazon/notifications';
import { accountStatusChanged, amazonEvent, listingIssuesChange, listingStatusChange } from '../support/amazon-notifications';

describe('parseAmazonEvent', () => {
  it('reads the three notification types we act on', () => {
    const account = parseAmazonEvent(amazonEvent(accountStatusChanged('A1SELLER0001', 'NORMAL', 'AT_RISK')));
    expect(account.kind).toBe('account-status');
    const issues = parseAmazonEvent(amazonEvent(listingIssuesChange('A1SELLER0001', { Severities: ['ERROR', 'WARNING'], EnforcementActions: ['SEARCH_SUPPRESSED'] })));
    expect(issues.kind).toBe('listing-issues');
    const status = parseAmazonEvent(amazonEvent(listingStatusChange('A1SELLER0001', ['DISCOVERABLE'])));
    expect(status.kind).toBe('listing-status');
    for (const parsed of [account, issues, status]) {
      if (parsed.kind === 'unknown' || parsed.kind === 'malformed') throw new Error(parsed.kind);
      expect(sellerOf(parsed)).toBe('A1SELLER0001');
    }
  });

  it('reads Amazon’s own example of LISTINGS_ITEM_ISSUES_CHANGE (from its JSON schema)', () => {
    const example = {
      NotificationVersion: '1.0',
      NotificationType: 'LISTINGS_ITEM_ISSUES_CHANGE',
      PayloadVersion: '2023-12-13',
      EventTime: '2024-02-05T18:59:30.194Z',
      Payload: {
        SellerId: 'AXXXXXXXXXXXXX',
        MarketplaceId: 'ATVPDKIKX0DER',
        Asin: 'BT6RZ7JM4H',
        Sku: 'NLS-SHOES-03',
        Severities: ['ERROR', 'WARNING'],
        EnforcementActions: ['SEARCH_SUPPRESSED', 'LISTING_SUPPRESSED', 'ATTRIBUTE_SUPPRESSED', 'CATALOG_ITEM_REMOVED'],
      },
      NotificationMetadata: {
        ApplicationId: 'amzn1.sellerapps.app.f108f511-eeac-46a6-b125-bcb752069ed0',
        SubscriptionId: '93b098e1-c42-2f45-93a1-78910a6a8369',
        PublishTime: '2024-02-05T18:59:48.768Z',
        NotificationId: '8e009934-da2c-4f9c-9bc7-93f23b7e1f60',
      },
    };
    expect(parseAmazonEvent(amazonEvent(example)).kind).toBe('listing-issues');
  });

  it('accepts the spelling LISTINGS_ITEM_STATUS_CHANGED of Amazon’s schema enum', () => {
    const event = { ...listingStatusChange('A1SELLER0001', ['BUYABLE']), NotificationType: 'LISTINGS_ITEM_STATUS_CHANGED' };
    expect(parseAmazonEvent(amazonEvent(event)).kind).toBe('listing-status');
  });

  it('calls a well-formed notification of another type or payload version unknown, with its id', () => {
    const other = { ...accountStatusChanged('A1SELLER0001', 'NORMAL', 'AT_RISK'), NotificationType: 'ORDER_CHANGE', Payload: { anything: 1 } };
    expect(parseAmazonEvent(amazonEvent(other))).toEqual({ kind: 'unknown', notificationType: 'ORDER_CHANGE', payloadVersion: '2021-01-01', notificationId: other.NotificationMetadata.NotificationId });
    const oldVersion = { ...listingIssuesChange('A1SELLER0001', { Severities: ['ERROR'] }), PayloadVersion: '2021-01-01' };
    expect(parseAmazonEvent(amazonEvent(oldVersion))).toMatchObject({ kind: 'unknown', notificationType: 'LISTINGS_ITEM_ISSUES_CHANGE' });
  });

  it('refuses malformed events and names what is wrong', () => {
    const good = accountStatusChanged('A1SELLER0001', 'NORMAL', 'AT_RISK');
    const cases: [string, unknown][] = [
      ['not an object', 'hello'],
      ['no detail', { ...amazonEvent(good), detail: undefined }],
      ['detail is a string', { ...amazonEvent(good), detail: JSON.stringify(good) }],
      ['no NotificationId', amazonEvent({ ...good, NotificationMetadata: { ...good.NotificationMetadata, NotificationId: undefined } })],
      ['NotificationId with spaces', amazonEvent({ ...good, NotificationMetadata: { ...good.NotificationMetadata, NotificationId: 'a b' } })],
      ['EventTime not a date', amazonEvent({ ...good, EventTime: 'yesterday' })],
      ['unknown account status', amazonEvent({ ...good, Payload: { accountStatusChangeNotification: { sellerId: 'A1SELLER0001', previousAccountStatus: 'NORMAL', currentAccountStatus: 'ON_FIRE' } } })],
      ['seller id with a colon', amazonEvent(accountStatusChanged('A1:SELLER', 'NORMAL', 'AT_RISK'))],
      ['severity not in the enum', amazonEvent(listingIssuesChange('A1SELLER0001', { Severities: ['FATAL'] }))],
      ['no SKU', amazonEvent(listingIssuesChange('A1SELLER0001', { Severities: ['ERROR'], Sku: undefined }))],
      ['Status not an array', amazonEvent({ ...listingStatusChange('A1SELLER0001', []), Payload: { SellerId: 'A1SELLER0001', Sku: 'x', Status: 'BUYABLE' } })],
    ];
    for (const [name, body] of cases) {
      const parsed = parseAmazonEvent(body);
      expect(parsed.kind, name).toBe('malformed');
      if (parsed.kind === 'malformed') expect(parsed.issues.length, name).toBeGreaterThan(0);
    }
    const noSku = parseAmazonEvent(amazonEvent(listingIssuesChange('A1SELLER0001', { Severities: ['ERROR'], Sku: undefined })));
    expect(noSku).toMatchObject({ kind: 'malformed', issues: [expect.stringContaining('detail.Payload.Sku')] });
  });
});
