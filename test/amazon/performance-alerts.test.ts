import { describe, expect, it } from 'vitest';
import { parseAccountHealthReport, type AccountHealthReport } from '../../src/amazon/account-health';
import { notificationOutcome } from '../../src/amazon/notification-alerts';
import { parseAmazonEvent, type KnownNotification } from '../../src/amazon/notifications';
import { evaluatePerformanceReport, meetsTarget } from '../../src/amazon/performance-alerts';
import type { AmazonSellerState } from '../../src/amazon/seller-state';
import { ReportDocumentError } from '../../src/amazon/reports';
import { alertBatchSchema } from '../../src/model/alert';
import { accountStatusChanged, amazonEvent } from '../support/amazon-notifications';

const SELLER = 'A1SELLER0001';
const JP = 'A1VC38T7YXB528';
const NOW = Date.parse('2026-03-01T00:00:00Z');

function report(options: { late?: number; tracking?: number; status?: string; to?: string } = {}): AccountHealthReport {
  const range = { reportingDateFrom: '2026-01-30T00:00Z', reportingDateTo: options.to ?? '2026-02-28T23:59Z' };
  return parseAccountHealthReport(
    JSON.stringify({
      accountStatuses: [{ marketplaceId: JP, status: options.status ?? 'NORMAL' }],
      performanceMetrics: [
        {
          marketplaceId: JP,
          lateShipmentRate: { reportingDateRange: range, orderCount: 1000, lateShipmentCount: 10, status: 'GOOD', rate: options.late ?? 0.01, targetValue: 0.04, targetCondition: 'LESS_THAN' },
          validTrackingRate: { reportingDateRange: range, shipmentCount: 1000, validTrackingCount: 990, status: 'GOOD', rate: options.tracking ?? 0.99, targetValue: 0.95, targetCondition: 'GREATER_THAN' },
        },
      ],
    }),
  );
}

/** Evaluates reports in order for one seller, carrying the state; returns the alert types of each. */
function poll(reports: AccountHealthReport[], state: AmazonSellerState = {}) {
  const alerts = [];
  for (const r of reports) {
    const result = evaluatePerformanceReport(SELLER, r, state, NOW);
    state = result.state;
    alerts.push(result.alerts);
  }
  return { alerts, state };
}

describe('meetsTarget', () => {
  it('judges each condition by its own target', () => {
    expect(meetsTarget(0.039, 0.04, 'LESS_THAN')).toBe(true);
    expect(meetsTarget(0.04, 0.04, 'LESS_THAN')).toBe(false);
    expect(meetsTarget(0.951, 0.95, 'GREATER_THAN')).toBe(true);
    expect(meetsTarget(0.95, 0.95, 'GREATER_THAN')).toBe(false);
    expect(meetsTarget(0, 0, 'EQUALS')).toBe(true);
    expect(meetsTarget(0.001, 0, 'EQUALS')).toBe(false);
  });
});

describe('evaluatePerformanceReport', () => {
  it('a late shipment rate above its target → one late-shipment-rate alert with metric and threshold in percent; a second poll → none', () => {
    const { alerts } = poll([report({ late: 0.0512 }), report({ late: 0.0512 })]);
    expect(alerts).toEqual([
      [
        {
          sellerId: SELLER,
          type: 'late-shipment-rate',
          details: { marketplace: 'Amazon.co.jp', metricValue: 5.12, threshold: 4 },
          idempotencyKey: `spapi-metric:lateShipmentRate:${JP}:2026-02-28T23:59Z:512`,
        },
      ],
      [],
    ]);
    expect(alertBatchSchema.safeParse({ alerts: alerts[0] }).success).toBe(true);
  });

  it('a valid tracking rate below its target → valid-tracking-rate', () => {
    const { alerts } = poll([report({ tracking: 0.9 })]);
    expect(alerts[0]).toEqual([expect.objectContaining({ type: 'valid-tracking-rate', details: { marketplace: 'Amazon.co.jp', metricValue: 90, threshold: 95 } })]);
  });

  it('while it stays bad: again only when it got worse by half a point or more than at the last alert', () => {
    const { alerts } = poll([report({ late: 0.05 }), report({ late: 0.053 }), report({ late: 0.055 }), report({ late: 0.052 }), report({ late: 0.058 })]);
    expect(alerts.map((a) => a.map((alert) => alert.details?.metricValue))).toEqual([[5], [], [5.5], [], []]);
    const tracking = poll([report({ tracking: 0.94 }), report({ tracking: 0.937 }), report({ tracking: 0.93 })]);
    expect(tracking.alerts.map((a) => a.length)).toEqual([1, 0, 1]);
  });

  it('back to good clears it, so a relapse alerts again', () => {
    const { alerts, state } = poll([report({ late: 0.05 }), report({ late: 0.03 }), report({ late: 0.05, to: '2026-03-10T23:59Z' })]);
    expect(alerts.map((a) => a.length)).toEqual([1, 0, 1]);
    expect(alerts[0]![0]!.idempotencyKey).not.toBe(alerts[2]![0]!.idempotencyKey);
    expect(state.metrics).toEqual({ [`lateShipmentRate:${JP}`]: { bad: true, alertedRate: 0.05 }, [`validTrackingRate:${JP}`]: { bad: false } });
  });

  it('judges by target, not by the report’s own status field', () => {
    const text = JSON.stringify({
      accountStatuses: [],
      performanceMetrics: [{ marketplaceId: JP, lateShipmentRate: { rate: 0.06, targetValue: 0.04, targetCondition: 'LESS_THAN', status: 'GOOD' } }],
    });
    expect(evaluatePerformanceReport(SELLER, parseAccountHealthReport(text), {}, NOW).alerts.map((a) => a.type)).toEqual(['late-shipment-rate']);
  });

  it('accountStatuses AT_RISK / DEACTIVATED not yet alerted → the account alert, once', () => {
    const { alerts } = poll([report({ status: 'AT_RISK' }), report({ status: 'AT_RISK' }), report({ status: 'DEACTIVATED' }), report({ status: 'NORMAL' })]);
    expect(alerts.map((a) => a.map((alert) => alert.type))).toEqual([['account-at-risk'], [], ['account-suspended'], []]);
    expect(alerts[0]![0]!.idempotencyKey).toBe('spapi-account-status:AT_RISK:2026-03-01');
    // Amazon's example document says SUSPENDED.
    expect(poll([report({ status: 'SUSPENDED' })]).alerts[0]!.map((a) => a.type)).toEqual(['account-suspended']);
  });

  it('is only a backstop: a status the notification already alerted is not alerted again', () => {
    const parsed = parseAmazonEvent(amazonEvent(accountStatusChanged(SELLER, 'NORMAL', 'AT_RISK')));
    const fromNotification = notificationOutcome(parsed as KnownNotification, {});
    expect(fromNotification.alerts).toHaveLength(1);
    expect(poll([report({ status: 'AT_RISK' })], fromNotification.state).alerts).toEqual([[]]);
  });

  it('skips a metric that does not have its documented shape, and refuses a document that is not a report', () => {
    const text = JSON.stringify({
      accountStatuses: [{ marketplaceId: JP, status: 'NORMAL' }],
      performanceMetrics: [{ marketplaceId: JP, lateShipmentRate: { rate: 'high' }, validTrackingRate: { rate: 0.9, targetValue: 0.95, targetCondition: 'GREATER_THAN' } }],
    });
    expect(evaluatePerformanceReport(SELLER, parseAccountHealthReport(text), {}, NOW).alerts.map((a) => a.type)).toEqual(['valid-tracking-rate']);
    expect(() => parseAccountHealthReport('<html>')).toThrow(ReportDocumentError);
    expect(() => parseAccountHealthReport('{"performanceMetrics": []}')).toThrow(ReportDocumentError);
  });
});
