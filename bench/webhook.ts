/**
 * npm run bench:webhook [-- --events N --concurrency C]
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
