import { env } from 'cloudflare:workers';
import type { messagingApi } from '@line/bot-sdk';
import { app } from '../../src/app';
import type { AlertRecord } from '../../src/store/alerts';
import { putLink } from '../../src/sellers/links';
import { callsFor } from '../support/fake-line';
import { newUserId, uniqueId } from '../support/webhook';

export const newSellerId = () => uniqueId('A').toUpperCase().replace(/[^A-Z0-9]/g, '');

/** A seller linked to a fresh LINE user, as the linking flow leaves it. */
export async function linkedSeller(options: { active?: boolean } = {}): Promise<{ sellerId: string; userId: string }> {
  const sellerId = newSellerId();
  const userId = newUserId();
  await putLink(env, { userId, sellerId, linkedAt: Date.now(), active: options.active ?? true, ...(options.active === false ? { deactivatedAt: Date.now() } : {}) });
  return { sellerId, userId };
}

export async function ops(path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = init.token === undefined ? env.OPS_API_TOKEN : init.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  return app.request(`/api${path}`, { ...init, headers }, env);
}

export async function postAlerts(body: unknown): Promise<{ status: number; json: { alerts?: { id: string; status: string }[]; error?: string; details?: unknown } }> {
  const res = await ops('/alerts', { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

export async function getRecord(id: string): Promise<AlertRecord> {
  const res = await ops(`/alerts/${id}`);
  if (res.status !== 200) throw new Error(`GET /api/alerts/${id} → ${res.status}`);
  return res.json();
}

/** Waits until the queue consumer has settled every one of these alerts. */
export async function settled(ids: string[], timeoutMs = 15_000): Promise<AlertRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const records = await Promise.all(ids.map(getRecord));
    if (records.every((r) => r.status !== 'queued')) return records;
    if (Date.now() > deadline) throw new Error(`still queued: ${records.filter((r) => r.status === 'queued').map((r) => r.id).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Successful pushes that reached this user, by retry key: more than one per key would be a duplicate. */
export async function pushesByRetryKey(userId: string): Promise<Map<string, messagingApi.Message[][]>> {
  const byKey = new Map<string, messagingApi.Message[][]>();
  for (const call of await callsFor(userId)) {
    if (call.kind !== 'push' || call.status !== 200) continue;
    const key = call.retryKey ?? 'none';
    byKey.set(key, [...(byKey.get(key) ?? []), (call.body as { messages: messagingApi.Message[] }).messages]);
  }
  return byKey;
}
