import * as z from '../model/zod';
import { SELLER_ID } from '../model/seller-id';

/**
 * SP-API notifications as they reach `POST /sources/amazon/events`: an EventBridge event whose
 * `detail` is the notification (NotificationVersion, NotificationType, PayloadVersion,
 * EventTime, Payload, NotificationMetadata). SQS-only types (ACCOUNT_STATUS_CHANGED) arrive the
 * same way through an EventBridge Pipe.
 *
 * Contract: `parseAmazonEvent(body)` never throws and answers one of
 * - `account-status` / `listing-issues` / `listing-status`: a notification we act on, fully
 *   checked (seller id in our SELLER_ID shape, NotificationId printable ASCII ≤ 100, so it can
 *   make an idempotency key);
 * - `unknown`: a well-formed notification of a type or payload version we do not act on
 *   (answer 200 and log it);
 * - `malformed`: anything else (answer 400), with zod's issue paths to log.
 */

const NOTIFICATION_ID = /^[\x21-\x7e]{1,100}$/;
const dateTime = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date-time'));
const sellerId = z.string().check(z.regex(SELLER_ID));

const metadataSchema = z.object({
  ApplicationId: z.string(),
  SubscriptionId: z.string(),
  PublishTime: dateTime,
  NotificationId: z.string().check(z.regex(NOTIFICATION_ID)),
});

/** What every notification carries, whatever its type. */
export const notificationEnvelopeSchema = z.object({
  NotificationVersion: z.string(),
  NotificationType: z.string().check(z.minLength(1), z.maxLength(100)),
  PayloadVersion: z.string(),
  EventTime: dateTime,
  Payload: z.record(z.string(), z.unknown()),
  NotificationMetadata: metadataSchema,
});

/** The EventBridge event around it; only `detail` is read, the rest is checked loosely. */
export const eventBridgeEventSchema = z.looseObject({
  version: z.optional(z.string()),
  id: z.optional(z.string()),
  'detail-type': z.optional(z.string()),
  source: z.optional(z.string()),
  account: z.optional(z.string()),
  time: z.optional(z.string()),
  region: z.optional(z.string()),
  resources: z.optional(z.array(z.string())),
  detail: notificationEnvelopeSchema,
});

export const ACCOUNT_STATUSES = ['NORMAL', 'AT_RISK', 'DEACTIVATED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** ACCOUNT_STATUS_CHANGED (SQS only, via a Pipe). */
export const accountStatusChangedSchema = z.extend(notificationEnvelopeSchema, {
  NotificationType: z.literal('ACCOUNT_STATUS_CHANGED'),
  Payload: z.object({
    accountStatusChangeNotification: z.object({
      sellerId,
      previousAccountStatus: z.enum(ACCOUNT_STATUSES),
      currentAccountStatus: z.enum(ACCOUNT_STATUSES),
    }),
  }),
});

/** LISTINGS_ITEM_ISSUES_CHANGE, payload version 2023-12-13. */
export const listingsItemIssuesChangeSchema = z.extend(notificationEnvelopeSchema, {
  NotificationType: z.literal('LISTINGS_ITEM_ISSUES_CHANGE'),
  PayloadVersion: z.literal('2023-12-13'),
  Payload: z.object({
    SellerId: sellerId,
    MarketplaceId: z.optional(z.string()),
    Asin: z.optional(z.string()),
    Sku: z.string().check(z.minLength(1)),
    Severities: z.array(z.enum(['NONE', 'ERROR', 'WARNING'])),
    EnforcementActions: z.optional(z.array(z.string())),
  }),
});

/** LISTINGS_ITEM_STATUS_CHANGE. */
export const listingsItemStatusChangeSchema = z.extend(notificationEnvelopeSchema, {
  // Amazon's published JSON schema spells the type LISTINGS_ITEM_STATUS_CHANGED in its enum; the
  // subscription and the delivered notifications use LISTINGS_ITEM_STATUS_CHANGE. Both are read.
  NotificationType: z.enum(['LISTINGS_ITEM_STATUS_CHANGE', 'LISTINGS_ITEM_STATUS_CHANGED']),
  Payload: z.object({
    SellerId: sellerId,
    MarketplaceId: z.optional(z.string()),
    Asin: z.optional(z.string()),
    Sku: z.string().check(z.minLength(1)),
    CreatedDate: z.optional(dateTime),
    Status: z.array(z.enum(['BUYABLE', 'DISCOVERABLE', 'DELETED'])),
  }),
});

export type NotificationEnvelope = z.infer<typeof notificationEnvelopeSchema>;
export type AccountStatusChangedNotification = z.infer<typeof accountStatusChangedSchema>;
export type ListingsItemIssuesChangeNotification = z.infer<typeof listingsItemIssuesChangeSchema>;
export type ListingsItemStatusChangeNotification = z.infer<typeof listingsItemStatusChangeSchema>;

export type ParsedAmazonEvent =
  | { kind: 'account-status'; notification: AccountStatusChangedNotification }
  | { kind: 'listing-issues'; notification: ListingsItemIssuesChangeNotification }
  | { kind: 'listing-status'; notification: ListingsItemStatusChangeNotification }
  | { kind: 'unknown'; notificationType: string; payloadVersion: string; notificationId: string }
  | { kind: 'malformed'; issues: string[] };

export type KnownNotification = Exclude<ParsedAmazonEvent, { kind: 'unknown' | 'malformed' }>;

const issuesOf = (error: z.core.$ZodError, prefix: string) => error.issues.map((issue) => `${[prefix, ...issue.path].join('.')}: ${issue.message}`);

export function parseAmazonEvent(body: unknown): ParsedAmazonEvent {
  const event = eventBridgeEventSchema.safeParse(body);
  if (!event.success) return { kind: 'malformed', issues: issuesOf(event.error, '') };
  const detail = event.data.detail;
  const known = (
    [
      ['ACCOUNT_STATUS_CHANGED', 'account-status', accountStatusChangedSchema, () => true],
      ['LISTINGS_ITEM_ISSUES_CHANGE', 'listing-issues', listingsItemIssuesChangeSchema, (version: string) => version === '2023-12-13'],
      ['LISTINGS_ITEM_STATUS_CHANGE', 'listing-status', listingsItemStatusChangeSchema, () => true],
      ['LISTINGS_ITEM_STATUS_CHANGED', 'listing-status', listingsItemStatusChangeSchema, () => true],
    ] as const
  ).find(([type]) => type === detail.NotificationType);
  if (!known || !known[3](detail.PayloadVersion)) {
    return { kind: 'unknown', notificationType: detail.NotificationType, payloadVersion: detail.PayloadVersion, notificationId: detail.NotificationMetadata.NotificationId };
  }
  const [, kind, schema] = known;
  const parsed = schema.safeParse(detail);
  if (!parsed.success) return { kind: 'malformed', issues: issuesOf(parsed.error, 'detail') };
  return { kind, notification: parsed.data } as KnownNotification;
}

/** The seller a known notification is about. */
export function sellerOf(event: KnownNotification): string {
  return event.kind === 'account-status' ? event.notification.Payload.accountStatusChangeNotification.sellerId : event.notification.Payload.SellerId;
}
