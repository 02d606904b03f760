/**
 * What the Amazon alert sources remember per seller between runs, so a condition that
 * persists is alerted once and a worse or new one again. Plain JSON: the integrator keeps it
 * with the seller (the seller's Durable Object) and passes it to the pure evaluations, which
 * return the next state. An absent state means "nothing alerted yet".
 */
export interface AmazonSellerState {
  /** The account status we last alerted for; null after the account was back to NORMAL. */
  account?: { alerted: 'AT_RISK' | 'DEACTIVATED' | null };
  /** Per listing (`marketplaceId:sku`), only while something about it was alerted. */
  listings?: Record<string, ListingState>;
  /** Per metric and marketplace (`lateShipmentRate:A1VC38T7YXB528`). */
  metrics?: Record<string, MetricState>;
}

export interface ListingState {
  /** A listing-suspended alert went out and the listing has not been buyable since. */
  suspended: boolean;
  /** A listing-at-risk alert went out and its ERROR issues are not resolved yet. */
  atRisk: boolean;
}

export interface MetricState {
  bad: boolean;
  /** The rate of the last alert while it has been bad. */
  alertedRate?: number;
}
