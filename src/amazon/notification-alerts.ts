import type { AlertInput } from '../model/alert';
import { accountStatusAlert } from './account-status-alert';
import { idempotencyKey } from './alert-details';
import { listingChange, type ListingChange } from './listing-alerts';
import { sellerOf, type KnownNotification } from './notifications';
import type { AmazonSellerState } from './seller-state';

/**
 * A notification we act on → what the alert pipeline should take in.
 *
 * Contract: pure. `alerts` go to the intake now (ACCOUNT_STATUS_CHANGED: account-at-risk or
 * account-suspended, keyed `spapi-notification:<NotificationId>`; back to NORMAL: nothing).
 * `listingChanges` are listing alerts waiting to be merged per seller (mergeListingChanges),
 * e.g. over a few minutes, or taken in one by one (mergeListingChanges of one change). The
 * returned state replaces the seller's state. Dedupe on NotificationId happens before this
 * (a redelivered notification must not reach it twice); the keys make the intake dedupe too.
 */
export interface NotificationOutcome {
  sellerId: string;
  alerts: AlertInput[];
  listingChanges: ListingChange[];
  state: AmazonSellerState;
}

export function notificationOutcome(event: KnownNotification, state: AmazonSellerState = {}): NotificationOutcome {
  const sellerId = sellerOf(event);
  if (event.kind === 'account-status') {
    const { currentAccountStatus } = event.notification.Payload.accountStatusChangeNotification;
    const key = idempotencyKey('spapi-notification', event.notification.NotificationMetadata.NotificationId);
    const result = accountStatusAlert(sellerId, currentAccountStatus, state, key);
    return { sellerId, alerts: result.alert ? [result.alert] : [], listingChanges: [], state: result.state };
  }
  const result = listingChange(event.notification, state);
  return { sellerId, alerts: [], listingChanges: result.change ? [result.change] : [], state: result.state };
}
