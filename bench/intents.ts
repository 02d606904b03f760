/**
 * npm run bench:intents -- --cases FILE [--repeat N] [--quiet]
 *
 * Runs the bot's own router (routeText) over a JSONL file of {"text", "expected"} and prints
 * accuracy overall and per language, the rate of confident wrong answers (decided 'answer' with
 * a wrong intent), top-3 accuracy (the right intent among the did-you-mean choices), every miss
 * with what was predicted (left out with --quiet, for a held-out set nobody may tune on),
 * microseconds per query (p50, p99) and how long the router takes to be ready. Any smalltalk.*
 * prediction counts as `none`. The last line is `accuracy: 0.xxx (n/m)`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hasJapanese } from '../src/intents/language';
import { RouterModel } from '../src/intents/model';
import { MODEL_ASSET } from '../src/intents/build/digest';
import { routeText, useRouterModel } from '../src/intents/route';

const { values } = parseArgs({ options: { cases: { type: 'string' }, repeat: { type: 'string', default: '20' }, quiet: { type: 'boolean', default: false } } });
if (!values.cases) {
  console.error('usage: npm run bench:intents -- --cases FILE.jsonl [--repeat N] [--quiet]');
  process.exit(2);
}

interface Case {
  text: string;
  expected: string;
}

const cases: Case[] = readFileSync(values.cases, 'utf8')
  .split('\n')
  .map((line, i) => [line.trim(), i + 1] as const)
  .filter(([line]) => line !== '')
  .map(([line, lineNo]) => {
    const parsed = JSON.parse(line) as Partial<Case>;
    if (typeof parsed.text !== 'string' || typeof parsed.expected !== 'string') throw new Error(`${values.cases}:${lineNo}: needs "text" and "expected"`);
    return { text: parsed.text, expected: parsed.expected };
  });

// Cold start: the Worker parses the build-time model and decodes its weights. The first run is
// the cold one (nothing JIT-compiled yet); the median of later runs is the steady cost.
const timeMs = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
// The Worker reads the model from its static assets once per isolate (load-model.ts); this is
// the part of that which runs in the Worker: parsing the JSON and decoding the weights.
const modelJson = readFileSync(MODEL_ASSET, 'utf8');
const load = () => new RouterModel(JSON.parse(modelJson));
useRouterModel(JSON.parse(modelJson));
const coldMs = timeMs(load);
const warmLoads = Array.from({ length: 20 }, () => timeMs(load)).sort((a, b) => a - b);

const language = (text: string) => (hasJapanese(text) ? 'ja' : 'en');
/** Small talk is answered warmly, but it is not a question the catalog answers. */
const asScored = (intent: string) => (intent.startsWith('smalltalk.') ? 'none' : intent);
const tally = new Map<string, { ok: number; total: number }>();
const misses: string[] = [];
let correct = 0;
let confidentWrong = 0;
let top3 = 0;
for (const c of cases) {
  const result = routeText(c.text);
  const predicted = asScored(result.intent);
  const ok = predicted === c.expected;
  if (result.decision === 'answer' && !ok) confidentWrong++;
  if (ok || (c.expected !== 'none' && result.candidates.some((r) => r.intent === c.expected))) top3++;
  if (ok) correct++;
  else misses.push(`  ${JSON.stringify(c.text)}  expected ${c.expected}, got ${result.intent} [${result.decision}] (${result.confidence.toFixed(2)}; ${result.candidates.map((r) => `${r.intent} ${r.score.toFixed(2)}`).join(', ')})`);
  for (const key of [language(c.text), c.expected === 'none' ? 'out-of-scope' : 'in-scope']) {
    const t = tally.get(key) ?? { ok: 0, total: 0 };
    t.total++;
    if (ok) t.ok++;
    tally.set(key, t);
  }
}

// Latency: every case, `repeat` times, timed one query at a time.
const repeat = Math.max(1, Number(values.repeat));
const micros: number[] = [];
for (let r = 0; r < repeat; r++) {
  for (const c of cases) {
    const t = performance.now();
    routeText(c.text);
    micros.push((performance.now() - t) * 1000);
  }
}
micros.sort((a, b) => a - b);
const pct = (p: number) => micros[Math.min(micros.length - 1, Math.floor((p / 100) * micros.length))]!;
const ratio = (ok: number, total: number) => `${(total ? ok / total : 0).toFixed(3)} (${ok}/${total})`;

console.log(`cases: ${values.cases}`);
for (const key of ['ja', 'en', 'in-scope', 'out-of-scope']) {
  const t = tally.get(key);
  if (t) console.log(`accuracy ${key.padEnd(12)} ${ratio(t.ok, t.total)}`);
}
console.log(`confident wrong (answered with a wrong intent): ${ratio(confidentWrong, cases.length)}`);
console.log(`top-3 accuracy (right intent among the choices): ${ratio(top3, cases.length)}`);
if (values.quiet) console.log(`misses: ${misses.length} (not listed: --quiet)`);
else console.log(misses.length ? `misses (${misses.length}):\n${misses.join('\n')}` : 'misses: none');
console.log(`latency per query: p50 ${pct(50).toFixed(1)} µs, p99 ${pct(99).toFixed(1)} µs (${micros.length} queries)`);
console.log(`index ready (cold start: parse + decode the model): first ${coldMs.toFixed(2)} ms, median ${warmLoads[10]!.toFixed(2)} ms (trained at build time)`);
console.log(`accuracy: ${(correct / cases.length).toFixed(3)} (${correct}/${cases.length})`);
