import type { FakeRateMetric, FakeSeller } from './state';

/**
 * The document of GET_V2_SELLER_PERFORMANCE_REPORT for a fake seller, in the shape of
 * accountHealthReport-2020-11-18: account status and the two shipping metrics per marketplace,
 * each with its own target and the status Amazon derives from it.
 */

const statusOf = (metric: FakeRateMetric) => {
  const good =
    metric.targetCondition === 'LESS_THAN' ? metric.rate < metric.targetValue : metric.targetCondition === 'GREATER_THAN' ? metric.rate > metric.targetValue : metric.rate === metric.targetValue;
  return good ? 'GOOD' : 'BAD';
};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';

export function accountHealthDocument(seller: FakeSeller, marketplaceIds: string[], now: number): string {
  const range = (days: number) => ({ reportingDateFrom: day(now - days * 86_400_000), reportingDateTo: day(now) });
  const orders = 1000;
  return JSON.stringify({
    accountStatuses: marketplaceIds.map((marketplaceId) => ({ marketplaceId, status: seller.accountStatus })),
    performanceMetrics: marketplaceIds.map((marketplaceId) => ({
      marketplaceId,
      lateShipmentRate: {
        reportingDateRange: range(30),
        orderCount: orders,
        lateShipmentCount: Math.round(orders * seller.lateShipmentRate.rate),
        status: statusOf(seller.lateShipmentRate),
        ...seller.lateShipmentRate,
      },
      validTrackingRate: {
        reportingDateRange: range(30),
        shipmentCount: orders,
        validTrackingCount: Math.round(orders * seller.validTrackingRate.rate),
        status: statusOf(seller.validTrackingRate),
        ...seller.validTrackingRate,
      },
      accountHealthRating: { ahrStatus: seller.accountStatus === 'NORMAL' ? 'GREAT' : 'WARNED', reportingDateRange: range(180) },
    })),
  });
}
