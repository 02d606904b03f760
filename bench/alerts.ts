/**
 * npm run bench:alerts [-- --alerts N --sellers S --failure-rate R]
 *
 * N alerts (default 10,000) through the whole path: POST /api/alerts in batches of 500 →
 * KV record → Queue → the Worker's queue consumer → push to a fake LINE API. Runs twice on
 * a real `wrangler dev` (workerd, local KV and Queues): once clean, once with a share of
 * pushes (default 20%) answered 500. Each run also resubmits its first batch with the same
 * idempotency keys, which must send nothing. Prints throughput and delivered / failed /
 * duplicate counts; a duplicate is a second successful push of one alert, counted both by
 * retry key and by the alert's own SKU inside the message.
 */
import { parseArgs } from 'node:util';
import { startDevWorker } from '../scripts/lib/wrangler-dev';
import type { RecordedCall } from '../src/dev/fake-line-api';
import type { AlertRecord } from '../src/store/alerts';
import { ALERT_TYPES } from '../content/alerts';
import { startFakeLineServer } from '../test/support/fake-line-server';

const { values } = parseArgs({
  options: {
    alerts: { type: 'string', default: '10000' },
    sellers: { type: 'string', default: '100' },
    'failure-rate': { type: 'string', default: '0.2' },
    port: { type: 'string', default: '8794' },
  },
});
const ALERTS = Number(values.alerts);
const SELLERS = Number(values.sellers);
const FAILURE_RATE = Number(values['failure-rate']);
const BATCH = 500;
const INTAKE_CONCURRENCY = 4;
const SETTLE_TIMEOUT_MS = 15 * 60_000;
// The dev environment's credentials (wrangler.toml [env.dev.vars]).
const OPS_TOKEN = 'dev-ops-token';
const ACCESS_TOKEN = 'dev-channel-access-token';

const fake = await startFakeLineServer(ACCESS_TOKEN);
const worker = await startDevWorker(Number(values.port), { LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.url });

const sellers = Array.from({ length: SELLERS }, (_, i) => ({ sellerId: `ABENCH${String(i).padStart(6, '0')}`, userId: `Ubench${String(i).padStart(6, '0')}` }));

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${worker.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${OPS_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as T };
}

interface RunResult {
  name: string;
  intakeSeconds: number;
  totalSeconds: number;
  delivered: number;
  failed: number;
  skipped: number;
  queued: number;
  duplicates: number;
  pushAttempts: number;
  injectedFaults: number;
  replays409: number;
}

/** Reads the fake's calls since the last read and folds them into per-alert counts. */
function pushTally() {
  let since = 0;
  const okByRetryKey = new Map<string, number>();
  const okBySku = new Map<string, number>();
  const kinds = new Map<string, number>();
  return {
    okByRetryKey,
    okBySku,
    kinds,
    async poll() {
      const res = await fetch(`${fake.url}/messages?since=${since}`);
      const { calls, seq } = (await res.json()) as { calls: RecordedCall[]; seq: number };
      since = seq;
      for (const call of calls) {
        const kind = `${call.kind}:${call.status}`;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (call.kind !== 'push' || call.status !== 200) continue;
        okByRetryKey.set(call.retryKey ?? '', (okByRetryKey.get(call.retryKey ?? '') ?? 0) + 1);
        const sku = JSON.stringify(call.body).match(/BENCH-[a-z]+-\d+/)?.[0] ?? '?';
        okBySku.set(sku, (okBySku.get(sku) ?? 0) + 1);
      }
    },
  };
}

async function run(name: string, tag: string, failureRate: number): Promise<RunResult> {
  await fetch(`${fake.url}/messages`, { method: 'DELETE' });
  if (failureRate > 0) {
    await fetch(`${fake.url}/control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [{ path: '/message/push', status: 500, rate: failureRate, count: -1 }] }),
    });
  }
  const alerts = Array.from({ length: ALERTS }, (_, i) => ({
    sellerId: sellers[i % SELLERS]!.sellerId,
    type: ALERT_TYPES[i % ALERT_TYPES.length]!,
    details: { sku: `BENCH-${tag}-${i}`, marketplace: 'Amazon.co.jp' },
    idempotencyKey: `bench-${tag}-${i}`,
  }));
  const batches = Array.from({ length: Math.ceil(ALERTS / BATCH) }, (_, b) => alerts.slice(b * BATCH, (b + 1) * BATCH));
  const ids: string[] = [];
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: INTAKE_CONCURRENCY }, async () => {
      while (next < batches.length) {
        const b = next++;
        const res = await api<{ alerts: { id: string }[] }>('POST', '/alerts', { alerts: batches[b] });
        if (res.status !== 202) throw new Error(`intake answered ${res.status}: ${JSON.stringify(res.json).slice(0, 300)}`);
        res.json.alerts.forEach((a, i) => (ids[b * BATCH + i] = a.id));
      }
    }),
  );
  const intakeSeconds = (performance.now() - t0) / 1000;

  // The same keys again: the same ids back, and nothing may be sent for them.
  const repeat = await api<{ alerts: { id: string }[] }>('POST', '/alerts', { alerts: batches[0] });
  if (repeat.json.alerts.some((a, i) => a.id !== ids[i])) throw new Error('a repeated idempotency key got a new id');

  const tally = pushTally();
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let lastLog = Date.now();
  while (tally.okByRetryKey.size < ALERTS && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    await tally.poll();
    if (Date.now() - lastLog > 10_000) {
      console.log(`  ${name}: ${tally.okByRetryKey.size}/${ALERTS} pushed after ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      lastLog = Date.now();
    }
  }

  // Outcomes as the Worker recorded them, through the ops API (seller histories).
  const wanted = new Set(ids);
  const statuses = new Map<string, AlertRecord['status']>();
  for (;;) {
    statuses.clear();
    await Promise.all(
      sellers.map(async ({ sellerId }) => {
        let cursor: string | undefined;
        do {
          const page = await api<{ alerts: AlertRecord[]; cursor?: string }>('GET', `/sellers/${sellerId}/alerts?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          for (const a of page.json.alerts) if (wanted.has(a.id)) statuses.set(a.id, a.status);
          cursor = page.json.cursor;
        } while (cursor);
      }),
    );
    const queued = [...statuses.values()].filter((s) => s === 'queued').length;
    if (queued === 0 || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const totalSeconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 1000));
  await tally.poll();

  const count = (s: AlertRecord['status']) => [...statuses.values()].filter((v) => v === s).length;
  const extra = (m: Map<string, number>) => [...m.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  return {
    name,
    intakeSeconds,
    totalSeconds,
    delivered: count('delivered'),
    failed: count('failed'),
    skipped: count('skipped'),
    queued: count('queued') + (ALERTS - statuses.size),
    duplicates: Math.max(extra(tally.okByRetryKey), extra(tally.okBySku)),
    pushAttempts: [...tally.kinds].filter(([k]) => k.startsWith('push') || k.startsWith('fault')).reduce((s, [, n]) => s + n, 0),
    injectedFaults: tally.kinds.get('fault:500') ?? 0,
    replays409: tally.kinds.get('push-duplicate:409') ?? 0,
  };
}

const results: RunResult[] = [];
try {
  for (let i = 0; i < sellers.length; i += 1000) {
    const res = await fetch(`${worker.url}/dev/alerts/links`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ links: sellers.slice(i, i + 1000) }) });
    if (!res.ok) throw new Error(`linking sellers failed: ${res.status} ${await res.text()}`);
  }
  results.push(await run('clean', 'clean', 0));
  results.push(await run(`${Math.round(FAILURE_RATE * 100)}% push failures`, 'faulty', FAILURE_RATE));
} finally {
  await worker.stop();
  fake.server.close();
}

console.log(`\nalert benchmark: ${ALERTS} alerts for ${SELLERS} linked sellers, intake in batches of ${BATCH}, wrangler dev (workerd, local KV + Queue), fake LINE API`);
console.log('run                  intake/s  end-to-end/s  delivered  failed  skipped  lost  duplicates  push calls  injected 500s  409 replays');
for (const r of results) {
  console.log(
    `${r.name.padEnd(20)} ${(ALERTS / r.intakeSeconds).toFixed(0).padStart(8)}  ${(ALERTS / r.totalSeconds).toFixed(0).padStart(12)}  ${String(r.delivered).padStart(9)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${String(r.queued).padStart(4)}  ${String(r.duplicates).padStart(10)}  ${String(r.pushAttempts).padStart(10)}  ${String(r.injectedFaults).padStart(13)}  ${String(r.replays409).padStart(11)}`,
  );
}
const ok = results.every((r) => r.delivered === ALERTS && r.duplicates === 0 && r.queued === 0);
console.log(ok ? `\nOK: every run delivered ${ALERTS} alerts with 0 duplicates` : '\nNOT OK: see the table');
process.exit(ok ? 0 : 1);
