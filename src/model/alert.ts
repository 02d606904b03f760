import type { AlertType } from '../../content/alerts';
import type { Lang } from '../../content/i18n';

/**
 * The shape of an alert, shared by everything that handles one: the intake that accepts it,
 * the store that keeps it, the consumer that delivers it and the cards that show it.
 */

/**
 * The optional facts an alert may carry. Only fields the card shows are accepted, each
 * with a type and a length, so what reaches a seller's chat is always something we render.
 */
export interface AlertDetails {
  marketplace?: string;
  category?: string;
  asin?: string;
  sku?: string;
  /** Percent, 0–100 (the rates these alerts are about). */
  metricValue?: number;
  /** Percent, 0–100: the level the metric must meet. */
  threshold?: number;
  amount?: number;
  /** ISO 4217, three capital letters; JPY when an amount comes without one. */
  currency?: string;
  /** ISO 8601 date (2026-01-31) or date-time (2026-01-31T23:59:00+09:00). */
  deadline?: string;
}

export interface AlertInput {
  sellerId: string;
  type: AlertType;
  details?: AlertDetails;
  idempotencyKey?: string;
}

export type AlertStatus = 'queued' | 'delivered' | 'skipped' | 'failed';
export type SkipReason = 'not-linked' | 'blocked' | 'switched-off';
export const FINAL_STATUSES: readonly AlertStatus[] = ['delivered', 'skipped', 'failed'];

export interface AlertRecord {
  id: string;
  sellerId: string;
  type: AlertType;
  details?: AlertDetails;
  idempotencyKey?: string;
  status: AlertStatus;
  /** Why it was skipped, or LINE's reason when it failed. */
  reason?: string;
  /** Delivery attempts made by the queue consumer so far. */
  attempts: number;
  /** LINE's reason for the latest failed attempt, while retries remain. */
  lastError?: string;
  /** The language it was rendered in, once delivered. */
  language?: Lang;
  createdAt: string;
  updatedAt: string;
  deliveredAt?: string;
  /** How often the sweeper put it back on the queue because it sat there unhandled. */
  requeued?: number;
}

