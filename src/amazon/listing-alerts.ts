import type { AlertInput } from '../model/alert';
import { amazonDetails, idempotencyKey, marketplaceName } from './alert-details';
import type { ListingsItemIssuesChangeNotification, ListingsItemStatusChangeNotification } from './notifications';
import type { AmazonSellerState, ListingState } from './seller-state';

/**
 * Listing notifications → listing alerts.
 *
 * Rules (per listing, remembered in the seller's state so a condition is alerted once):
 * - LISTINGS_ITEM_STATUS_CHANGE without BUYABLE (and not DELETED): the listing cannot be bought
 *   → `listing-suspended`. BUYABLE again clears it; DELETED (the seller removed it) forgets it.
 * - LISTINGS_ITEM_ISSUES_CHANGE with LISTING_SUPPRESSED or CATALOG_ITEM_REMOVED among the
 *   enforcement actions: buyability taken down → `listing-suspended`.
 * - LISTINGS_ITEM_ISSUES_CHANGE with ERROR issues and an enforcement action short of that
 *   (SEARCH_SUPPRESSED, ATTRIBUTE_SUPPRESSED…): enforcement has begun, suppression is pending →
 *   `listing-at-risk`, once until the ERROR issues are gone. Not while already suspended.
 *
 * Contract: `listingChange(notification, state)` is pure and returns the change to alert (or
 * null) and the next state. `mergeListingChanges(sellerId, changes)` turns one seller's changes
 * (e.g. those within a few minutes) into one alert: the most severe type; marketplace, ASIN and
 * SKU when they are the same for all; the idempotency key of the earliest notification, so a
 * single change gets the same key whether it is merged or not. `listings` names every listing.
 */

export type ListingAlertType = 'listing-suspended' | 'listing-at-risk';

export interface ListingChange {
  type: ListingAlertType;
  notificationId: string;
  eventTime: string;
  marketplaceId?: string;
  asin?: string;
  sku: string;
}

const TAKEN_DOWN = new Set(['LISTING_SUPPRESSED', 'CATALOG_ITEM_REMOVED']);

const listingKey = (marketplaceId: string | undefined, sku: string) => `${marketplaceId ?? '-'}:${sku}`;

function withListing(state: AmazonSellerState, key: string, listing: ListingState | null): AmazonSellerState {
  const listings = { ...state.listings };
  // Only listings with something alerted are remembered, so the state stays small.
  if (listing && (listing.suspended || listing.atRisk)) listings[key] = listing;
  else delete listings[key];
  return { ...state, listings };
}

type ListingNotification = ListingsItemIssuesChangeNotification | ListingsItemStatusChangeNotification;

export function listingChange(notification: ListingNotification, state: AmazonSellerState): { change: ListingChange | null; state: AmazonSellerState } {
  const { MarketplaceId: marketplaceId, Asin: asin, Sku: sku } = notification.Payload;
  const key = listingKey(marketplaceId, sku);
  const before: ListingState = state.listings?.[key] ?? { suspended: false, atRisk: false };
  const change = (type: ListingAlertType): ListingChange => ({
    type,
    notificationId: notification.NotificationMetadata.NotificationId,
    eventTime: notification.EventTime,
    sku,
    ...(marketplaceId ? { marketplaceId } : {}),
    ...(asin ? { asin } : {}),
  });

  if ('Status' in notification.Payload) {
    const status = notification.Payload.Status;
    if (status.includes('DELETED')) return { change: null, state: withListing(state, key, null) };
    if (status.includes('BUYABLE')) return { change: null, state: withListing(state, key, { ...before, suspended: false }) };
    if (before.suspended) return { change: null, state };
    return { change: change('listing-suspended'), state: withListing(state, key, { ...before, suspended: true }) };
  }

  const { Severities: severities, EnforcementActions: actions = [] } = notification.Payload;
  if (actions.some((action) => TAKEN_DOWN.has(action))) {
    if (before.suspended) return { change: null, state };
    return { change: change('listing-suspended'), state: withListing(state, key, { ...before, suspended: true }) };
  }
  if (!severities.includes('ERROR')) return { change: null, state: withListing(state, key, { ...before, atRisk: false }) };
  if (actions.length === 0 || before.atRisk || before.suspended) return { change: null, state };
  return { change: change('listing-at-risk'), state: withListing(state, key, { ...before, atRisk: true }) };
}

const SEVERITY: Record<ListingAlertType, number> = { 'listing-suspended': 2, 'listing-at-risk': 1 };

const earliest = (a: ListingChange, b: ListingChange) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || a.notificationId.localeCompare(b.notificationId);

const same = <T>(values: T[]): T | undefined => (values.every((v) => v === values[0]) ? values[0] : undefined);

export function mergeListingChanges(sellerId: string, changes: readonly ListingChange[]): { alert: AlertInput; listings: Omit<ListingChange, 'notificationId' | 'eventTime'>[] } | null {
  if (changes.length === 0) return null;
  const ordered = [...changes].sort(earliest);
  const type = ordered.reduce<ListingAlertType>((worst, c) => (SEVERITY[c.type] > SEVERITY[worst] ? c.type : worst), 'listing-at-risk');
  const marketplaceId = same(ordered.map((c) => c.marketplaceId));
  const oneListing = same(ordered.map((c) => listingKey(c.marketplaceId, c.sku))) !== undefined;
  const details = amazonDetails({
    marketplace: marketplaceId ? marketplaceName(marketplaceId) : undefined,
    asin: oneListing ? ordered[0]!.asin : undefined,
    sku: oneListing ? ordered[0]!.sku : undefined,
  });
  const perListing = new Map<string, ListingChange>();
  for (const c of ordered) {
    const known = perListing.get(listingKey(c.marketplaceId, c.sku));
    if (!known || SEVERITY[c.type] > SEVERITY[known.type]) perListing.set(listingKey(c.marketplaceId, c.sku), c);
  }
  const listings = [...perListing.values()].map(({ type: t, sku, asin, marketplaceId: m }) => ({
    type: t,
    sku,
    ...(asin ? { asin } : {}),
    ...(m ? { marketplaceId: m } : {}),
  }));
  return {
    alert: { sellerId, type, ...(details ? { details } : {}), idempotencyKey: idempotencyKey('spapi-notification', ordered[0]!.notificationId) },
    listings,
  };
}
