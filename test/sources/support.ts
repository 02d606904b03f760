import { createExecutionContext, createMessageBatch, getQueueResult, type QueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { app } from '../../src/app';
import type { Env } from '../../src/env';
import worker from '../../src/index';
import type { SourceJob } from '../../src/sources/amazon/jobs';
import type { AlertRecord } from '../../src/store/alerts';
import { sellerAccount } from '../../src/sellers/links';
import { ops } from '../alerts/support';
import { linkAccount, newSellerId } from '../support/linking';
import { newUserId } from '../support/webhook';

/** Posts an EventBridge event to the events endpoint as the API destination does. */
export async function postAmazonEvent(body: unknown, options: { token?: string | null; raw?: string; env?: Partial<Env> } = {}): Promise<Response> {
  const headers = new Headers({ 'content-type': 'application/json' });
  const token = options.token === undefined ? env.AMAZON_EVENTS_TOKEN : options.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  return app.request('/sources/amazon/events', { method: 'POST', headers, body: options.raw ?? JSON.stringify(body) }, { ...env, ...options.env });
}

/** A seller linked through the whole flow (consent, LWA code exchange, accountLink), so its refresh token is stored. */
export async function authorizedSeller(): Promise<{ sellerId: string; userId: string }> {
  const sellerId = newSellerId();
  const userId = newUserId();
  await linkAccount(userId, sellerId);
  return { sellerId, userId };
}

let messageCounter = 0;

/**
 * Runs source jobs through the Worker's own queue handler, as the source queue would deliver
 * them, and returns what the handler did with each: acked, or retried with the delay it asked
 * for (the test helper's result leaves the delay out, so it is read off the retry call).
 */
export async function runSourceJobs(jobs: unknown[], attempts = 1, queue = 'seller-sources'): Promise<QueueResult> {
  const batch = createMessageBatch(
    queue,
    jobs.map((body) => ({ id: `test-job-${++messageCounter}`, timestamp: Date.now(), attempts, body })),
  );
  const delays = new Map<string, number | undefined>();
  for (const message of batch.messages) {
    const retry = message.retry.bind(message);
    Object.defineProperty(message, 'retry', { value: (options?: QueueRetryOptions) => (delays.set(message.id, options?.delaySeconds), retry(options)) });
  }
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  const result = await getQueueResult(batch, ctx);
  return { ...result, retryMessages: result.retryMessages.map((m) => ({ ...m, delaySeconds: delays.get(m.msgId) })) };
}

const job = (kind: SourceJob['kind'], sellerId: string): SourceJob => (kind === 'fan-out' ? { kind } : { kind, sellerId });
export const pollAccountHealthNow = (sellerId: string, attempts = 1) => runSourceJobs([job('account-health', sellerId)], attempts);
export const pollFinancesNow = (sellerId: string, attempts = 1) => runSourceJobs([job('finances', sellerId)], attempts);

export const sourceStatus = (sellerId: string) => sellerAccount(env, sellerId).amazonSourceStatus();

/** The seller's alerts as ops see them, oldest first. */
export async function alertsOf(sellerId: string): Promise<AlertRecord[]> {
  const res = await ops(`/sellers/${sellerId}/alerts?limit=100`);
  return ((await res.json()) as { alerts: AlertRecord[] }).alerts.reverse();
}

/** Waits until the seller has `count` alerts, each settled by the delivery queue. */
export async function settledAlertsOf(sellerId: string, count: number, timeoutMs = 15_000): Promise<AlertRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alerts = await alertsOf(sellerId);
    if (alerts.length >= count && alerts.every((a) => a.status !== 'queued')) return alerts;
    if (Date.now() > deadline) throw new Error(`seller has ${alerts.length} alert(s) (${alerts.map((a) => a.status).join(', ')}), expected ${count} settled`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const pollApi = (body: unknown, init: { token?: string | null; contentType?: string } = {}) =>
  ops('/sources/amazon/poll', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(init.token !== undefined ? { token: init.token } : {}),
    headers: { 'content-type': init.contentType ?? 'application/json' },
  });
