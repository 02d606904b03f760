import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { AccessTokenCache } from '../../src/amazon/access-tokens';
import { fetchSellerPerformanceReport, SELLER_PERFORMANCE_REPORT } from '../../src/amazon/account-health';
import { evaluatePerformanceReport } from '../../src/amazon/performance-alerts';
import {
  createReport,
  downloadReportDocument,
  getReportDocument,
  ReportDocumentError,
  ReportFailedError,
  ReportNotReadyError,
  waitForReport,
} from '../../src/amazon/reports';
import { sellerSpApiClient } from '../../src/amazon/seller-client';
import { amazonCallsFor, authorizeSeller, injectAmazonFaults, setAccountHealth, setReportSettings, testLwaConfig } from '../support/fake-amazon';
import { newSellerId } from '../support/linking';

const JP = 'A1VC38T7YXB528';
const noWait: { sleep: (ms: number) => Promise<void> } = { sleep: async () => undefined };

async function clientFor(sellerId: string, deps = noWait) {
  return sellerSpApiClient({ lwa: testLwaConfig(), spApiEndpoint: env.SPAPI_ENDPOINT!, timeoutMs: 2000 }, await authorizeSeller(sellerId), { tokens: new AccessTokenCache(testLwaConfig()), deps });
}

const reportCalls = async (sellerId: string) =>
  (await amazonCallsFor(sellerId)).filter((call) => call.path.includes('report')).map((call) => `${call.method} ${call.path.replace(/\/[^/]+$/, '/…')} ${call.status}`);

describe('GET_V2_SELLER_PERFORMANCE_REPORT through the Reports API', () => {
  it('requests, waits for, downloads and parses the seller’s report; a late shipment rate above target makes one alert', async () => {
    const seller = newSellerId();
    await setAccountHealth(seller, { lateShipmentRate: { rate: 0.061 } });
    await setReportSettings(seller, { processingDelayMs: 300 });
    const client = await clientFor(seller);
    const report = await fetchSellerPerformanceReport(client, { firstPollMs: 100 });
    expect(report.performanceMetrics[0]).toMatchObject({ marketplaceId: JP, lateShipmentRate: { rate: 0.061, targetValue: 0.04, targetCondition: 'LESS_THAN', status: 'BAD' } });
    const first = evaluatePerformanceReport(seller, report, {});
    expect(first.alerts.map((a) => [a.type, a.details?.metricValue, a.details?.threshold])).toEqual([['late-shipment-rate', 6.1, 4]]);
    const second = evaluatePerformanceReport(seller, await fetchSellerPerformanceReport(client, { firstPollMs: 100 }), first.state);
    expect(second.alerts).toEqual([]);

    const calls = await reportCalls(seller);
    expect(calls[0]).toBe('POST /reports/2021-06-30/… 202');
    expect(calls.filter((c) => c.startsWith('GET /reports/2021-06-30/reports/')).length).toBeGreaterThanOrEqual(2);
    expect(calls).toContain('GET /report-documents/… 200');
  });

  it('gunzips a GZIP document', async () => {
    const seller = newSellerId();
    await setAccountHealth(seller, { accountStatus: 'AT_RISK', validTrackingRate: { rate: 0.9 } });
    await setReportSettings(seller, { gzip: true });
    const client = await clientFor(seller);
    const reportId = await createReport(client, { reportType: SELLER_PERFORMANCE_REPORT, marketplaceIds: [JP] });
    const done = await waitForReport(client, reportId);
    const document = await getReportDocument(client, done.reportDocumentId);
    expect(document.compressionAlgorithm).toBe('GZIP');
    const text = await downloadReportDocument(document);
    expect(JSON.parse(text)).toMatchObject({ accountStatuses: [{ marketplaceId: JP, status: 'AT_RISK' }] });
    // Without gunzipping it would not be JSON at all.
    await expect(downloadReportDocument({ ...document, compressionAlgorithm: undefined }).then((raw) => JSON.parse(raw))).rejects.toThrow();
    const alerts = evaluatePerformanceReport(seller, await fetchSellerPerformanceReport(client), {}).alerts;
    expect(alerts.map((a) => a.type).sort()).toEqual(['account-at-risk', 'valid-tracking-rate']);
  });

  it('waits only as long as allowed, and says which report to pick up later', async () => {
    const seller = newSellerId();
    await setReportSettings(seller, { processingDelayMs: 600_000 });
    const client = await clientFor(seller);
    const reportId = await createReport(client, { reportType: SELLER_PERFORMANCE_REPORT, marketplaceIds: [JP] });
    let clock = 0;
    const waits: number[] = [];
    const error = await waitForReport(client, reportId, { maxWaitMs: 60_000, firstPollMs: 2000, maxPollMs: 15_000, now: () => clock, sleep: async (ms) => void (waits.push(ms), (clock += ms)) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportNotReadyError);
    expect(error).toMatchObject({ reportId });
    expect(waits).toEqual([2000, 4000, 8000, 15_000, 15_000, 15_000]);
    expect(waits.reduce((a, b) => a + b)).toBeLessThanOrEqual(60_000);
  });

  it('a FATAL or CANCELLED report is a ReportFailedError', async () => {
    for (const outcome of ['FATAL', 'CANCELLED'] as const) {
      const seller = newSellerId();
      await setReportSettings(seller, { outcome });
      const client = await clientFor(seller);
      await expect(fetchSellerPerformanceReport(client)).rejects.toMatchObject({ name: 'ReportFailedError', processingStatus: outcome });
      await expect(fetchSellerPerformanceReport(client)).rejects.toBeInstanceOf(ReportFailedError);
    }
  });

  it('another seller’s report and document are not found; a forged or stale download URL is refused', async () => {
    const owner = newSellerId();
    const ownerClient = await clientFor(owner);
    const reportId = await createReport(ownerClient, { reportType: SELLER_PERFORMANCE_REPORT, marketplaceIds: [JP] });
    const { reportDocumentId } = await waitForReport(ownerClient, reportId);
    const thief = await clientFor(newSellerId());
    await expect(waitForReport(thief, reportId)).rejects.toMatchObject({ status: 404 });
    await expect(getReportDocument(thief, reportDocumentId)).rejects.toMatchObject({ status: 404 });

    const document = await getReportDocument(ownerClient, reportDocumentId);
    const forged = new URL(document.url);
    forged.searchParams.set('X-Amz-Signature', 'forged');
    await expect(downloadReportDocument({ ...document, url: forged.toString() })).rejects.toThrow(/answered 403/);
    await getReportDocument(ownerClient, reportDocumentId); // a new URL: the old one stops working
    await expect(downloadReportDocument(document)).rejects.toBeInstanceOf(ReportDocumentError);
  });

  it('refuses a document larger than allowed', async () => {
    const seller = newSellerId();
    const client = await clientFor(seller);
    await expect(fetchSellerPerformanceReport(client, { maxBytes: 100 })).rejects.toThrow(/larger than 100 bytes/);
  });

  it('gets through 20% throttling of getReport (429 with Retry-After) without asking twice for a report', async () => {
    const seller = newSellerId();
    await injectAmazonFaults([{ sellerId: seller, path: '/reports/2021-06-30/reports/', status: 429, rate: 0.2, retryAfterSeconds: 1 }]);
    const waits: number[] = [];
    const client = await clientFor(seller, { sleep: async (ms: number) => void waits.push(ms) });
    for (let i = 0; i < 5; i++) await fetchSellerPerformanceReport(client);
    const calls = await reportCalls(seller);
    const throttled = calls.filter((c) => c.endsWith(' 429')).length;
    expect(throttled).toBeGreaterThan(0);
    expect(calls.filter((c) => c === 'POST /reports/2021-06-30/… 202')).toHaveLength(5);
    expect(waits.filter((ms) => ms >= 1000)).toHaveLength(throttled);
  });

  it('hands a throttled createReport back with Amazon’s wait (one request a minute) instead of holding the Worker', async () => {
    const seller = newSellerId();
    await injectAmazonFaults([{ sellerId: seller, path: '/reports/2021-06-30/reports', status: 429, count: 1 }]);
    const waits: number[] = [];
    const client = await clientFor(seller, { sleep: async (ms: number) => void waits.push(ms) });
    await expect(fetchSellerPerformanceReport(client)).rejects.toMatchObject({ name: 'SpApiError', status: 429, retryable: true, retryAfterMs: 59_881 });
    expect(waits).toEqual([]);
  });
});
