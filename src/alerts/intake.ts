import type { Env } from '../env';
import { createAlert, deleteAlert, getAlert, type AlertRecord, type AlertStatus } from '../store/alerts';
import { sellerAccount } from '../sellers/links';
import { alertIdFor, newAlertId } from './alert-id';
import { toAlertMessage } from './alert-message';
import type { AlertInput } from '../model/alert';
import type { FieldError } from '../model/field-error';

/** Queues.sendBatch takes at most 100 messages. */
const QUEUE_BATCH = 100;

export class QueueUnavailableError extends Error {
  constructor(readonly accepted: { id: string; status: AlertStatus }[], cause: unknown) {
    super(`alert queue refused the batch: ${String(cause)}`);
    this.name = 'QueueUnavailableError';
  }
}

/** An idempotency key sent again with a different alert: refused, never a silent reuse. */
export class IdempotencyConflictError extends Error {
  constructor(readonly conflicts: FieldError[]) {
    super(`idempotency key reused with a different payload: ${conflicts.map((c) => c.message).join('; ')}`);
    this.name = 'IdempotencyConflictError';
  }
}

/** What an idempotency key stands for: the alert's content, independent of key order. */
function payloadOf(input: AlertInput): string {
  const details = input.details ? Object.fromEntries(Object.entries(input.details).sort(([a], [b]) => a.localeCompare(b))) : null;
  return JSON.stringify([input.type, details]);
}

type Env_ = Pick<Env, 'KV' | 'ALERT_QUEUE' | 'SELLERS'>;

interface Planned {
  id: string;
  input: AlertInput;
  index: number;
}

const groupBySeller = <T extends { sellerId: string }>(items: T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.sellerId, [...(groups.get(item.sellerId) ?? []), item]);
  return groups;
};

/** Gives back the idempotency keys of alerts that were not stored or queued after all. */
async function releaseKeys(env: Env_, alerts: { id: string; sellerId: string; idempotencyKey?: string }[]): Promise<void> {
  const keyed = alerts.filter((a) => a.idempotencyKey);
  await Promise.all(
    [...groupBySeller(keyed)].map(([sellerId, items]) =>
      sellerAccount(env, sellerId).releaseIdempotencyKeys(items.map((a) => ({ key: a.idempotencyKey!, alertId: a.id }))),
    ),
  );
}

/**
 * Claims each keyed alert's idempotency key in its seller's object, one call per seller, so
 * two racing requests cannot both create it and a changed payload is caught. Returns the ids
 * that were claimed before (the same alert again); on any conflict nothing stays claimed.
 */
async function claimKeys(env: Env_, planned: Planned[], now: number): Promise<Set<string>> {
  const keyed = planned.filter((p) => p.input.idempotencyKey).map((p) => ({ ...p, sellerId: p.input.sellerId }));
  const claimed: Planned[] = [];
  const before = new Set<string>();
  const conflicts: FieldError[] = [];
  await Promise.all(
    [...groupBySeller(keyed)].map(async ([sellerId, items]) => {
      const claims = items.map((p) => ({ key: p.input.idempotencyKey!, payload: payloadOf(p.input), alertId: p.id }));
      const results = await sellerAccount(env, sellerId).claimIdempotencyKeys(claims, now);
      results.forEach((claim, i) => {
        const p = items[i]!;
        if (claim.result === 'new') claimed.push(p);
        else if (claim.result === 'same') before.add(p.id);
        else conflicts.push({ field: p.index >= 0 ? `alerts[${p.index}].idempotencyKey` : 'idempotencyKey', message: `key ${JSON.stringify(p.input.idempotencyKey)} was already used for a different alert (${claim.alertId})` });
      });
    }),
  );
  if (conflicts.length > 0) {
    await releaseKeys(env, claimed.map((p) => ({ id: p.id, ...p.input })));
    throw new IdempotencyConflictError(conflicts);
  }
  return before;
}

/**
 * Stores each new alert, then queues it. A known idempotency key returns the record it
 * made before and queues nothing, so it can never be pushed twice; the same key with a
 * different alert is refused as a whole (IdempotencyConflictError). If the queue refuses,
 * the records it did not take are removed again, so a retry with the same keys starts clean.
 * A record whose enqueue never happened (the Worker died in between) is found by the sweeper.
 */
export async function intakeAlerts(env: Env_, inputs: AlertInput[], now = Date.now(), options: { batch?: boolean } = {}): Promise<{ id: string; status: AlertStatus }[]> {
  const ids = await Promise.all(inputs.map((a) => (a.idempotencyKey ? alertIdFor(a.sellerId, a.idempotencyKey) : newAlertId())));
  const unique = new Map<string, Planned>();
  const conflicts: FieldError[] = [];
  inputs.forEach((input, i) => {
    const id = ids[i]!;
    const first = unique.get(id);
    if (!first) unique.set(id, { id, input, index: options.batch ? i : -1 });
    else if (payloadOf(first.input) !== payloadOf(input)) conflicts.push({ field: `alerts[${i}].idempotencyKey`, message: `key ${JSON.stringify(input.idempotencyKey)} is used for two different alerts in this request` });
  });
  if (conflicts.length > 0) throw new IdempotencyConflictError(conflicts);

  const claimedBefore = await claimKeys(env, [...unique.values()], now);
  const existing = new Map<string, AlertRecord>();
  await Promise.all(
    [...claimedBefore].map(async (id) => {
      // A key claimed by a request that died before storing its record: store it now.
      const record = await getAlert(env, id);
      if (record) existing.set(id, record);
    }),
  );

  const createdAt = new Date(now).toISOString();
  const fresh: AlertRecord[] = [...unique.values()]
    .filter(({ id }) => !existing.has(id))
    .map(({ id, input }) => ({ id, ...input, status: 'queued', attempts: 0, createdAt, updatedAt: createdAt }));
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
      await releaseKeys(env, refused);
      const accepted = [...new Set(ids)].filter((id) => !refusedIds.has(id)).map((id) => ({ id, status: statusOf(id) }));
      throw new QueueUnavailableError(accepted, err);
    }
  }
  return ids.map((id) => ({ id, status: statusOf(id) }));
}
