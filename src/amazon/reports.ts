import * as z from '../model/zod';
import { sleep as realSleep } from '../line/backoff';
import { AmazonUnreachableError, DEFAULT_RETRY, sendWithRetry, type RetryPolicy } from './retry';
import type { SpApiClient } from './sp-api-client';

/**
 * The Reports API 2021-06-30: request a report, wait for it, fetch its document.
 *
 * Contract:
 * - `createReport` → reportId (POST /reports/2021-06-30/reports).
 * - `waitForReport` polls getReport with growing pauses until DONE, and gives up after
 *   `maxWaitMs` with ReportNotReadyError (carrying the reportId, so a later run can pick it up
 *   instead of requesting another); CANCELLED (for most reports: no data) and FATAL are
 *   ReportFailedError. It never waits longer than asked.
 * - `getReportDocument` → the document's presigned URL and compression.
 * - `downloadReportDocument` fetches the URL (no SP-API token goes to it), gunzips it when
 *   `compressionAlgorithm` is GZIP (DecompressionStream), refuses more than `maxBytes` after
 *   decompression and returns the text.
 * - `fetchReportText` is the whole flow. SP-API errors are SpApiError as from the client.
 */

export const createReportResponseSchema = z.object({ reportId: z.string().check(z.minLength(1)) });

export const reportSchema = z.looseObject({
  reportId: z.string(),
  reportType: z.string(),
  processingStatus: z.enum(['CANCELLED', 'DONE', 'FATAL', 'IN_PROGRESS', 'IN_QUEUE']),
  createdTime: z.string(),
  marketplaceIds: z.optional(z.array(z.string())),
  reportDocumentId: z.optional(z.string()),
  processingStartTime: z.optional(z.string()),
  processingEndTime: z.optional(z.string()),
});

export const reportDocumentSchema = z.object({
  reportDocumentId: z.string(),
  url: z.url(),
  compressionAlgorithm: z.optional(z.enum(['GZIP'])),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportDocument = z.infer<typeof reportDocumentSchema>;

export interface ReportSpec {
  reportType: string;
  marketplaceIds: string[];
  dataStartTime?: string;
  dataEndTime?: string;
}

export class ReportNotReadyError extends Error {
  constructor(readonly reportId: string, readonly waitedMs: number) {
    super(`report ${reportId} not ready after ${waitedMs} ms`);
    this.name = 'ReportNotReadyError';
  }
}

export class ReportFailedError extends Error {
  constructor(readonly reportId: string, readonly processingStatus: 'CANCELLED' | 'FATAL') {
    super(`report ${reportId} ended ${processingStatus}`);
    this.name = 'ReportFailedError';
  }
}

export class ReportDocumentError extends Error {
  constructor(detail: string) {
    super(`report document: ${detail}`);
    this.name = 'ReportDocumentError';
  }
}

export interface WaitOptions {
  maxWaitMs?: number;
  firstPollMs?: number;
  maxPollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export async function createReport(client: SpApiClient, spec: ReportSpec): Promise<string> {
  const body = await client.request('reports.createReport', { method: 'POST', path: '/reports/2021-06-30/reports', body: spec }, createReportResponseSchema);
  return body.reportId;
}

export const getReport = (client: SpApiClient, reportId: string): Promise<Report> =>
  client.request('reports.getReport', { method: 'GET', path: `/reports/2021-06-30/reports/${encodeURIComponent(reportId)}` }, reportSchema);

export async function waitForReport(client: SpApiClient, reportId: string, options: WaitOptions = {}): Promise<Report & { reportDocumentId: string }> {
  const { maxWaitMs = 120_000, firstPollMs = 1000, maxPollMs = 15_000, sleep = realSleep, now = Date.now } = options;
  const started = now();
  for (let pause = firstPollMs; ; pause = Math.min(maxPollMs, pause * 2)) {
    const report = await getReport(client, reportId);
    if (report.processingStatus === 'DONE') {
      if (!report.reportDocumentId) throw new ReportDocumentError(`report ${reportId} is DONE without a reportDocumentId`);
      return { ...report, reportDocumentId: report.reportDocumentId };
    }
    if (report.processingStatus === 'CANCELLED' || report.processingStatus === 'FATAL') throw new ReportFailedError(reportId, report.processingStatus);
    const waited = now() - started;
    if (waited + pause > maxWaitMs) throw new ReportNotReadyError(reportId, waited);
    await sleep(pause);
  }
}

export const getReportDocument = (client: SpApiClient, reportDocumentId: string): Promise<ReportDocument> =>
  client.request('reports.getReportDocument', { method: 'GET', path: `/reports/2021-06-30/documents/${encodeURIComponent(reportDocumentId)}` }, reportDocumentSchema);

async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ReportDocumentError(`larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export async function downloadReportDocument(document: ReportDocument, options: { retry?: RetryPolicy; maxBytes?: number } = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  let res: Response;
  try {
    // A presigned URL: it carries its own authorisation, and our access token must not travel to it.
    res = await sendWithRetry('reports.download', (signal) => fetch(document.url, { signal }), options.retry ?? DEFAULT_RETRY);
  } catch (err) {
    if (err instanceof AmazonUnreachableError) throw new ReportDocumentError('download did not answer');
    throw err;
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new ReportDocumentError(`download answered ${res.status}`);
  }
  const body = document.compressionAlgorithm === 'GZIP' ? res.body.pipeThrough(new DecompressionStream('gzip')) : res.body;
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(body, maxBytes);
  } catch (err) {
    if (err instanceof ReportDocumentError) throw err;
    throw new ReportDocumentError(`cannot read the document (${document.compressionAlgorithm ?? 'uncompressed'}): ${String(err)}`);
  }
  return new TextDecoder().decode(bytes);
}

export async function fetchReportText(client: SpApiClient, spec: ReportSpec, options: WaitOptions & { retry?: RetryPolicy; maxBytes?: number } = {}): Promise<string> {
  const reportId = await createReport(client, spec);
  const report = await waitForReport(client, reportId, options);
  return downloadReportDocument(await getReportDocument(client, report.reportDocumentId), options);
}
