/**
 * npm run bench:webhook [-- --events N --concurrency C]
 * npm run bench:webhook -- --burst [--users 10 --taps 30]
 *
 * --burst: every user taps a button `taps` times, all at once (one webhook call per tap), then
 * LINE redelivers a third of them; then three 100-event bodies. Prints the webhook answers by
 * status, the median and slowest answer, and whether every event was answered exactly once.
 *
 * Events per second and workerd CPU microseconds per event for a signed text-message event
 * through the whole app (signature, Durable Object, dedupe, routing, reply through the LINE
 * client), side by side with a minimal Worker that only checks the signature and replies.
 * Both run in `wrangler dev` (workerd) against the same fake LINE API served from this
 * process. Then the deployable bundle size from `wrangler deploy --dry-run --minify`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signLineBody } from '../src/line/signature';
import { startWrangler, QUIET_WRANGLER, type RunningWorker } from '../scripts/lib/wrangler-dev';
import { startFakeLineServer } from '../test/support/fake-line-server';
import { workerdCpuSeconds } from './lib/process-cpu';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '16' },
    text: { type: 'string', default: 'どの端末で通知を受け取れますか' },
    burst: { type: 'boolean', default: false },
    users: { type: 'string', default: '10' },
    taps: { type: 'string', default: '30' },
  },
});
const EVENTS = Number(values.events);
const CONCURRENCY = Number(values.concurrency);
const SECRET = 'bench-channel-secret';
const TOKEN = 'bench-access-token';
const USERS = Array.from({ length: 64 }, (_, i) => `Ubench${i.toString().padStart(4, '0')}${Math.random().toString(36).slice(2, 8)}`);

let seq = 0;
async function postTextEvent(url: string): Promise<number> {
  const n = seq++;
  const userId = USERS[n % USERS.length]!;
  const raw = JSON.stringify({
    destination: 'Ubench',
    events: [
      {
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        source: { type: 'user', userId },
        webhookEventId: `01BENCH${n}${Math.random().toString(36).slice(2)}`,
        deliveryContext: { isRedelivery: false },
        replyToken: `${userId}.${n}`,
        message: { type: 'text', id: String(n), quoteToken: `q${n}`, text: values.text },
      },
    ],
  });
  const res = await fetch(`${url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(SECRET, raw) }, body: raw });
  await res.arrayBuffer();
  return res.status;
}

async function drive(worker: RunningWorker, count: number): Promise<{ seconds: number; cpuSeconds: number; failures: number }> {
  let next = 0;
  let failures = 0;
  const cpu0 = workerdCpuSeconds(worker.pid);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        if ((await postTextEvent(worker.url)) !== 200) failures++;
      }
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: workerdCpuSeconds(worker.pid) - cpu0, failures };
}

async function measure(name: string, worker: RunningWorker) {
  await drive(worker, Math.min(300, EVENTS)); // warm-up: isolates, Durable Objects, JIT
  const r = await drive(worker, EVENTS);
  return { name, eventsPerSecond: EVENTS / r.seconds, cpuMicrosPerEvent: (r.cpuSeconds * 1e6) / EVENTS, failures: r.failures };
}

function bundleSize(): string {
  const out = execFileSync('npx', ['wrangler', 'deploy', '--env=', '--dry-run', '--minify', '--outdir', mkdtempSync(join(tmpdir(), 'bundle-'))], {
    env: { ...process.env, ...QUIET_WRANGLER },
    encoding: 'utf8',
  });
  return out.match(/Total Upload:[^\n]*/)?.[0] ?? out;
}

function tapEvent(userId: string, n: number) {
  return {
    type: 'postback',
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId: `01BURST${n}${Math.random().toString(36).slice(2, 10)}`,
    deliveryContext: { isRedelivery: false },
    replyToken: `${userId}.${n}`,
    postback: { data: 'v=1&a=intent&id=menu.help' },
  };
}

async function postBody(url: string, events: unknown[]): Promise<{ status: number; ms: number }> {
  const raw = JSON.stringify({ destination: 'Ubench', events });
  const t0 = performance.now();
  const res = await fetch(`${url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(SECRET, raw) }, body: raw });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

const summarise = (label: string, answers: { status: number; ms: number }[]) => {
  const byStatus = new Map<number, number>();
  for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(0);
  console.log(`${label.padEnd(34)} ${answers.length} answers: ${[...byStatus].map(([st, n]) => `${n}× ${st}`).join(', ')}; p50 ${at(0.5)} ms, slowest ${ms.at(-1)!.toFixed(0)} ms`);
};

/** Replies and pushes the fake received, per reply token (a token seen twice = answered twice). */
async function answeredTokens(fakeUrl: string): Promise<Map<string, number>> {
  const { calls } = (await (await fetch(`${fakeUrl}/messages`)).json()) as { calls: { kind: string; status: number; replyToken?: string }[] };
  const counts = new Map<string, number>();
  for (const c of calls) if ((c.kind === 'reply' || c.kind === 'push') && c.status === 200 && c.replyToken) counts.set(c.replyToken, (counts.get(c.replyToken) ?? 0) + 1);
  return counts;
}

async function waitForAnswers(fakeUrl: string, expected: number, timeoutMs = 120_000): Promise<Map<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await answeredTokens(fakeUrl);
    if (counts.size >= expected || Date.now() > deadline) return counts;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function burstAgainst(label: string, worker: RunningWorker, fakeUrl: string, countAnswers: boolean): Promise<void> {
  const users = Number(values.users);
  const taps = Number(values.taps);
  await postBody(worker.url, [tapEvent('Uwarmup', 999_999)]); // start the isolate (an event id is letters and digits only)
  const ids = Array.from({ length: users }, (_, u) => `Uburst${u.toString().padStart(3, '0')}${Math.random().toString(36).slice(2, 8)}`);
  const events = ids.flatMap((id, u) => Array.from({ length: taps }, (_, t) => tapEvent(id, u * taps + t)));
  console.log(`\n${label}: ${users} users × ${taps} taps at once, workerd via wrangler dev, fake LINE API`);
  summarise(`${events.length} taps at once`, await Promise.all(events.map((e) => postBody(worker.url, [e]))));
  summarise('redelivery of a third of them', await Promise.all(events.filter((_, i) => i % 3 === 0).map((e) => postBody(worker.url, [{ ...e, deliveryContext: { isRedelivery: true } }]))));
  const bodies = Array.from({ length: 3 }, (_, b) => Array.from({ length: 100 }, (_, i) => tapEvent(`Ubody${b}x${i}${Math.random().toString(36).slice(2, 6)}`, 100_000 + b * 100 + i)));
  summarise('three 100-event bodies at once', await Promise.all(bodies.map((body) => postBody(worker.url, body))));
  if (!countAnswers) return;
  const expected = events.length + 300 + 1;
  const counts = await waitForAnswers(fakeUrl, expected);
  const twice = [...counts.values()].filter((n) => n > 1).length;
  console.log(`events answered: ${counts.size} of ${expected}; answered more than once: ${twice}`);
}

async function burst(): Promise<void> {
  const fakeLine = await startFakeLineServer(TOKEN);
  const vars = Object.entries({ LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: fakeLine.url, LINE_DATA_API_BASE_URL: fakeLine.url }).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const app = await startWrangler(8797, ['--env', 'dev', ...vars, '--var', 'DEV_MODE:false'], '/healthz');
  try {
    await burstAgainst('whole app (stores, answers, then handles)', app, fakeLine.url, true);
  } finally {
    await app.stop();
  }
  const minimal = await startWrangler(8798, ['--config', 'bench/minimal-wrangler.toml', ...vars]);
  try {
    await burstAgainst('floor Worker (signature check, reply, then answer)', minimal, fakeLine.url, false);
  } finally {
    await minimal.stop();
    fakeLine.server.close();
  }
}

if (values.burst) {
  await burst();
  process.exit(0);
}

const fake = await startFakeLineServer(TOKEN);
const vars = (extra: Record<string, string>) =>
  Object.entries({ LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.url, ...extra }).flatMap(([k, v]) => ['--var', `${k}:${v}`]);

const results = [];
const app = await startWrangler(8797, ['--env', 'dev', ...vars({ DEV_MODE: 'false' })], '/healthz');
try {
  results.push(await measure('whole app', app));
} finally {
  await app.stop();
}
const minimal = await startWrangler(8798, ['--config', 'bench/minimal-wrangler.toml', ...vars({})]);
try {
  results.push(await measure('signature + reply only', minimal));
} finally {
  await minimal.stop();
}
fake.server.close();

console.log(`\nwebhook benchmark: ${EVENTS} text events ("${values.text}"), concurrency ${CONCURRENCY}, ${USERS.length} users, workerd via wrangler dev\n`);
console.log('handler                  events/s   CPU µs/event   failures');
for (const r of results) console.log(`${r.name.padEnd(24)} ${r.eventsPerSecond.toFixed(0).padStart(8)}   ${r.cpuMicrosPerEvent.toFixed(0).padStart(12)}   ${r.failures}`);
const [full, floor] = results;
if (full && floor) {
  console.log(`\nratio whole app / minimal: throughput ${(full.eventsPerSecond / floor.eventsPerSecond).toFixed(2)}x, CPU per event ${(full.cpuMicrosPerEvent / floor.cpuMicrosPerEvent).toFixed(2)}x`);
}
console.log(`\nbundle (wrangler deploy --dry-run --minify): ${bundleSize()}`);
process.exit(0);
