import type { AlertInput } from '../model/alert';
import type { AccountStatus } from './notifications';
import { accountStatusAlert } from './account-status-alert';
import { amazonDetails, idempotencyKey, marketplaceName, percent } from './alert-details';
import type { AccountHealthReport, RateMetric, TargetCondition } from './account-health';
import type { AmazonSellerState, MetricState } from './seller-state';

/**
 * A seller performance report → alerts, against what was alerted before.
 *
 * Rules:
 * - lateShipmentRate and validTrackingRate are judged by their own targetValue and
 *   targetCondition (LESS_THAN: good while rate < target; GREATER_THAN: rate > target; EQUALS:
 *   rate = target), not by the report's `status`. Crossing into bad → `late-shipment-rate` /
 *   `valid-tracking-rate` with metricValue and threshold in percent and the marketplace. While
 *   it stays bad: again only when it got worse than at the last alert by at least
 *   WORSENING_STEP (half a percentage point), so day-to-day noise does not repeat the alert.
 *   Back to good clears the memory.
 * - accountStatuses: the worst status of the report (DEACTIVATED or SUSPENDED > AT_RISK >
 *   NORMAL) goes through the same rule as ACCOUNT_STATUS_CHANGED (accountStatusAlert): a
 *   backstop for a notification that never came.
 *
 * Contract: pure; `evaluatePerformanceReport(sellerId, report, state, now)` returns the alerts
 * (each with an idempotency key derived from the report: metric, marketplace, reporting period
 * end and rate; account status and day) and the seller's next state.
 */

export const WORSENING_STEP = 0.005;

const METRICS = [
  { field: 'lateShipmentRate', type: 'late-shipment-rate' },
  { field: 'validTrackingRate', type: 'valid-tracking-rate' },
] as const;

export function meetsTarget(rate: number, targetValue: number, condition: TargetCondition): boolean {
  if (condition === 'LESS_THAN') return rate < targetValue;
  if (condition === 'GREATER_THAN') return rate > targetValue;
  return rate === targetValue;
}

/** How far a rate is on the bad side of its target (larger = worse). */
const badness = (metric: RateMetric, rate = metric.rate) =>
  metric.targetCondition === 'LESS_THAN' ? rate - metric.targetValue : metric.targetCondition === 'GREATER_THAN' ? metric.targetValue - rate : Math.abs(rate - metric.targetValue);

const STATUS_RANK: Record<string, { rank: number; status: AccountStatus }> = {
  NORMAL: { rank: 0, status: 'NORMAL' },
  AT_RISK: { rank: 1, status: 'AT_RISK' },
  DEACTIVATED: { rank: 2, status: 'DEACTIVATED' },
  // Amazon's own example document says SUSPENDED, which its enum does not list: read it as DEACTIVATED.
  SUSPENDED: { rank: 2, status: 'DEACTIVATED' },
};

function worstAccountStatus(report: AccountHealthReport): AccountStatus | undefined {
  const known = report.accountStatuses.map((entry) => STATUS_RANK[entry.status]).filter((v) => v !== undefined);
  return known.length > 0 ? known.reduce((a, b) => (b.rank > a.rank ? b : a)).status : undefined;
}

export function evaluatePerformanceReport(sellerId: string, report: AccountHealthReport, state: AmazonSellerState = {}, now = Date.now()): { alerts: AlertInput[]; state: AmazonSellerState } {
  const alerts: AlertInput[] = [];
  const metrics: Record<string, MetricState> = { ...state.metrics };

  for (const entry of report.performanceMetrics) {
    for (const { field, type } of METRICS) {
      const metric = entry[field];
      if (!metric) continue;
      const key = `${field}:${entry.marketplaceId}`;
      const before = metrics[key];
      if (meetsTarget(metric.rate, metric.targetValue, metric.targetCondition)) {
        metrics[key] = { bad: false };
        continue;
      }
      const worse = before?.bad && before.alertedRate !== undefined && badness(metric) - badness(metric, before.alertedRate) >= WORSENING_STEP - 1e-12;
      if (before?.bad && !worse) continue;
      metrics[key] = { bad: true, alertedRate: metric.rate };
      const details = amazonDetails({ marketplace: marketplaceName(entry.marketplaceId), metricValue: percent(metric.rate), threshold: percent(metric.targetValue) });
      alerts.push({
        sellerId,
        type,
        ...(details ? { details } : {}),
        idempotencyKey: idempotencyKey('spapi-metric', field, entry.marketplaceId, metric.reportingDateRange?.reportingDateTo ?? 'undated', Math.round(metric.rate * 10_000)),
      });
    }
  }

  let next: AmazonSellerState = { ...state, metrics };
  const status = worstAccountStatus(report);
  if (status) {
    const day = new Date(now).toISOString().slice(0, 10);
    const result = accountStatusAlert(sellerId, status, next, idempotencyKey('spapi-account-status', status, day));
    if (result.alert) alerts.push(result.alert);
    next = result.state;
  }
  return { alerts, state: next };
}
