import { parseAccountHealthReport, SELLER_PERFORMANCE_REPORT } from '../../amazon/account-health';
import { AmazonNotConfiguredError, amazonConfig, JP_MARKETPLACE_ID } from '../../amazon/config';
import { disbursementAlerts } from '../../amazon/disbursement-alerts';
import { listFinancialEventGroups } from '../../amazon/finances';
import { AuthorizationRevokedError, LwaError } from '../../amazon/lwa-client';
import { openRefreshToken } from '../../amazon/refresh-token';
import { createReport, downloadReportDocument, getReport, getReportDocument, ReportDocumentError } from '../../amazon/reports';
import { sellerSpApiClient } from '../../amazon/seller-client';
import { SpApiError, type SpApiClient } from '../../amazon/sp-api-client';
import { readConfig } from '../../config';
import { createTokenCipher, TokenDecryptError, TokenKeyError } from '../../crypto/token-cipher';
import type { Env } from '../../env';
import type { Logger } from '../../log';
import { sellerAccount } from '../../sellers/links';
import type { PendingReport } from '../../sellers/seller-sources';
import { tellOwnerToRelink } from './authorization-notice';
import { FINANCES_LOOKBACK_DAYS, MAX_QUEUE_DELAY_S, REPORT_CHECK_DELAYS_S, retryDelaySeconds } from './schedule';
import { intakeSourceAlerts } from './source-intake';

/**
 * The two pollers, one seller at a time, each one step of a queue job:
 *
 * - Account health: request GET_V2_SELLER_PERFORMANCE_REPORT (unless one is already being
 *   waited for: its id is kept in the seller's object), check it, and while Amazon is still
 *   making it ask for the job to come back later (REPORT_CHECK_DELAYS_S) instead of holding the
 *   Worker; once DONE, download and parse the document, evaluate it once in the seller's
 *   object against the seller's state and hand the alerts to the intake.
 * - Finances: list the financial event groups of the last FINANCES_LOOKBACK_DAYS days; each
 *   group whose transfer failed becomes a disbursement-failed alert keyed by its group id.
 *
 * Contract: a job returns `done` or `retry` with a delay. Throttling and Amazon's 5xx become
 * `retry` after the client's own short retries, no sooner than Amazon asked (Retry-After or
 * its usage plan); a revoked authorization (LWA invalid_grant) marks the seller, tells its
 * owner once and is `done`; what retrying cannot fix (a refused request, a broken document,
 * a key that does not open the stored token, missing configuration) is logged and `done`.
 * A seller that is not linked, has no stored credentials or was revoked is not called at all.
 */

export type JobOutcome = { kind: 'done' } | { kind: 'retry'; delaySeconds: number; reason: string };

const DONE: JobOutcome = { kind: 'done' };
const DAY_MS = 86_400_000;

type Seller = ReturnType<typeof sellerAccount>;
interface PollContext {
  seller: Seller;
  client: SpApiClient;
  pendingReport: PendingReport | null;
}

async function clientFor(env: Env, sellerId: string, refreshTokenEnc: string): Promise<SpApiClient> {
  const config = amazonConfig(env);
  const refreshToken = await openRefreshToken(await createTokenCipher(readConfig(env).tokenEncryptionKey), sellerId, refreshTokenEnc);
  return sellerSpApiClient(config, refreshToken);
}

const retryLater = (seconds: number, reason: string): JobOutcome => ({ kind: 'retry', delaySeconds: Math.min(MAX_QUEUE_DELAY_S, Math.ceil(seconds)), reason });

async function outcomeOfFailure(env: Env, sellerId: string, refreshTokenEnc: string, err: unknown, attempt: number, log: Logger): Promise<JobOutcome> {
  if (err instanceof AuthorizationRevokedError) {
    const notice = await sellerAccount(env, sellerId).markAuthorizationRevoked(refreshTokenEnc, Date.now());
    if (notice) await tellOwnerToRelink(env, sellerId, notice, log);
    else log.info('authorization refused for a token that is no longer current', { seller: sellerId });
    return DONE;
  }
  if (err instanceof SpApiError && err.retryable) {
    // Amazon's own wait wins over our backoff: a throttled call repeated sooner is throttled again.
    return retryLater(Math.max((err.retryAfterMs ?? 0) / 1000, retryDelaySeconds(attempt)), `SP-API ${err.operation} ${err.status || 'no answer'}`);
  }
  if (err instanceof LwaError && err.kind === 'unavailable') return retryLater(retryDelaySeconds(attempt), `Login with Amazon ${err.status || 'no answer'}`);
  if (err instanceof SpApiError || err instanceof LwaError || err instanceof ReportDocumentError || err instanceof TokenDecryptError || err instanceof TokenKeyError || err instanceof AmazonNotConfiguredError) {
    log.error('Amazon poll failed; retrying cannot help', { seller: sellerId, error: err });
    return DONE;
  }
  throw err;
}

/** Runs `poll` with the seller's SP-API client, or does nothing when the seller must not be polled. */
async function withSeller(env: Env, sellerId: string, attempt: number, log: Logger, poll: (context: PollContext) => Promise<JobOutcome>): Promise<JobOutcome> {
  const seller = sellerAccount(env, sellerId);
  const target = await seller.pollTarget(Date.now());
  if (!target.ok) {
    if (target.reason === 'revoked' && target.notice) await tellOwnerToRelink(env, sellerId, target.notice, log);
    log.info('seller not polled', { seller: sellerId, reason: target.reason });
    return DONE;
  }
  try {
    return await poll({ seller, client: await clientFor(env, sellerId, target.refreshTokenEnc), pendingReport: target.pendingReport });
  } catch (err) {
    return outcomeOfFailure(env, sellerId, target.refreshTokenEnc, err, attempt, log);
  }
}

export function pollAccountHealth(env: Env, sellerId: string, attempt: number, log: Logger): Promise<JobOutcome> {
  return withSeller(env, sellerId, attempt, log, async ({ seller, client, pendingReport }) => {
    let reportId = pendingReport?.reportId;
    if (!reportId) {
      reportId = await createReport(client, { reportType: SELLER_PERFORMANCE_REPORT, marketplaceIds: [JP_MARKETPLACE_ID] });
      await seller.reportRequested(reportId, Date.now());
    }
    let report;
    try {
      report = await getReport(client, reportId);
    } catch (err) {
      // Amazon no longer knows the report: stop waiting for it; the next poll asks anew.
      if (err instanceof SpApiError && err.status === 404) await seller.reportSettled(reportId);
      throw err;
    }
    if (report.processingStatus === 'IN_QUEUE' || report.processingStatus === 'IN_PROGRESS') {
      const checks = await seller.reportChecked(reportId);
      if (checks === null) {
        // Another poll requested a newer report meanwhile; its own job waits for that one.
        log.info('performance report superseded by a newer one', { seller: sellerId });
        return DONE;
      }
      const delay = REPORT_CHECK_DELAYS_S[checks - 1];
      if (delay !== undefined) return retryLater(delay, `report ${report.processingStatus}`);
      await seller.reportSettled(reportId);
      log.warn('performance report not ready in time; the next poll asks again', { seller: sellerId, checks });
      return DONE;
    }
    if (report.processingStatus !== 'DONE' || !report.reportDocumentId) {
      await seller.reportSettled(reportId);
      log.warn('performance report ended without a document', { seller: sellerId, processingStatus: report.processingStatus });
      return DONE;
    }
    let alerts;
    try {
      const text = await downloadReportDocument(await getReportDocument(client, report.reportDocumentId));
      alerts = await seller.applyPerformanceReport(sellerId, reportId, parseAccountHealthReport(text), Date.now());
    } catch (err) {
      // A document that cannot be read will not read better next time.
      if (err instanceof ReportDocumentError) await seller.reportSettled(reportId);
      throw err;
    }
    const taken = await intakeSourceAlerts(env, alerts, log);
    log.info('account health evaluated', { seller: sellerId, alerts: taken.length, types: alerts.map((a) => a.type) });
    return DONE;
  });
}

export function pollFinances(env: Env, sellerId: string, attempt: number, log: Logger): Promise<JobOutcome> {
  return withSeller(env, sellerId, attempt, log, async ({ client }) => {
    const groups = await listFinancialEventGroups(client, { startedAfter: new Date(Date.now() - FINANCES_LOOKBACK_DAYS * DAY_MS) });
    const alerts = disbursementAlerts(sellerId, groups);
    const taken = await intakeSourceAlerts(env, alerts, log);
    log.info('payouts checked', { seller: sellerId, groups: groups.length, failed: taken.length });
    return DONE;
  });
}
