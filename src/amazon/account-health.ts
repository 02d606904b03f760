import * as z from '../model/zod';
import { JP_MARKETPLACE_ID } from './config';
import { fetchReportText, ReportDocumentError, type WaitOptions } from './reports';
import type { RetryPolicy } from './retry';
import type { SpApiClient } from './sp-api-client';

/**
 * The seller performance report (GET_V2_SELLER_PERFORMANCE_REPORT, the Account Health data;
 * document schema accountHealthReport-2020-11-18).
 *
 * Contract: `parseAccountHealthReport(text)` reads the parts the alerts use, `accountStatuses`
 * and per marketplace `lateShipmentRate` and `validTrackingRate` (rate, targetValue,
 * targetCondition, status, reporting dates). A metric that does not have that shape is dropped
 * (undefined) instead of failing the whole report; a document without the two arrays, or not
 * JSON, is ReportDocumentError. `fetchSellerPerformanceReport` requests, waits for, downloads
 * and parses one (the Reports API flow of ./reports).
 */

export const SELLER_PERFORMANCE_REPORT = 'GET_V2_SELLER_PERFORMANCE_REPORT';

export const targetConditionSchema = z.enum(['GREATER_THAN', 'LESS_THAN', 'EQUALS']);
export type TargetCondition = z.infer<typeof targetConditionSchema>;

export const rateMetricSchema = z.looseObject({
  rate: z.number(),
  targetValue: z.number(),
  targetCondition: targetConditionSchema,
  status: z.optional(z.enum(['GOOD', 'BAD', 'NONE'])),
  reportingDateRange: z.optional(z.looseObject({ reportingDateFrom: z.string(), reportingDateTo: z.string() })),
});
export type RateMetric = z.infer<typeof rateMetricSchema>;

const tolerantMetric = z.catch(z.optional(rateMetricSchema), undefined);

export const accountHealthReportSchema = z.looseObject({
  accountStatuses: z.array(z.looseObject({ marketplaceId: z.string(), status: z.string() })),
  performanceMetrics: z.array(
    z.looseObject({
      marketplaceId: z.string(),
      lateShipmentRate: tolerantMetric,
      validTrackingRate: tolerantMetric,
    }),
  ),
});
export type AccountHealthReport = z.infer<typeof accountHealthReportSchema>;

export function parseAccountHealthReport(text: string): AccountHealthReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReportDocumentError('the seller performance report is not JSON');
  }
  const parsed = accountHealthReportSchema.safeParse(json);
  if (!parsed.success) throw new ReportDocumentError(`the seller performance report does not match its schema: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

export async function fetchSellerPerformanceReport(
  client: SpApiClient,
  options: WaitOptions & { marketplaceIds?: string[]; retry?: RetryPolicy; maxBytes?: number } = {},
): Promise<AccountHealthReport> {
  const text = await fetchReportText(client, { reportType: SELLER_PERFORMANCE_REPORT, marketplaceIds: options.marketplaceIds ?? [JP_MARKETPLACE_ID] }, options);
  return parseAccountHealthReport(text);
}
