import { env } from 'cloudflare:workers';
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import wranglerToml from '../../wrangler.toml?raw';
import worker from '../../src/index';
import { alertTypes } from '../../content/alerts';
import { amazonAuthorization } from '../../content/amazon-authorization';
import { messageViolations } from '../../src/line/message-guard';
import { MAX_SOURCE_ATTEMPTS, REPORT_CHECK_DELAYS_S, SOURCE_POLL_CRON } from '../../src/sources/amazon/schedule';
import { sellerAccount } from '../../src/sellers/links';
import { listPollableSellers } from '../../src/store/poll-index';
import { linkedSeller, pushesByRetryKey } from '../alerts/support';
import { accountStatusChanged, amazonEvent } from '../support/amazon-notifications';
import { addFinancialEventGroup, amazonCallsFor, clearAmazonFaults, injectAmazonFaults, revokeAuthorization, setAccountHealth, setReportSettings } from '../support/fake-amazon';
import { messagesTo, setProfileLanguage, visibleText } from '../support/fake-line';
import { followEvent, newUserId, postEvents, settle } from '../support/webhook';
import { linkAccount, newSellerId, uriActions } from '../support/linking';
import {
  alertsOf,
  authorizedSeller,
  pollAccountHealthNow,
  pollApi,
  pollFinancesNow,
  postAmazonEvent,
  runSourceJobs,
  settledAlertsOf,
  sourceStatus,
} from './support';

const spApiCalls = async (sellerId: string, path: string) => (await amazonCallsFor(sellerId)).filter((call) => call.path.includes(path));
const isListed = async (sellerId: string) => (await listPollableSellers(env, { limit: 1000 })).sellerIds.includes(sellerId);
const acked = (result: { explicitAcks: string[]; retryMessages: unknown[] }) => result.explicitAcks.length > 0 && result.retryMessages.length === 0;

describe('account health poller', () => {
  it('alerts once for a late shipment rate above its target; a second poll sends nothing', async () => {
    const { sellerId, userId } = await authorizedSeller();
    await setAccountHealth(sellerId, { lateShipmentRate: { rate: 0.065, targetValue: 0.04, targetCondition: 'LESS_THAN' } });

    // Through the ops API and the real source queue, as in production.
    const res = await pollApi({ sellerId });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ queued: { sellers: 1, pollers: ['account-health', 'finances'] } });
    const [record] = await settledAlertsOf(sellerId, 1);
    expect(record).toMatchObject({ type: 'late-shipment-rate', status: 'delivered', details: { metricValue: 6.5, threshold: 4, marketplace: 'Amazon.co.jp' } });
    expect(record!.idempotencyKey).toMatch(/^spapi-metric:lateShipmentRate:A1VC38T7YXB528:/);
    const shown = visibleText(await messagesTo(userId));
    expect(shown).toContain(alertTypes['late-shipment-rate'].title.ja);
    expect(shown).toContain('6.5');

    const reportsBefore = (await spApiCalls(sellerId, '/reports/2021-06-30/reports')).filter((c) => c.method === 'POST').length;
    expect(acked(await pollAccountHealthNow(sellerId))).toBe(true);
    expect((await spApiCalls(sellerId, '/reports/2021-06-30/reports')).filter((c) => c.method === 'POST').length).toBe(reportsBefore + 1);
    expect(await alertsOf(sellerId)).toHaveLength(1);
    expect((await pushesByRetryKey(userId)).size).toBe(1);
    expect((await sourceStatus(sellerId)).state.metrics?.['lateShipmentRate:A1VC38T7YXB528']).toEqual({ bad: true, alertedRate: 0.065 });
  });

  it('alerts again only when a bad rate gets worse, and reads a GZIP document', async () => {
    const { sellerId } = await authorizedSeller();
    await setReportSettings(sellerId, { gzip: true });
    await setAccountHealth(sellerId, { validTrackingRate: { rate: 0.93, targetValue: 0.95, targetCondition: 'GREATER_THAN' } });
    await pollAccountHealthNow(sellerId);
    await setAccountHealth(sellerId, { validTrackingRate: { rate: 0.932 } });
    await pollAccountHealthNow(sellerId);
    await setAccountHealth(sellerId, { validTrackingRate: { rate: 0.91 } });
    await pollAccountHealthNow(sellerId);
    const records = await settledAlertsOf(sellerId, 2);
    expect(records.map((r) => [r.type, r.details?.metricValue, r.details?.threshold])).toEqual([
      ['valid-tracking-rate', 93, 95],
      ['valid-tracking-rate', 91, 95],
    ]);
  });

  it('alerts an AT_RISK account status that no notification announced, and not one a notification already did', async () => {
    const backstop = await authorizedSeller();
    await setAccountHealth(backstop.sellerId, { accountStatus: 'AT_RISK' });
    await pollAccountHealthNow(backstop.sellerId);
    expect((await settledAlertsOf(backstop.sellerId, 1)).map((r) => r.type)).toEqual(['account-at-risk']);

    const notified = await authorizedSeller();
    expect((await postAmazonEvent(amazonEvent(accountStatusChanged(notified.sellerId, 'NORMAL', 'DEACTIVATED')))).status).toBe(200);
    await setAccountHealth(notified.sellerId, { accountStatus: 'DEACTIVATED' });
    await pollAccountHealthNow(notified.sellerId);
    expect((await settledAlertsOf(notified.sellerId, 1)).map((r) => r.type)).toEqual(['account-suspended']);
  });

  it('does not hold the Worker while the report is being made: the job comes back later and picks up the same report', async () => {
    const { sellerId } = await authorizedSeller();
    await setReportSettings(sellerId, { processingDelayMs: 1500 });
    await setAccountHealth(sellerId, { lateShipmentRate: { rate: 0.05 } });

    const first = await pollAccountHealthNow(sellerId);
    expect(first.explicitAcks).toEqual([]);
    expect(first.retryMessages).toEqual([{ msgId: expect.any(String), delaySeconds: REPORT_CHECK_DELAYS_S[0] }]);
    const pending = (await sourceStatus(sellerId)).pendingReport;
    expect(pending).toMatchObject({ checks: 1 });

    await new Promise((r) => setTimeout(r, 1600));
    expect(acked(await pollAccountHealthNow(sellerId, 2))).toBe(true);
    const created = (await spApiCalls(sellerId, '/reports/2021-06-30/reports')).filter((c) => c.method === 'POST');
    expect(created).toHaveLength(1);
    expect((await settledAlertsOf(sellerId, 1)).map((r) => r.type)).toEqual(['late-shipment-rate']);
    expect((await sourceStatus(sellerId)).pendingReport).toBeNull();
  });

  it('gives a report up after its checks, and a FATAL report at once; the next poll asks for a new one', async () => {
    const { sellerId } = await authorizedSeller();
    await setReportSettings(sellerId, { outcome: 'FATAL' });
    expect(acked(await pollAccountHealthNow(sellerId))).toBe(true);
    expect((await sourceStatus(sellerId)).pendingReport).toBeNull();

    await setReportSettings(sellerId, { outcome: 'DONE', processingDelayMs: 600_000 });
    for (const delay of REPORT_CHECK_DELAYS_S) expect((await pollAccountHealthNow(sellerId)).retryMessages[0]?.delaySeconds).toBe(delay);
    expect(acked(await pollAccountHealthNow(sellerId))).toBe(true);
    expect((await sourceStatus(sellerId)).pendingReport).toBeNull();
    expect((await spApiCalls(sellerId, '/reports/2021-06-30/reports')).filter((c) => c.method === 'POST')).toHaveLength(2);
    expect(await alertsOf(sellerId)).toEqual([]);
  });
});

describe('finances poller', () => {
  it('alerts a failed payout with its amount, once per group however often it is polled', async () => {
    const { sellerId, userId } = await authorizedSeller();
    const failed = await addFinancialEventGroup(sellerId, { amount: -48200, currency: 'JPY', FundTransferStatus: 'Failed' });
    await addFinancialEventGroup(sellerId, { amount: 1000, FundTransferStatus: 'Succeeded' });
    for (let i = 0; i < 3; i++) expect(acked(await pollFinancesNow(sellerId))).toBe(true);
    const [record] = await settledAlertsOf(sellerId, 1);
    expect(record).toMatchObject({ type: 'disbursement-failed', status: 'delivered', details: { amount: 48200, currency: 'JPY' }, idempotencyKey: `spapi-disbursement:${failed.FinancialEventGroupId}` });
    expect(visibleText(await messagesTo(userId))).toContain(alertTypes['disbursement-failed'].title.ja);

    await addFinancialEventGroup(sellerId, { amount: 7300, FundTransferStatus: 'Failed', startedDaysAgo: 2 });
    await pollFinancesNow(sellerId);
    expect((await settledAlertsOf(sellerId, 2)).map((r) => r.details?.amount)).toEqual([48200, 7300]);
    expect((await pushesByRetryKey(userId)).size).toBe(2);
  });
});

describe('SP-API rate limits and failures', () => {
  it('puts the job off for as long as Amazon asks when it throttles for longer than the client waits', async () => {
    const { sellerId } = await authorizedSeller();
    await injectAmazonFaults([{ sellerId, path: '/reports/2021-06-30/reports', status: 429, count: 1, retryAfterSeconds: 90 }]);
    const throttled = await pollAccountHealthNow(sellerId);
    expect(throttled.retryMessages).toEqual([{ msgId: expect.any(String), delaySeconds: 90 }]);
    // One call: the client did not sit out 90 s inside the Worker.
    expect((await spApiCalls(sellerId, '/reports/2021-06-30/reports')).map((c) => c.status)).toEqual([429]);

    // Without Retry-After, createReport's usage plan (one a minute) sets the wait.
    await injectAmazonFaults([{ sellerId, path: '/reports/2021-06-30/reports', status: 429, count: 1 }]);
    expect((await pollAccountHealthNow(sellerId, 2)).retryMessages[0]?.delaySeconds).toBe(60);
    expect(acked(await pollAccountHealthNow(sellerId, 3))).toBe(true);
  });

  it('waits out a short throttle inside the job, and retries a failing Amazon later, never beyond the last attempt', async () => {
    const { sellerId } = await authorizedSeller();
    await addFinancialEventGroup(sellerId, { amount: 5000, FundTransferStatus: 'Failed' });
    await injectAmazonFaults([{ sellerId, path: '/finances/', status: 429, count: 1, retryAfterSeconds: 1 }]);
    expect(acked(await pollFinancesNow(sellerId))).toBe(true);
    expect((await spApiCalls(sellerId, '/finances/')).map((c) => c.status)).toEqual([429, 200]);
    expect(await settledAlertsOf(sellerId, 1)).toHaveLength(1);

    await injectAmazonFaults([{ sellerId, path: '/finances/', status: 503, count: -1, retryAfterSeconds: 0 }]);
    try {
      const failing = await pollFinancesNow(sellerId, 3);
      expect(failing.retryMessages[0]?.delaySeconds).toBe(40);
      const last = await pollFinancesNow(sellerId, 16);
      expect(last.retryMessages).toEqual([]);
      expect(last.explicitAcks).toHaveLength(1);
    } finally {
      await clearAmazonFaults(sellerId);
    }
  });
});

describe('revoked authorization', () => {
  it('marks the seller, tells the owner once to link again, stops polling, and resumes after a new link', async () => {
    const { sellerId, userId } = await authorizedSeller();
    expect((await listPollableSellers(env, { limit: 1000 })).sellerIds).toContain(sellerId);
    await revokeAuthorization(sellerId);

    // Both pollers meet invalid_grant in the same batch; the owner hears it once.
    const result = await runSourceJobs([
      { kind: 'account-health', sellerId },
      { kind: 'finances', sellerId },
    ]);
    expect(result.explicitAcks).toHaveLength(2);
    const status = await sourceStatus(sellerId);
    expect(status).toMatchObject({ pollable: false, authorization: { noticeSent: true } });
    await settle([userId]);
    const notices = (await messagesTo(userId)).filter((m) => visibleText(m).includes(amazonAuthorization.revokedTitle.ja));
    expect(notices).toHaveLength(1);
    expect(messageViolations([notices[0]!])).toEqual([]);
    // The button goes straight to Seller Central with a fresh link token, like every re-link button.
    expect(uriActions(notices[0]).some((u) => u.includes('/link?linkToken='))).toBe(true);
    expect((await listPollableSellers(env, { limit: 1000 })).sellerIds).not.toContain(sellerId);

    // Polling has stopped: no call reaches Amazon, nobody is told again, ops are told why.
    const calls = (await amazonCallsFor(sellerId)).length;
    await runSourceJobs([
      { kind: 'account-health', sellerId },
      { kind: 'finances', sellerId },
    ]);
    expect((await amazonCallsFor(sellerId)).length).toBe(calls);
    const refused = await pollApi({ sellerId });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(/revoked/);
    expect((await messagesTo(userId)).filter((m) => visibleText(m).includes(amazonAuthorization.revokedTitle.ja))).toHaveLength(1);

    // Linking again stores a new authorization: the mark is gone and polling works.
    await linkAccount(userId, sellerId);
    expect(await sourceStatus(sellerId)).toMatchObject({ pollable: true, authorization: null });
    expect((await listPollableSellers(env, { limit: 1000 })).sellerIds).toContain(sellerId);
    await setAccountHealth(sellerId, { lateShipmentRate: { rate: 0.08 } });
    expect(acked(await pollAccountHealthNow(sellerId))).toBe(true);
    expect((await settledAlertsOf(sellerId, 1)).map((r) => r.type)).toEqual(['late-shipment-rate']);
  });

  it('tells the owner in the language of their chat', async () => {
    const userId = newUserId();
    const sellerId = newSellerId();
    await setProfileLanguage(userId, 'en-US');
    await postEvents([followEvent(userId)]);
    await linkAccount(userId, sellerId);
    await revokeAuthorization(sellerId);
    await pollFinancesNow(sellerId);
    await settle([userId]);
    const shown = visibleText((await messagesTo(userId)).at(-1));
    expect(shown).toContain(amazonAuthorization.revokedTitle.en);
    expect(shown).toContain(amazonAuthorization.relinkButton.en);
    expect(messageViolations([(await messagesTo(userId)).at(-1)!])).toEqual([]);
  });
});

describe('POST /api/sources/amazon/poll', () => {
  it('polls every linked seller for {} and answers 202 at once', async () => {
    const { sellerId } = await authorizedSeller();
    await addFinancialEventGroup(sellerId, { amount: 3100, FundTransferStatus: 'Failed' });
    const res = await pollApi({});
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ queued: { sellers: 'all', pollers: ['account-health', 'finances'] } });
    expect((await settledAlertsOf(sellerId, 1)).map((r) => r.type)).toEqual(['disbursement-failed']);
  });

  it('refuses a bad request, a missing token, and a seller it cannot poll, with the reason', async () => {
    expect((await pollApi({}, { token: null })).status).toBe(401);
    expect((await pollApi({}, { token: 'wrong' })).status).toBe(401);
    const cases: [unknown, string | undefined, number, string][] = [
      [{ sellerId: 'A1:BAD' }, undefined, 400, 'invalid poll request'],
      [{ sellerId: 42 }, undefined, 400, 'invalid poll request'],
      [{ seller: 'A1EXAMPLE' }, undefined, 400, 'invalid poll request'],
      ['{"sellerId": ', undefined, 400, 'body is not valid JSON'],
      ['sellerId=A1EXAMPLE', 'application/x-www-form-urlencoded', 400, 'send a JSON body'],
      [{ sellerId: newSellerId() }, undefined, 404, 'seller is not linked'],
    ];
    for (const [body, contentType, status, error] of cases) {
      const res = await pollApi(body, contentType ? { contentType } : {});
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(((await res.json()) as { error: string }).error, JSON.stringify(body)).toContain(error);
    }
    // Linked without an SP-API authorization (the dev link tool): nothing to poll with.
    const { sellerId } = await linkedSeller();
    const res = await pollApi({ sellerId });
    expect(res.status).toBe(409);
    expect((await sourceStatus(sellerId)).pollable).toBe(false);
  });
});

describe('schedule, poll index and dead letters', () => {
  it('keeps a seller in the poll index while it is linked with an authorization, and out after unlinking', async () => {
    const { sellerId, userId } = await authorizedSeller();
    expect(await isListed(sellerId)).toBe(true);
    expect(await sellerAccount(env, sellerId).unlink(userId)).toBe(true);
    expect(await isListed(sellerId)).toBe(false);
    expect((await pollApi({ sellerId })).status).toBe(404);
  });

  it('starts every poller for every listed seller from the poll cron, which wrangler.toml names in every environment', async () => {
    const crons = [...wranglerToml.matchAll(/^crons = \[(.*)\]$/gm)].map((m) => m[1]!);
    expect(crons).toHaveLength(3);
    for (const line of crons) expect(line).toContain(`"${SOURCE_POLL_CRON}"`);
    // The last attempt gives up by itself only if the consumers allow exactly that many.
    const retries = [...wranglerToml.matchAll(/\[\[(?:env\.\w+\.)?queues\.consumers\]\]\nqueue = "seller-sources(?:-dev|-staging)?"\n(?:(?!\[\[).*\n)*?max_retries = (\d+)/g)].map((m) => Number(m[1]));
    expect(retries).toEqual([MAX_SOURCE_ATTEMPTS - 1, MAX_SOURCE_ATTEMPTS - 1, MAX_SOURCE_ATTEMPTS - 1]);

    const { sellerId } = await authorizedSeller();
    await addFinancialEventGroup(sellerId, { amount: 900, FundTransferStatus: 'Failed' });
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: SOURCE_POLL_CRON, scheduledTime: Date.now() }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect((await settledAlertsOf(sellerId, 1)).map((r) => r.type)).toEqual(['disbursement-failed']);
  });

  it('settles a dead-lettered job and a message that is not a job by logging them', async () => {
    const errors = vi.spyOn(console, 'error');
    const sellerId = newSellerId();
    const dead = await runSourceJobs([{ kind: 'finances', sellerId }], 16, 'seller-sources-dlq');
    expect(dead.explicitAcks).toHaveLength(1);
    const garbage = await runSourceJobs([{ kind: 'reboot' }]);
    expect(garbage.explicitAcks).toHaveLength(1);
    const lines = errors.mock.calls.map(([line]) => String(line));
    expect(lines.some((line) => line.includes('dead-lettered'))).toBe(true);
    expect(lines.some((line) => line.includes('not a job'))).toBe(true);
    expect(lines.join('\n')).not.toContain(sellerId);
    errors.mockRestore();
  });
});
