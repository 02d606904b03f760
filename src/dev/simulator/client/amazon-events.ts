/**
 * SP-API notifications as Amazon delivers them to an EventBridge API destination: an
 * EventBridge event whose `detail` is the notification (envelope: NotificationVersion,
 * NotificationType, PayloadVersion, EventTime, Payload, NotificationMetadata). Payloads follow
 * Amazon's schemas for ACCOUNT_STATUS_CHANGED (2021-01-01, via an EventBridge Pipe from SQS),
 * LISTINGS_ITEM_STATUS_CHANGE (1.0) and LISTINGS_ITEM_ISSUES_CHANGE (2023-12-13).
 */

export const ACCOUNT_STATUSES = ['NORMAL', 'AT_RISK', 'DEACTIVATED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const ENFORCEMENT_ACTIONS = ['SEARCH_SUPPRESSED', 'ATTRIBUTE_SUPPRESSED', 'LISTING_SUPPRESSED', 'CATALOG_ITEM_REMOVED'] as const;

/** Amazon.co.jp. */
export const JAPAN_MARKETPLACE_ID = 'A1VC38T7YXB528';

/** The dev AWS account that "receives" the events. */
const AWS_ACCOUNT = '000000000000';

export interface Notification {
  NotificationVersion: string;
  NotificationType: string;
  PayloadVersion: string;
  EventTime: string;
  Payload: Record<string, unknown>;
  NotificationMetadata: { ApplicationId: string; SubscriptionId: string; PublishTime: string; NotificationId: string };
}

export interface EventBridgeEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Notification;
}

export interface Listing {
  sku: string;
  asin: string;
}

function notification(applicationId: string, type: string, payloadVersion: string, payload: Record<string, unknown>): Notification {
  const now = new Date().toISOString();
  return {
    NotificationVersion: '1.0',
    NotificationType: type,
    PayloadVersion: payloadVersion,
    EventTime: now,
    Payload: payload,
    // A fresh NotificationId each time: Amazon's dedupe key, so every click is a new notification.
    NotificationMetadata: { ApplicationId: applicationId, SubscriptionId: `dev-${type.toLowerCase()}`, PublishTime: now, NotificationId: crypto.randomUUID() },
  };
}

export function eventBridgeEvent(detail: Notification): EventBridgeEvent {
  return {
    version: '0',
    id: crypto.randomUUID(),
    'detail-type': detail.NotificationType,
    source: `aws.partner/sellingpartnerapi.amazon.com/${AWS_ACCOUNT}/${detail.NotificationMetadata.ApplicationId}`,
    account: AWS_ACCOUNT,
    time: detail.NotificationMetadata.PublishTime.replace(/\.\d+Z$/, 'Z'),
    region: 'us-west-2',
    resources: [],
    detail,
  };
}

export const accountStatusChanged = (applicationId: string, sellerId: string, previous: AccountStatus, current: AccountStatus): EventBridgeEvent =>
  eventBridgeEvent(
    notification(applicationId, 'ACCOUNT_STATUS_CHANGED', '2021-01-01', {
      accountStatusChangeNotification: { sellerId, previousAccountStatus: previous, currentAccountStatus: current },
    }),
  );

/** The listing can no longer be bought: BUYABLE is gone from its status. */
export const listingLostBuyable = (applicationId: string, sellerId: string, listing: Listing): EventBridgeEvent =>
  eventBridgeEvent(
    notification(applicationId, 'LISTINGS_ITEM_STATUS_CHANGE', '1.0', {
      SellerId: sellerId,
      MarketplaceId: JAPAN_MARKETPLACE_ID,
      Asin: listing.asin,
      Sku: listing.sku,
      CreatedDate: new Date().toISOString(),
      Status: ['DISCOVERABLE'],
    }),
  );

/** A new ERROR issue on the listing, with an enforcement action. */
export const listingIssueWithEnforcement = (applicationId: string, sellerId: string, listing: Listing, enforcementAction: string): EventBridgeEvent =>
  eventBridgeEvent(
    notification(applicationId, 'LISTINGS_ITEM_ISSUES_CHANGE', '2023-12-13', {
      SellerId: sellerId,
      MarketplaceId: JAPAN_MARKETPLACE_ID,
      Asin: listing.asin,
      Sku: listing.sku,
      Severities: ['ERROR'],
      EnforcementActions: [enforcementAction],
    }),
  );
