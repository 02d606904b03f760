import { env } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AlertType } from '../../content/alerts';
import { newAlertId } from '../../src/alerts/alert-id';
import { toAlertMessage, type AlertMessage } from '../../src/alerts/alert-message';
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from '../../src/alerts/deliver';
import worker from '../../src/index';
import { retryKeyFor } from '../../src/line/retry-key';
import { createAlert, getAlert, putAlert, type AlertRecord } from '../../src/store/alerts';
import { callsFor, injectFaults, LATE_LANDING_MS, LATE_MS } from '../support/fake-line';
import { getRecord, linkedSeller, postAlerts, pushesByRetryKey, settled } from './support';

const QUEUE = 'seller-alerts';
const DLQ = 'seller-alerts-dlq';

async function storedAlerts(sellerId: string, count: number, type: AlertType = 'account-at-risk'): Promise<AlertMessage[]> {
  const createdAt = new Date().toISOString();
  const records: AlertRecord[] = Array.from({ length: count }, () => ({ id: newAlertId(), sellerId, type, status: 'queued', attempts: 0, createdAt, updatedAt: createdAt }));
  await Promise.all(records.map((r) => createAlert(env, r)));
  return records.map(toAlertMessage);
}

interface QueueRun {
  /** Queue attempts each alert got, by id. */
  attempts: Map<string, number>;
  /** How many times the consumer asked for a retry. */
  retries: number;
  deadLettered: string[];
}

/**
 * Drives the Worker's exported queue handler the way the Queue does: batches of 10, a
 * retried message comes back with attempts + 1, and after the last attempt it goes to the
 * dead-letter queue, whose batch the same handler gets. Retry delays are not waited
 * (cloudflare:test does not report them; the real-queue test below waits one out).
 */
async function runQueue(messages: AlertMessage[]): Promise<QueueRun> {
  const run: QueueRun = { attempts: new Map(), retries: 0, deadLettered: [] };
  let pending = messages.map((body) => ({ body, attempts: 1 }));
  const dead: AlertMessage[] = [];
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (let i = 0; i < pending.length; i += 10) {
      const slice = pending.slice(i, i + 10);
      const batch = createMessageBatch<AlertMessage>(QUEUE, slice.map((m) => ({ id: m.body.id, timestamp: new Date(), attempts: m.attempts, body: m.body })));
      const ctx = createExecutionContext();
      await worker.queue(batch as MessageBatch<unknown>, env);
      const result = await getQueueResult(batch, ctx);
      for (const m of slice) {
        run.attempts.set(m.body.id, m.attempts);
        if (!result.retryMessages.some((r) => r.msgId === m.body.id)) continue;
        run.retries++;
        if (m.attempts < MAX_DELIVERY_ATTEMPTS) next.push({ body: m.body, attempts: m.attempts + 1 });
        else dead.push(m.body);
      }
    }
    pending = next;
  }
  if (dead.length > 0) {
    const batch = createMessageBatch<AlertMessage>(DLQ, dead.map((body) => ({ id: body.id, timestamp: new Date(), attempts: 1, body })));
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<unknown>, env);
    await getQueueResult(batch, ctx);
    run.deadLettered = dead.map((d) => d.id);
  }
  return run;
}

const records = (messages: AlertMessage[]) => Promise.all(messages.map(async (m) => (await getAlert(env, m.id))!));

describe('delivery when LINE misbehaves', () => {
  it('rides out 429s within one attempt (LineClient retries) and pushes once', async () => {
    const { sellerId, userId } = await linkedSeller();
    const messages = await storedAlerts(sellerId, 1);
    await injectFaults([{ to: userId, path: '/message/push', status: 429, count: 2 }]);
    const run = await runQueue(messages);
    const [record] = await records(messages);
    expect(record).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(run.retries).toBe(0);
    expect((await callsFor(userId)).map((c) => `${c.kind}:${c.status}`)).toEqual(['fault:429', 'fault:429', 'push:200']);
  });

  it('counts the 409 after a timed-out push as delivered, never as a second push', async () => {
    const { sellerId, userId } = await linkedSeller();
    const messages = await storedAlerts(sellerId, 1);
    // LINE accepts the push but answers after our test timeout; the retry then gets 409.
    await injectFaults([{ to: userId, path: '/message/push', delayMs: LATE_MS, count: 1 }]);
    await runQueue(messages);
    const [record] = await records(messages);
    expect(record?.status).toBe('delivered');
    await new Promise((r) => setTimeout(r, LATE_LANDING_MS));
    const kinds = (await callsFor(userId)).map((c) => `${c.kind}:${c.status}`);
    expect(kinds).toContain('push-duplicate:409');
    expect([...(await pushesByRetryKey(userId)).values()].map((p) => p.length)).toEqual([1]);
  });

  it('retries through the queue with growing delays, then fails with LINE’s reason after the last attempt', { timeout: 40_000 }, async () => {
    const { sellerId, userId } = await linkedSeller();
    const messages = await storedAlerts(sellerId, 1);
    await injectFaults([{ to: userId, path: '/message/push', status: 500, count: -1 }]);
    const run = await runQueue(messages);
    const [record] = await records(messages);
    expect(record).toMatchObject({ status: 'failed', reason: '500 An error occurred in the internal server.', attempts: MAX_DELIVERY_ATTEMPTS });
    expect(record?.lastError).toBeUndefined();
    expect(run.retries).toBe(MAX_DELIVERY_ATTEMPTS - 1);
    expect(Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1))).toEqual([5, 15, 45, 135, 300]);
    expect(run.deadLettered).toEqual([]);
    expect(await pushesByRetryKey(userId)).toEqual(new Map());
  });

  it('fails at once on an error retrying cannot fix', async () => {
    const { sellerId, userId } = await linkedSeller();
    const messages = await storedAlerts(sellerId, 1);
    await injectFaults([{ to: userId, path: '/message/push', status: 400, count: 1 }]);
    const run = await runQueue(messages);
    const [record] = await records(messages);
    expect(record).toMatchObject({ status: 'failed', attempts: 1 });
    expect(record?.reason).toMatch(/^400 /);
    expect(run.retries).toBe(0);
  });

  it('settles every alert of a storm of 429, 500 and timeouts: none lost, none pushed twice', { timeout: 60_000 }, async () => {
    const { sellerId, userId } = await linkedSeller();
    const messages = await storedAlerts(sellerId, 30);
    await injectFaults([
      { to: userId, path: '/message/push', status: 429, count: 12 },
      { to: userId, path: '/message/push', status: 500, count: 12 },
      { to: userId, path: '/message/push', delayMs: LATE_MS, count: 6 },
    ]);
    await runQueue(messages);
    await new Promise((r) => setTimeout(r, LATE_LANDING_MS)); // let late answers of timed-out pushes land
    const settledRecords = await records(messages);
    expect(settledRecords.every((r) => r.status === 'delivered' || r.status === 'failed')).toBe(true);
    const pushes = await pushesByRetryKey(userId);
    for (const [key, sent] of pushes) expect(sent, key).toHaveLength(1);
    const delivered = settledRecords.filter((r) => r.status === 'delivered');
    expect(new Set(await Promise.all(delivered.map((r) => retryKeyFor(r.id))))).toEqual(new Set(pushes.keys()));
    expect(delivered.length).toBe(30);
  });

  it('settles a dead-lettered alert as failed with the last reason LINE gave', async () => {
    const { sellerId } = await linkedSeller();
    const [pending, done] = await storedAlerts(sellerId, 2);
    const stuck = (await getAlert(env, pending!.id))!;
    await putAlert(env, { ...stuck, attempts: 6, lastError: '429 The API rate limit has been exceeded. Try again later.' });
    await putAlert(env, { ...(await getAlert(env, done!.id))!, status: 'delivered', attempts: 1 });
    const batch = createMessageBatch<AlertMessage>(DLQ, [pending!, done!].map((body) => ({ id: body.id, timestamp: new Date(), attempts: 1, body })));
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<unknown>, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual([pending!.id, done!.id].sort());
    expect(await getAlert(env, pending!.id)).toMatchObject({ status: 'failed', reason: '429 The API rate limit has been exceeded. Try again later.', attempts: 6 });
    expect((await getAlert(env, done!.id))?.status).toBe('delivered');
  });

  it('acks a queue message that is not an alert instead of retrying it forever', async () => {
    const batch = createMessageBatch(QUEUE, [{ id: 'junk', timestamp: new Date(), attempts: 1, body: { hello: 'world' } }]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(['junk']);
    expect(result.retryMessages).toEqual([]);
  });

  it('retries through the real queue when LINE is down longer than LineClient waits', { timeout: 30_000 }, async () => {
    const { sellerId, userId } = await linkedSeller();
    // LineClient tries 4 times in one attempt; the 5th call succeeds on the queue's retry.
    await injectFaults([{ to: userId, path: '/message/push', status: 503, count: 4 }]);
    const { json } = await postAlerts({ sellerId, type: 'disbursement-failed', details: { amount: 123456, currency: 'JPY' } });
    const id = json.alerts![0]!.id;
    const [record] = await settled([id], 25_000);
    expect(record).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(record?.lastError).toBeUndefined();
    expect((await pushesByRetryKey(userId)).get(await retryKeyFor(id))).toHaveLength(1);
    expect((await getRecord(id)).status).toBe('delivered');
  });
});
