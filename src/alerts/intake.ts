import type { Env } from '../env';
import { createAlert, deleteAlert, getAlert, type AlertRecord, type AlertStatus } from '../store/alerts';
import { alertIdFor, newAlertId } from './alert-id';
import { toAlertMessage } from './alert-message';
import type { AlertInput } from './validate-intake';

/** Queues.sendBatch takes at most 100 messages. */
const QUEUE_BATCH = 100;

export class QueueUnavailableError extends Error {
  constructor(readonly accepted: { id: string; status: AlertStatus }[], cause: unknown) {
    super(`alert queue refused the batch: ${String(cause)}`);
    this.name = 'QueueUnavailableError';
  }
}

/**
 * Stores each new alert, then queues it. A known idempotency key returns the record it
 * made before and queues nothing, so it can never be pushed twice. If the queue refuses,
 * the records it did not take are removed again, so a retry with the same keys starts clean.
 */
export async function intakeAlerts(env: Pick<Env, 'KV' | 'ALERT_QUEUE'>, inputs: AlertInput[], now = Date.now()): Promise<{ id: string; status: AlertStatus }[]> {
  const ids = await Promise.all(inputs.map((a) => (a.idempotencyKey ? alertIdFor(a.sellerId, a.idempotencyKey) : newAlertId())));
  const unique = new Map<string, AlertInput>();
  inputs.forEach((input, i) => unique.has(ids[i]!) || unique.set(ids[i]!, input));

  const existing = new Map<string, AlertRecord>();
  await Promise.all(
    [...unique].map(async ([id, input]) => {
      const record = input.idempotencyKey ? await getAlert(env, id) : null;
      if (record) existing.set(id, record);
    }),
  );

  const createdAt = new Date(now).toISOString();
  const fresh: AlertRecord[] = [...unique]
    .filter(([id]) => !existing.has(id))
    .map(([id, input]) => ({ id, ...input, status: 'queued', attempts: 0, createdAt, updatedAt: createdAt }));
  await Promise.all(fresh.map((record) => createAlert(env, record)));

  const statusOf = (id: string) => existing.get(id)?.status ?? 'queued';
  for (let start = 0; start < fresh.length; start += QUEUE_BATCH) {
    const chunk = fresh.slice(start, start + QUEUE_BATCH);
    try {
      await env.ALERT_QUEUE.sendBatch(chunk.map((record) => ({ body: toAlertMessage(record), contentType: 'json' as const })));
    } catch (err) {
      const refused = fresh.slice(start);
      await Promise.all(refused.map((record) => deleteAlert(env, record)));
      const refusedIds = new Set(refused.map((r) => r.id));
      const accepted = [...new Set(ids)].filter((id) => !refusedIds.has(id)).map((id) => ({ id, status: statusOf(id) }));
      throw new QueueUnavailableError(accepted, err);
    }
  }
  return ids.map((id) => ({ id, status: statusOf(id) }));
}
