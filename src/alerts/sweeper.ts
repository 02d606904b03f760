import type { Env } from '../env';
import type { Logger } from '../log';
import { forgetPendingAlert, getAlert, isFinal, listPendingAlertIds, putAlert, settleAlert } from '../store/alerts';
import { toAlertMessage } from './alert-message';

/** An alert still `queued` this long after intake was probably never enqueued (the Worker died in between). */
export const SWEEP_AFTER_MS = 5 * 60 * 1000;
/** Requeues before an alert is given up as failed, so nothing stays `queued` forever. */
export const MAX_REQUEUES = 3;
const SWEEP_BATCH = 500;

/**
 * The Cron Trigger's half of the delivery guarantee: every alert accepted but not settled a
 * few minutes later is put on the queue again (delivery is idempotent: a settled record is
 * left alone and every push of an alert carries the same retry key), and after a few
 * requeues it is settled as failed.
 */
export async function sweepStuckAlerts(env: Pick<Env, 'KV' | 'ALERT_QUEUE'>, now: number, log: Logger): Promise<{ requeued: number; failed: number }> {
  const ids = await listPendingAlertIds(env, now - SWEEP_AFTER_MS, SWEEP_BATCH);
  let requeued = 0;
  let failed = 0;
  for (const id of ids) {
    const record = await getAlert(env, id);
    if (!record) continue;
    if (isFinal(record.status)) {
      await forgetPendingAlert(env, record);
      continue;
    }
    // Retries the queue still owns (a LINE failure being backed off) are not ours to repeat,
    // and an alert requeued a moment ago gets its chance first.
    if (record.lastError !== undefined || Date.parse(record.updatedAt) > now - SWEEP_AFTER_MS) continue;
    const updatedAt = new Date(now).toISOString();
    if ((record.requeued ?? 0) >= MAX_REQUEUES) {
      await settleAlert(env, { ...record, status: 'failed', reason: 'never handled by the delivery queue', updatedAt });
      failed++;
      continue;
    }
    await env.ALERT_QUEUE.send(toAlertMessage(record), { contentType: 'json' });
    await putAlert(env, { ...record, requeued: (record.requeued ?? 0) + 1, updatedAt });
    requeued++;
  }
  if (requeued > 0 || failed > 0) log.warn('swept alerts left queued', { requeued, failed });
  return { requeued, failed };
}
