import { alertTypes } from '../../content/alerts';
import type { Env } from '../env';
import { createLineClient } from '../line/create-line-client';
import { LineApiError } from '../line/line-api-error';
import { retryKeyFor } from '../line/retry-key';
import type { Logger } from '../log';
import { alertCardMessage } from '../render/alert-card';
import { MessageGuardError } from '../line/message-guard';
import { maskSellerId, sellerAccount } from '../sellers/links';
import { getAlert, isFinal, putAlert, settleAlert, type AlertRecord, type SkipReason } from '../store/alerts';
import { recordFromMessage, type AlertMessage } from './alert-message';

/**
 * Queue attempts per alert. Keep equal to max_retries + 1 of the consumers in wrangler.toml:
 * the last attempt settles the alert itself, and the dead-letter consumer catches the rest.
 */
export const MAX_DELIVERY_ATTEMPTS = 6;

/** Waits between queue attempts (s): about eight minutes in all, on top of LineClient's quick retries. */
export const retryDelaySeconds = (attempt: number): number => Math.min(300, 5 * 3 ** Math.max(0, attempt - 1));

export type DeliveryOutcome = { kind: 'settled'; record: AlertRecord } | { kind: 'retry'; delaySeconds: number; record: AlertRecord };

const nowIso = () => new Date().toISOString();

/**
 * One delivery attempt of one alert: link → settings → render in the seller's language →
 * push with a retry key fixed per alert, so no attempt, however repeated, delivers twice.
 */
export async function deliverAlert(env: Env, message: AlertMessage, attempt: number, log: Logger): Promise<DeliveryOutcome> {
  const stored = await getAlert(env, message.id);
  const record: AlertRecord = { ...(stored ?? recordFromMessage(message)) };
  if (isFinal(record.status)) return { kind: 'settled', record };
  record.attempts = Math.max(record.attempts, attempt);

  const settle = async (change: Partial<AlertRecord>): Promise<DeliveryOutcome> => {
    const settled: AlertRecord = { ...record, ...change, updatedAt: nowIso() };
    delete settled.lastError;
    await settleAlert(env, settled);
    log.info('alert settled', { alert: record.id, seller: maskSellerId(record.sellerId), type: record.type, status: settled.status, reason: settled.reason, attempts: settled.attempts });
    return { kind: 'settled', record: settled };
  };
  const skip = (reason: SkipReason) => settle({ status: 'skipped', reason });

  // Owner, block and switch read in one step from the seller's object.
  const target = await sellerAccount(env, record.sellerId).deliveryTarget(alertTypes[record.type].switchId);
  if (!target.ok) return skip(target.reason);

  try {
    const line = createLineClient(env, log);
    await line.push(target.userId, [alertCardMessage(record, target.language)], await retryKeyFor(record.id));
    return settle({ status: 'delivered', language: target.language, deliveredAt: nowIso() });
  } catch (err) {
    if (err instanceof MessageGuardError) return settle({ status: 'failed', reason: err.message });
    if (!(err instanceof LineApiError)) throw err;
    if (!err.retryable || attempt >= MAX_DELIVERY_ATTEMPTS) return settle({ status: 'failed', reason: err.reason });
    const pending: AlertRecord = { ...record, lastError: err.reason, updatedAt: nowIso() };
    await putAlert(env, pending);
    return { kind: 'retry', delaySeconds: retryDelaySeconds(attempt), record: pending };
  }
}

/**
 * A message the queue gave up on (the consumer kept failing). Its alert is settled as
 * failed with the last reason LINE gave, so nothing stays "queued" forever.
 */
export async function failDeadLettered(env: Env, message: AlertMessage, log: Logger): Promise<AlertRecord> {
  const record = (await getAlert(env, message.id)) ?? recordFromMessage(message);
  if (isFinal(record.status)) return record;
  const failed: AlertRecord = { ...record, status: 'failed', reason: record.lastError ?? 'delivery did not complete', updatedAt: nowIso() };
  delete failed.lastError;
  await settleAlert(env, failed);
  log.warn('alert dead-lettered', { alert: record.id, seller: maskSellerId(record.sellerId), reason: failed.reason, attempts: failed.attempts });
  return failed;
}
