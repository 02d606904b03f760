// A named import: the bundler then ships the version alone, not the whole package.json.
import { Hono } from '../hono';
import { version } from '../../package.json';
import type { AppEnv } from '../app-env';
import { checkConfig, configIsHealthy } from '../config';
import { CONVERSATION_CONTENT_PATH } from '../conversation-content';
import { MODEL_PATH } from '../intents/load-model';
import { fetchStaticAsset } from '../static-assets';
import type { Env } from '../env';

type Check = { ok: true; ms: number } | { ok: false; ms: number; error: string };

const CHECK_TIMEOUT_MS = 2000;

/** Runs one probe with a deadline; a binding that hangs counts as down, not as a hung health check. */
async function probe(run: () => Promise<unknown>): Promise<Check> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS))),
    ]);
    return { ok: true, ms: Date.now() - started };
  } catch (err) {
    // The message only: binding errors carry no secrets, and no stored value is ever returned.
    return { ok: false, ms: Date.now() - started, error: err instanceof Error ? err.message : String(err) };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

// A fixed Durable Object that only ever answers health checks, so no user's conversation is touched.
const HEALTH_OBJECT = 'healthz';

/** The static assets a conversation cannot answer without: the intent model and its words. */
async function checkAssets(env: Env): Promise<void> {
  if (typeof env.ASSETS?.fetch !== 'function') throw new Error('ASSETS is not bound');
  for (const path of [MODEL_PATH, CONVERSATION_CONTENT_PATH]) {
    const res = await fetchStaticAsset(env.ASSETS, path);
    await res.body?.cancel();
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  }
}

export async function checkBindings(env: Env): Promise<Record<'kv' | 'durableObject' | 'queue' | 'assets', Check>> {
  const [kv, durableObject, queue, assets] = await Promise.all([
    probe(() => env.KV.get('healthz')),
    probe(() => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(HEALTH_OBJECT)).linkPointer()),
    // Sending would enqueue a fake alert; a producer binding has nothing cheaper to ask, so check it is bound.
    probe(async () => {
      if (typeof env.ALERT_QUEUE?.send !== 'function') throw new Error('ALERT_QUEUE is not bound');
    }),
    probe(() => checkAssets(env)),
  ]);
  return { kv, durableObject, queue, assets };
}

/**
 * `GET /healthz`: the deployed version, whether each binding answers, and which settings are
 * missing, still placeholders or malformed (by name only). 503 when anything is wrong.
 */
export const healthzRoute = new Hono<AppEnv>().get('/', async (c) => {
  const bindings = await checkBindings(c.env);
  const report = checkConfig(c.env);
  const config = { ok: configIsHealthy(report), ...report };
  const ok = Object.values(bindings).every((check) => check.ok) && config.ok;
  if (!ok) c.get('log').warn('health check failed', { bindings, config });
  return c.json({ status: ok ? 'ok' : 'degraded', version, bindings, config }, ok ? 200 : 503);
});
