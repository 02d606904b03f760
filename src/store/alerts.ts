import { FINAL_STATUSES, type AlertRecord, type AlertStatus } from '../model/alert';
import type { Env } from '../env';

export type { AlertRecord, AlertStatus, SkipReason } from '../model/alert';

/**
 * Alert records and each seller's history index in KV.
 * `alert:<id>` → AlertRecord; `alert-index:<sellerId>:<inverted time>:<id>` → "" so that a
 * prefix listing returns a seller's alerts newest first and pages with KV's own cursor.
 */
const recordKey = (id: string) => `alert:${id}`;
/** `alert-pending:<created ms>:<id>`: alerts not settled yet, oldest first, for the sweeper. */
const PENDING_PREFIX = 'alert-pending:';
const pendingKey = (record: Pick<AlertRecord, 'createdAt' | 'id'>) => `${PENDING_PREFIX}${String(Date.parse(record.createdAt)).padStart(13, '0')}:${record.id}`;
const indexPrefix = (sellerId: string) => `alert-index:${sellerId}:`;
// Far enough in the future that the inverted time stays 13 digits and sorts as text.
const TIME_CEILING = 9_999_999_999_999;
const indexKey = (record: Pick<AlertRecord, 'sellerId' | 'createdAt' | 'id'>) =>
  `${indexPrefix(record.sellerId)}${String(TIME_CEILING - Date.parse(record.createdAt)).padStart(13, '0')}:${record.id}`;

export const isFinal = (status: AlertStatus): boolean => FINAL_STATUSES.includes(status);

export async function getAlert(env: Pick<Env, 'KV'>, id: string): Promise<AlertRecord | null> {
  return env.KV.get<AlertRecord>(recordKey(id), 'json');
}

export async function putAlert(env: Pick<Env, 'KV'>, record: AlertRecord): Promise<void> {
  await env.KV.put(recordKey(record.id), JSON.stringify(record));
}

/** A new record, its place in the seller's history and in the list of alerts not settled yet. */
export async function createAlert(env: Pick<Env, 'KV'>, record: AlertRecord): Promise<void> {
  await Promise.all([putAlert(env, record), env.KV.put(indexKey(record), ''), env.KV.put(pendingKey(record), '')]);
}

/** Undoes createAlert for a record that never reached the queue. */
export async function deleteAlert(env: Pick<Env, 'KV'>, record: AlertRecord): Promise<void> {
  await Promise.all([env.KV.delete(recordKey(record.id)), env.KV.delete(indexKey(record)), env.KV.delete(pendingKey(record))]);
}

/** Writes a final outcome and takes the alert off the sweeper's list. */
export async function settleAlert(env: Pick<Env, 'KV'>, record: AlertRecord): Promise<void> {
  await putAlert(env, record);
  await env.KV.delete(pendingKey(record));
}

/** Ids of alerts created before `before` that are not settled yet, oldest first. */
export async function listPendingAlertIds(env: Pick<Env, 'KV'>, before: number, limit: number): Promise<string[]> {
  const page = await env.KV.list({ prefix: PENDING_PREFIX, limit });
  return page.keys
    .map((k) => k.name.slice(PENDING_PREFIX.length).split(':'))
    .filter(([created]) => Number(created) < before)
    .map(([, id]) => id!);
}

/** Drops a stale sweeper entry (the record was settled or is gone). */
export const forgetPendingAlert = (env: Pick<Env, 'KV'>, record: Pick<AlertRecord, 'createdAt' | 'id'>) => env.KV.delete(pendingKey(record));

export interface AlertPage {
  alerts: AlertRecord[];
  cursor?: string;
}

/** A seller's alerts, newest first; pass the returned cursor for the next page. */
export async function listSellerAlerts(env: Pick<Env, 'KV'>, sellerId: string, options: { limit: number; cursor?: string }): Promise<AlertPage> {
  const page = await env.KV.list({ prefix: indexPrefix(sellerId), limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
  const ids = [...new Set(page.keys.map((k) => k.name.slice(k.name.lastIndexOf(':') + 1)))];
  const records = await Promise.all(ids.map((id) => getAlert(env, id)));
  return {
    alerts: records.filter((r): r is AlertRecord => r !== null),
    ...(page.list_complete ? {} : { cursor: page.cursor }),
  };
}
