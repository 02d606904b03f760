import { Hono } from 'hono';
import { randomToken } from '../../crypto/random-token';
import { accountHealthDocument } from './account-health-document';
import { spApiErrors, type FakeEnv } from './fake-env';
import { DOCUMENT_URL_TTL_MS, type FakeAmazonState, type FakeReport } from './state';

/**
 * Reports API 2021-06-30 for GET_V2_SELLER_PERFORMANCE_REPORT: createReport (202), getReport
 * (IN_QUEUE, then IN_PROGRESS, then the seller's configured outcome once its processing delay
 * has passed), getReportDocument (a presigned URL valid five minutes, GZIP if configured) and the
 * download itself, which needs no token but the URL's signature. A report or document is
 * another seller's → 404, as Amazon's ids are unique only per seller.
 */

const SUPPORTED = new Set(['GET_V2_SELLER_PERFORMANCE_REPORT']);
const DOWNLOAD_PATH = '/report-documents/';

function statusOf(report: FakeReport, now: number) {
  const elapsed = now - report.createdAt;
  if (elapsed >= report.settings.processingDelayMs) return report.settings.outcome;
  return elapsed >= report.settings.processingDelayMs / 2 ? 'IN_PROGRESS' : 'IN_QUEUE';
}

async function gzip(text: string): Promise<ArrayBuffer> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
}

export function fakeReports(state: FakeAmazonState) {
  const app = new Hono<FakeEnv>();

  app.post('/reports/2021-06-30/reports', async (c) => {
    const sellerId = c.get('sellerId')!;
    const body = (await c.req.json().catch(() => null)) as { reportType?: unknown; marketplaceIds?: unknown } | null;
    const marketplaceIds = body?.marketplaceIds;
    if (typeof body?.reportType !== 'string' || !Array.isArray(marketplaceIds) || marketplaceIds.length < 1 || marketplaceIds.length > 25 || !marketplaceIds.every((m) => typeof m === 'string')) {
      return c.json(spApiErrors('InvalidInput', 'reportType and 1-25 marketplaceIds are required'), 400);
    }
    if (!SUPPORTED.has(body.reportType)) return c.json(spApiErrors('InvalidInput', `Report type ${body.reportType} is not supported by this fake`), 400);
    const seller = state.seller(sellerId);
    const reportId = state.nextId('5000');
    state.reports.set(reportId, {
      reportId,
      sellerId,
      reportType: body.reportType,
      marketplaceIds: marketplaceIds as string[],
      createdAt: state.now(),
      settings: { ...seller.reports },
      content: accountHealthDocument(seller, marketplaceIds as string[], state.now()),
    });
    return c.json({ reportId }, 202);
  });

  app.get('/reports/2021-06-30/reports/:reportId', (c) => {
    const report = state.reports.get(c.req.param('reportId'));
    if (!report || report.sellerId !== c.get('sellerId')) return c.json(spApiErrors('NotFound', 'The requested report was not found'), 404);
    const now = state.now();
    const processingStatus = statusOf(report, now);
    if ((processingStatus === 'DONE' || processingStatus === 'FATAL') && !report.documentId) {
      report.documentId = state.nextId('amzn1.spdoc.1.4.fe.');
      state.documents.set(report.documentId, {
        documentId: report.documentId,
        sellerId: report.sellerId,
        content: processingStatus === 'DONE' ? report.content : JSON.stringify({ errorDetails: 'The report could not be generated.' }),
        gzip: report.settings.gzip,
        signature: '',
        urlExpiresAt: 0,
      });
    }
    return c.json({
      reportId: report.reportId,
      reportType: report.reportType,
      marketplaceIds: report.marketplaceIds,
      processingStatus,
      createdTime: new Date(report.createdAt).toISOString(),
      ...(processingStatus !== 'IN_QUEUE' ? { processingStartTime: new Date(report.createdAt + report.settings.processingDelayMs / 2).toISOString() } : {}),
      ...(['DONE', 'FATAL', 'CANCELLED'].includes(processingStatus) ? { processingEndTime: new Date(report.createdAt + report.settings.processingDelayMs).toISOString() } : {}),
      ...(report.documentId && processingStatus !== 'CANCELLED' ? { reportDocumentId: report.documentId } : {}),
    });
  });

  app.get('/reports/2021-06-30/documents/:documentId', (c) => {
    const document = state.documents.get(c.req.param('documentId'));
    if (!document || document.sellerId !== c.get('sellerId')) return c.json(spApiErrors('NotFound', 'The requested report document was not found'), 404);
    document.signature = randomToken(16);
    document.urlExpiresAt = state.now() + DOCUMENT_URL_TTL_MS;
    const url = new URL(c.req.url);
    const base = url.pathname.slice(0, url.pathname.indexOf('/reports/2021-06-30/documents/'));
    const download = new URL(`${url.origin}${base}${DOWNLOAD_PATH}${encodeURIComponent(document.documentId)}`);
    download.searchParams.set('X-Amz-Signature', document.signature);
    return c.json({ reportDocumentId: document.documentId, url: download.toString(), ...(document.gzip ? { compressionAlgorithm: 'GZIP' } : {}) });
  });

  // The presigned download (S3 in real life): the signature is the authorisation.
  app.get(`${DOWNLOAD_PATH}:documentId`, async (c) => {
    const document = state.documents.get(c.req.param('documentId'));
    const signature = c.req.query('X-Amz-Signature') ?? '';
    c.set('sellerId', document?.sellerId);
    if (!document || !document.signature || signature !== document.signature || state.now() > document.urlExpiresAt) {
      return c.body('<Error><Code>AccessDenied</Code><Message>Request has expired or the signature does not match</Message></Error>', 403, { 'content-type': 'application/xml' });
    }
    // Like S3, a GZIP document is served as bytes without Content-Encoding: the client gunzips it.
    if (document.gzip) return c.body(await gzip(document.content), 200, { 'content-type': 'application/octet-stream' });
    return c.body(document.content, 200, { 'content-type': 'text/plain; charset=utf-8' });
  });

  return app;
}
