/**
 * npm run bench:sources [-- --sellers 100 --notifications 1000 --throttle-rate 0.2 --port 8795]
 *
 * The Amazon alert sources on a real `wrangler dev` (workerd, local KV, Durable Objects and
 * Queues), against the dev fake Amazon (Seller Central, LWA, SP-API under /dev) and a fake
 * LINE API served from Node that counts pushes.
 *
 * 0. Links every seller through the production path: link.start in the chat, /link, the
 *    fake consent page, /link/callback (code exchange and SP-API identity check), and LINE's
 *    accountLink event. Each seller's refresh token is stored encrypted, as in production.
 * 1. Notifications: 10 per seller to POST /sources/amazon/events, each seller's in order,
 *    20 sellers at a time: account status changes, listing changes (merged per seller in a
 *    window, shortened here to AMAZON_LISTING_WINDOW_MS=10 s), 10% resent duplicates (half
 *    while their change still sits in the window) and 5% malformed. Until every alert is
 *    delivered; the expected alerts are worked out with the same pure rules the Worker uses.
 * 2. One poll of every seller (POST /api/sources/amazon/poll {}): performance reports (some
 *    GZIP, some still being made) and payouts, with a fifth of the SP-API calls answered 429,
 *    then a second poll without faults that must create nothing.
 *
 * Throttling: the fake answers a throttled call the way Amazon does, with its usage plan in
 * x-amzn-RateLimit-Limit; for createReport and getReportDocument that is one call a minute,
 * so the job honours it by coming back 60 s later instead of holding the Worker. Every fifth
 * call of each SP-API operation is answered 429 until 20 (40 for createReport/getReport,
 * which share a path) have been, i.e. one throttled round: a realistic share that keeps the
 * run to a few minutes instead of compounding 60-s waits.
 */
import { parseArgs } from 'node:util';
import { accountStatusChanged, amazonEvent, listingIssuesChange, listingStatusChange } from '../test/support/amazon-notifications';
import { startFakeLineServer } from '../test/support/fake-line-server';
import { startDevWorker } from '../scripts/lib/wrangler-dev';
import { parseAmazonEvent, sellerOf, type KnownNotification } from '../src/amazon/notifications';
import { notificationOutcome } from '../src/amazon/notification-alerts';
import { mergeListingChanges, type ListingChange } from '../src/amazon/listing-alerts';
import type { AmazonSellerState } from '../src/amazon/seller-state';
import { signLineBody } from '../src/line/signature';
import type { RecordedCall } from '../src/dev/fake-line-api';
import type { FakeCall } from '../src/dev/fake-amazon/state';
import type { AlertRecord } from '../src/store/alerts';
import { encodePostback } from '../src/render/postback';

const { values } = parseArgs({
  options: {
    sellers: { type: 'string', default: '100' },
    notifications: { type: 'string', default: '1000' },
    'throttle-rate': { type: 'string', default: '0.2' },
    port: { type: 'string', default: '8795' },
  },
});
const SELLERS = Number(values.sellers);
const PER_SELLER = Math.round(Number(values.notifications) / SELLERS);
const THROTTLE = Number(values['throttle-rate']);
const WINDOW_MS = 10_000;
const TIMEOUT_MS = 10 * 60_000;
// The dev environment's credentials (wrangler.toml [env.dev.vars]).
const OPS = 'dev-ops-token';
const EVENTS = 'dev-amazon-events-token';
const CHANNEL_SECRET = 'dev-channel-secret';

const fakeLine = await startFakeLineServer('dev-channel-access-token');
const port = Number(values.port);
const worker = await startDevWorker(port, {
  LINE_API_BASE_URL: fakeLine.url,
  LINE_DATA_API_BASE_URL: fakeLine.url,
  SPAPI_ENDPOINT: `http://127.0.0.1:${port}/dev/sp-api`,
  AMAZON_LISTING_WINDOW_MS: String(WINDOW_MS),
});
const base = worker.url;
const control = `${base}/dev/seller-central/control`;

const sellers = Array.from({ length: SELLERS }, (_, i) => ({ sellerId: `ABENCHSRC${String(i).padStart(5, '0')}`, userId: `Ubenchsrc${String(i).padStart(5, '0')}` }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: number) => (performance.now() - since) / 1000;

async function json<T>(res: Response): Promise<T> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${res.url} answered ${res.status}: ${text.slice(0, 200)}`);
  }
}

async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await run(items[next++]!);
  }));
}

// ------------------------------------------------------------------ LINE side

async function lineCalls(userId?: string): Promise<RecordedCall[]> {
  return (await json<{ calls: RecordedCall[] }>(await fetch(`${fakeLine.url}/messages${userId ? `?to=${userId}` : ''}`))).calls;
}

async function postWebhook(events: unknown[]): Promise<void> {
  const raw = JSON.stringify({ destination: 'Ubench', events });
  const res = await fetch(`${base}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(CHANNEL_SECRET, raw) }, body: raw });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
}

const eventBase = (userId: string, id: string) => ({ mode: 'active', timestamp: Date.now(), source: { type: 'user', userId }, webhookEventId: id, deliveryContext: { isRedelivery: false } });

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** The whole link of one seller, as a seller does it (the LINE dialog's event is posted directly). */
async function link({ sellerId, userId }: { sellerId: string; userId: string }): Promise<void> {
  await postWebhook([{ ...eventBase(userId, `01LINK${userId}`), type: 'postback', replyToken: `${userId}.start`, postback: { data: encodePostback({ a: 'intent', id: 'link.start' }) } }]);
  const linkUrl = await waitFor(`the link button for ${userId}`, async () => JSON.stringify(await lineCalls(userId)).match(/https?:\/\/[^"]+\/link\?linkToken=[^"]+/)?.[0]);
  const start = await fetch(linkUrl, { redirect: 'manual' });
  const consentPage = new URL(start.headers.get('location') ?? '');
  const form = new URLSearchParams({ application_id: consentPage.searchParams.get('application_id')!, state: consentPage.searchParams.get('state')!, redirect_uri: consentPage.searchParams.get('redirect_uri')!, seller_id: sellerId });
  const consent = await fetch(`${consentPage.origin}${consentPage.pathname}`, { method: 'POST', body: form, redirect: 'manual' });
  const callback = await fetch(consent.headers.get('location') ?? '', { redirect: 'manual' });
  const nonce = new URL(callback.headers.get('location') ?? '').searchParams.get('nonce');
  if (!nonce) throw new Error(`linking ${sellerId} got no nonce (callback ${callback.status})`);
  await postWebhook([{ ...eventBase(userId, `01ACCT${userId}`), type: 'accountLink', replyToken: `${userId}.linked`, link: { result: 'ok', nonce } }]);
  await waitFor(`the link of ${userId}`, async () => ((await lineCalls(userId)).some((c) => c.kind === 'reply' && JSON.stringify(c.body).includes('連携済み')) ? true : undefined));
}

// ------------------------------------------------------------------ counting alerts

async function alertsOf(sellerId: string): Promise<AlertRecord[]> {
  const res = await fetch(`${base}/api/sellers/${sellerId}/alerts?limit=100`, { headers: { authorization: `Bearer ${OPS}` } });
  return (await json<{ alerts: AlertRecord[] }>(res)).alerts;
}

async function allAlerts(): Promise<AlertRecord[]> {
  const out: AlertRecord[] = [];
  await pool(sellers, 10, async ({ sellerId }) => void out.push(...(await alertsOf(sellerId))));
  return out;
}

/** Successful pushes per retry key (one key per alert): more than one would be a duplicate delivery. */
async function pushes(): Promise<Map<string, number>> {
  const byKey = new Map<string, number>();
  for (const call of await lineCalls()) if (call.kind === 'push' && call.status === 200) byKey.set(call.retryKey ?? '', (byKey.get(call.retryKey ?? '') ?? 0) + 1);
  return byKey;
}

async function waitForDelivered(expected: number, since: number): Promise<{ seconds: number; records: AlertRecord[] }> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const records = await allAlerts();
    const settled = records.filter((r) => r.status !== 'queued');
    if (records.length >= expected && settled.length === records.length) return { seconds: seconds(since), records };
    if (Date.now() > deadline) throw new Error(`only ${settled.length} of ${expected} alerts settled`);
    await sleep(500);
  }
}

// ------------------------------------------------------------------ 1. notifications

type Sent = { kind: 'new' | 'duplicate' | 'malformed'; body: unknown };

function sellerNotifications(sellerId: string, index: number): Sent[] {
  const n = (d: Record<string, unknown>): Sent => ({ kind: 'new', body: amazonEvent(d) });
  const at = (minute: number) => ({ eventTime: `2026-02-05T10:${String(minute).padStart(2, '0')}:00Z` });
  const unique = [
    n(accountStatusChanged(sellerId, 'NORMAL', 'AT_RISK')),
    n(listingStatusChange(sellerId, ['DISCOVERABLE'], { sku: 'SKU-A', ...at(1) })),
    n(listingIssuesChange(sellerId, { Sku: 'SKU-B', Severities: ['ERROR'], EnforcementActions: ['SEARCH_SUPPRESSED'] }, at(2))),
    n(accountStatusChanged(sellerId, 'AT_RISK', 'NORMAL')),
    n(listingIssuesChange(sellerId, { Sku: 'SKU-C', Severities: ['ERROR'], EnforcementActions: ['LISTING_SUPPRESSED'] }, at(4))),
    n(accountStatusChanged(sellerId, 'NORMAL', 'DEACTIVATED')),
    n(listingStatusChange(sellerId, ['BUYABLE', 'DISCOVERABLE'], { sku: 'SKU-A', ...at(6) })),
    n(accountStatusChanged(sellerId, 'DEACTIVATED', 'NORMAL')),
    n(listingStatusChange(sellerId, ['DISCOVERABLE'], { sku: 'SKU-D', ...at(8) })),
  ];
  // One duplicate per seller (10%): a listing change still in its window, or an account change already alerted.
  const duplicate: Sent = { kind: 'duplicate', body: unique[index % 2 === 0 ? 2 : 0]!.body };
  // Every other seller sends one malformed event instead of its last change (5%).
  const malformed: Sent[] = [
    { kind: 'malformed', body: amazonEvent({ ...accountStatusChanged(sellerId, 'NORMAL', 'AT_RISK'), NotificationMetadata: undefined }) },
    { kind: 'malformed', body: amazonEvent(accountStatusChanged(sellerId, 'NORMAL', 'SUSPENDED_MAYBE')) },
    { kind: 'malformed', body: amazonEvent(listingIssuesChange(sellerId, { Sku: '', Severities: ['ERROR'] })) },
    { kind: 'malformed', body: { detail: 'not a notification' } },
  ];
  const list = [...unique.slice(0, 6), duplicate, ...unique.slice(6, 8), index % 2 === 0 ? malformed[(index / 2) % malformed.length]! : unique[8]!];
  return list.slice(0, PER_SELLER);
}

/** The alerts the Worker must create for these notifications, by the same pure rules, one listing window per seller. */
function expectedAlerts(perSeller: Sent[][]): number {
  let total = 0;
  for (const requests of perSeller) {
    let state: AmazonSellerState = {};
    const changes: ListingChange[] = [];
    for (const request of requests.filter((r) => r.kind === 'new')) {
      const event = parseAmazonEvent(request.body);
      if (event.kind === 'malformed' || event.kind === 'unknown') continue;
      const outcome = notificationOutcome(event as KnownNotification, state);
      state = outcome.state;
      total += outcome.alerts.length;
      changes.push(...outcome.listingChanges);
    }
    const first = requests.find((r) => r.kind === 'new');
    if (first && mergeListingChanges(sellerOf(parseAmazonEvent(first.body) as KnownNotification), changes)) total++;
  }
  return total;
}

async function runNotifications() {
  const perSeller = sellers.map(({ sellerId }, i) => sellerNotifications(sellerId, i));
  const expected = expectedAlerts(perSeller);
  const answers = new Map<string, number>();
  const count = (key: string) => answers.set(key, (answers.get(key) ?? 0) + 1);
  const latencies: number[] = [];
  const t0 = performance.now();
  await pool(perSeller, 20, async (requests) => {
    for (const request of requests) {
      const sentAt = performance.now();
      const res = await fetch(`${base}/sources/amazon/events`, { method: 'POST', headers: { authorization: `Bearer ${EVENTS}`, 'content-type': 'application/json' }, body: JSON.stringify(request.body) });
      const body = await json<{ status?: string; error?: string }>(res);
      latencies.push(performance.now() - sentAt);
      count(`${request.kind}→${res.status} ${body.status ?? body.error}`);
    }
  });
  const intakeSeconds = seconds(t0);
  const sent = perSeller.flat().length;
  const delivered = await waitForDelivered(expected, t0);
  await sleep(2000);
  const after = await allAlerts();
  const byKey = await pushes();
  latencies.sort((a, b) => a - b);
  const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    sent,
    intakeSeconds,
    latency: { p50: quantile(0.5), p99: quantile(0.99), max: latencies.at(-1)! },
    expected,
    created: after.length,
    delivered: after.filter((r) => r.status === 'delivered').length,
    endToEndSeconds: delivered.seconds,
    answers,
    duplicatePushes: [...byKey.values()].reduce((s, n) => s + Math.max(0, n - 1), 0),
    byType: Object.entries(after.reduce<Record<string, number>>((m, r) => ((m[r.type] = (m[r.type] ?? 0) + 1), m), {})),
  };
}

// ------------------------------------------------------------------ 2. polls

async function controlCall(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${control}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!res.ok) throw new Error(`fake Amazon control ${path} answered ${res.status}`);
  return res.json();
}

let callsSeen = 0;
async function amazonCallsSince(): Promise<FakeCall[]> {
  const { calls } = (await controlCall('GET', `/calls?since=${callsSeen}`)) as { calls: FakeCall[] };
  if (calls.length > 0) callsSeen = calls.at(-1)!.seq;
  return calls;
}

/** Polls every seller once through the ops API and waits until each report was read and each payout list fetched. */
async function pollAll(expectedTotal: number) {
  await amazonCallsSince();
  const calls: FakeCall[] = [];
  const t0 = performance.now();
  const res = await fetch(`${base}/api/sources/amazon/poll`, { method: 'POST', headers: { authorization: `Bearer ${OPS}`, 'content-type': 'application/json' }, body: '{}' });
  if (res.status !== 202) throw new Error(`poll answered ${res.status}`);
  const done = (path: string) => new Set(calls.filter((c) => c.path.includes(path) && c.status === 200).map((c) => c.sellerId));
  const deadline = Date.now() + TIMEOUT_MS;
  let lastLog = Date.now();
  for (;;) {
    calls.push(...(await amazonCallsSince()));
    const reports = done('/report-documents/').size;
    const finances = done('/finances/').size;
    if (reports >= SELLERS && finances >= SELLERS) break;
    if (Date.now() > deadline) throw new Error(`poll did not finish: ${reports} reports, ${finances} payout lists`);
    if (Date.now() - lastLog > 15_000) {
      console.log(`  poll: ${reports}/${SELLERS} reports read, ${finances}/${SELLERS} payout lists after ${seconds(t0).toFixed(0)} s`);
      lastLog = Date.now();
    }
    await sleep(500);
  }
  const polledSeconds = seconds(t0);
  const delivered = await waitForDelivered(expectedTotal, t0);
  const spApi = calls.filter((c) => !c.path.includes('/auth/o2/token'));
  return {
    polledSeconds,
    wallSeconds: delivered.seconds,
    records: delivered.records,
    spApiCalls: spApi.length,
    throttled: spApi.filter((c) => c.status === 429).length,
    throttledSlow: spApi.filter((c) => c.status === 429 && (/\/reports$/.test(c.path) || c.path.includes('/documents/'))).length,
    requeuedWhileMade: sellers.reduce((sum, { sellerId }) => {
      // getReport answers before the seller's first document request, less the one that said DONE.
      const mine = spApi.filter((c) => c.sellerId === sellerId);
      const firstDocument = mine.findIndex((c) => c.path.includes('/documents/'));
      return sum + Math.max(0, mine.slice(0, firstDocument < 0 ? mine.length : firstDocument).filter((c) => c.method === 'GET' && /\/reports\/[^/]+$/.test(c.path) && c.status === 200).length - 1);
    }, 0),
  };
}

async function runPolls(alertsBefore: number) {
  // Account health and payouts per seller: a quarter late shipments, a quarter tracking, a tenth
  // AT_RISK, a fifth failed payouts; half the documents GZIP, a tenth still being made for 5 s.
  let expectedNew = 0;
  await pool(sellers.map((s, i) => ({ ...s, i })), 10, async ({ sellerId, i }) => {
    const health: Record<string, unknown> = {};
    if (i % 4 === 0) health.lateShipmentRate = { rate: 0.065, targetValue: 0.04, targetCondition: 'LESS_THAN' };
    if (i % 4 === 1) health.validTrackingRate = { rate: 0.92, targetValue: 0.95, targetCondition: 'GREATER_THAN' };
    if (i % 10 === 2) health.accountStatus = 'AT_RISK';
    expectedNew += (i % 4 === 0 ? 1 : 0) + (i % 4 === 1 ? 1 : 0) + (i % 10 === 2 ? 1 : 0) + (i % 5 === 3 ? 1 : 0);
    await controlCall('PUT', `/sellers/${sellerId}/account-health`, health);
    await controlCall('PUT', `/sellers/${sellerId}/reports`, { gzip: i % 2 === 0, processingDelayMs: i % 10 === 5 ? 5000 : 0 });
    if (i % 5 === 3) await controlCall('POST', `/sellers/${sellerId}/financial-event-groups`, { amount: 10_000 + i, FundTransferStatus: 'Failed' });
  });
  const cap = Math.round(SELLERS * THROTTLE);
  await controlCall('POST', '/faults', {
    faults: [
      { path: '/reports/2021-06-30/reports', status: 429, rate: THROTTLE, count: 2 * cap },
      { path: '/reports/2021-06-30/documents/', status: 429, rate: THROTTLE, count: cap },
      { path: '/finances/', status: 429, rate: THROTTLE, count: cap },
    ],
  });
  const first = await pollAll(alertsBefore + expectedNew);
  await controlCall('DELETE', '/faults');
  const second = await pollAll(alertsBefore + expectedNew);
  await sleep(3000);
  const final = await allAlerts();
  const byKey = await pushes();
  const perSellerType = new Map<string, number>();
  for (const r of first.records.filter((r) => r.idempotencyKey?.startsWith('spapi-') && !r.idempotencyKey.startsWith('spapi-notification:'))) {
    perSellerType.set(`${r.sellerId} ${r.type}`, (perSellerType.get(`${r.sellerId} ${r.type}`) ?? 0) + 1);
  }
  return {
    expectedNew,
    created: first.records.length - alertsBefore,
    createdBySecondPoll: final.length - first.records.length,
    twiceForOneCondition: [...perSellerType.values()].filter((n) => n > 1).length,
    duplicatePushes: [...byKey.values()].reduce((s, n) => s + Math.max(0, n - 1), 0),
    first,
    second,
  };
}

// ------------------------------------------------------------------ run

try {
  const tLink = performance.now();
  await pool(sellers, 10, link);
  console.log(`linked ${SELLERS} sellers through the consent flow in ${seconds(tLink).toFixed(1)} s`);

  const n = await runNotifications();
  console.log(`\n1. notifications: ${n.sent} for ${SELLERS} sellers (each seller's in order, 20 sellers at a time), listing window ${WINDOW_MS / 1000} s`);
  console.log(`   answers: ${[...n.answers].sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  console.log(`   intake: ${(n.sent / n.intakeSeconds).toFixed(0)} notifications/s (${n.intakeSeconds.toFixed(1)} s for ${n.sent}); answered in p50 ${n.latency.p50.toFixed(0)} ms, p99 ${n.latency.p99.toFixed(0)} ms, slowest ${n.latency.max.toFixed(0)} ms (EventBridge allows 5 s)`);
  console.log(`   alerts: ${n.created} created (expected ${n.expected}: ${n.byType.map(([t, c]) => `${t} ${c}`).join(', ')}), ${n.delivered} delivered, ${n.duplicatePushes} pushed twice`);
  console.log(`   end to end: every alert delivered ${n.endToEndSeconds.toFixed(1)} s after the first notification (listing alerts wait out the ${WINDOW_MS / 1000}-s window)`);

  const p = await runPolls(n.created);
  console.log(`\n2. poll of ${SELLERS} sellers (account health + payouts), ${Math.round(THROTTLE * 100)}% of SP-API calls answered 429 in the first round`);
  console.log(`   first poll: ${p.created} alerts created (expected ${p.expectedNew}), ${p.first.spApiCalls} SP-API calls, ${p.first.throttled} answered 429 (${p.first.throttledSlow} of them with a 60-s usage plan → job requeued), ${p.first.requeuedWhileMade} report checks found it still being made (job requeued 15 s)`);
  console.log(`   wall time: every report read and payout list fetched ${p.first.polledSeconds.toFixed(1)} s after the poll request, every alert delivered ${p.first.wallSeconds.toFixed(1)} s`);
  console.log(`   second poll (no faults): ${p.createdBySecondPoll} alerts created, ${p.second.spApiCalls} SP-API calls, done in ${p.second.polledSeconds.toFixed(1)} s`);
  console.log(`   none twice: ${p.twiceForOneCondition} conditions alerted twice, ${p.duplicatePushes} pushes repeated`);
  const ok = n.created === n.expected && n.duplicatePushes === 0 && p.created === p.expectedNew && p.createdBySecondPoll === 0 && p.twiceForOneCondition === 0 && p.duplicatePushes === 0;
  console.log(ok ? '\nOK' : '\nNOT OK: see above');
  process.exitCode = ok ? 0 : 1;
} finally {
  await worker.stop();
  fakeLine.server.close();
}
