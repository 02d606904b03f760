/** SP-API notifications, as Amazon sends them, for tests. NotificationIds are unique unless given. */

/** An SP-API notification in its EventBridge event, as the API destination posts it. */
export function amazonEvent(detail: Record<string, unknown>) {
  return {
    version: '0',
    id: 'c6a4f1bb-5b43-4b2c-9d3a-1a0c3f6a9e11',
    'detail-type': String(detail.NotificationType),
    source: 'aws.partner/sellingpartnerapi.amazon/amzn1.sellerapps.app.test',
    account: '123456789012',
    time: '2026-02-05T18:59:48Z',
    region: 'us-west-2',
    resources: [],
    detail,
  };
}

let counter = 0;
const metadata = (notificationId = `8e009934-da2c-4f9c-9bc7-${String(++counter).padStart(12, '0')}`) => ({
  ApplicationId: 'amzn1.sellerapps.app.f108f511-eeac-46a6-b125-bcb752069ed0',
  SubscriptionId: '93b098e1-c42-2f45-93a1-78910a6a8369',
  PublishTime: '2026-02-05T18:59:48.768Z',
  NotificationId: notificationId,
});

export const accountStatusChanged = (sellerId: string, previous: string, current: string, notificationId?: string) => ({
  NotificationVersion: '1.0',
  NotificationType: 'ACCOUNT_STATUS_CHANGED',
  PayloadVersion: '2021-01-01',
  EventTime: '2026-02-05T18:59:30.194Z',
  Payload: { accountStatusChangeNotification: { sellerId, previousAccountStatus: previous, currentAccountStatus: current } },
  NotificationMetadata: metadata(notificationId),
});

export const listingIssuesChange = (sellerId: string, payload: Record<string, unknown>, options: { eventTime?: string; notificationId?: string } = {}) => ({
  NotificationVersion: '1.0',
  NotificationType: 'LISTINGS_ITEM_ISSUES_CHANGE',
  PayloadVersion: '2023-12-13',
  EventTime: options.eventTime ?? '2026-02-05T18:59:30.194Z',
  Payload: { SellerId: sellerId, MarketplaceId: 'A1VC38T7YXB528', Asin: 'B0TEST0001', Sku: 'SKU-1', ...payload },
  NotificationMetadata: metadata(options.notificationId),
});

export const listingStatusChange = (sellerId: string, status: string[], options: { sku?: string; eventTime?: string; notificationId?: string } = {}) => ({
  NotificationVersion: '1.0',
  NotificationType: 'LISTINGS_ITEM_STATUS_CHANGE',
  PayloadVersion: '1.0',
  EventTime: options.eventTime ?? '2026-02-05T18:59:30.194Z',
  Payload: { SellerId: sellerId, MarketplaceId: 'A1VC38T7YXB528', Asin: 'B0TEST0002', Sku: options.sku ?? 'SKU-2', CreatedDate: '2025-02-03T18:50:26.196Z', Status: status },
  NotificationMetadata: metadata(options.notificationId),
});
