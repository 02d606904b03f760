/**
 * The ops CLI for alerts, against a local (`npm run dev`) or deployed Worker.
 *
 *   npm run ops -- send --seller S --type T [--detail key=value]... [--key IDEMPOTENCY_KEY]
 *   npm run ops -- status <alertId>
 *   npm run ops -- history <sellerId> [--limit N] [--cursor C]
 *   npm run ops -- settings get <sellerId>
 *   npm run ops -- settings set <sellerId> [--lang ja|en] [--on SWITCH]... [--off SWITCH]...
 *
 * OPS_BASE_URL (default http://127.0.0.1:8787) and OPS_API_TOKEN come from the environment.
 * Exit codes: 0 done, 1 the API refused or failed, 2 wrong usage, 3 the API could not be reached.
 */
import { parseArgs } from 'node:util';
import { ALERT_TYPES, SWITCH_IDS } from '../content/alerts';

const USAGE = `usage:
  npm run ops -- send --seller SELLER_ID --type TYPE [--detail key=value]... [--key IDEMPOTENCY_KEY]
  npm run ops -- status ALERT_ID
  npm run ops -- history SELLER_ID [--limit N] [--cursor CURSOR]
  npm run ops -- settings get SELLER_ID
  npm run ops -- settings set SELLER_ID [--lang ja|en] [--on SWITCH]... [--off SWITCH]...

types:    ${ALERT_TYPES.join(', ')}
switches: ${SWITCH_IDS.join(', ')}
env:      OPS_BASE_URL (default http://127.0.0.1:8787), OPS_API_TOKEN (required)`;

const NUMERIC_DETAILS = new Set(['metricValue', 'threshold', 'amount']);

class UsageError extends Error {}

function parseDetails(pairs: string[]): Record<string, string | number> {
  const details: Record<string, string | number> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--detail wants key=value, got "${pair}"`);
    const key = pair.slice(0, at);
    const value = pair.slice(at + 1);
    // Numbers stay numbers so that the API can check their range; anything else is sent as typed.
    details[key] = NUMERIC_DETAILS.has(key) && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  return details;
}

function request(argv: string[]): { method: string; path: string; body?: unknown } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seller: { type: 'string' },
      type: { type: 'string' },
      detail: { type: 'string', multiple: true },
      key: { type: 'string' },
      lang: { type: 'string' },
      on: { type: 'string', multiple: true },
      off: { type: 'string', multiple: true },
      limit: { type: 'string' },
      cursor: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  const one = (what: string) => {
    if (rest.length !== 1 || !rest[0]) throw new UsageError(`${command} wants one ${what}`);
    return encodeURIComponent(rest[0]);
  };
  switch (command) {
    case 'send': {
      if (!values.seller || !values.type) throw new UsageError('send needs --seller and --type');
      const details = parseDetails(values.detail ?? []);
      return {
        method: 'POST',
        path: '/api/alerts',
        body: { sellerId: values.seller, type: values.type, ...(Object.keys(details).length > 0 ? { details } : {}), ...(values.key ? { idempotencyKey: values.key } : {}) },
      };
    }
    case 'status':
      return { method: 'GET', path: `/api/alerts/${one('alert id')}` };
    case 'history': {
      const query = new URLSearchParams();
      if (values.limit) query.set('limit', values.limit);
      if (values.cursor) query.set('cursor', values.cursor);
      return { method: 'GET', path: `/api/sellers/${one('seller id')}/alerts${query.size > 0 ? `?${query}` : ''}` };
    }
    case 'settings': {
      const [action, sellerId, ...extra] = rest;
      if (!sellerId || extra.length > 0) throw new UsageError('settings get|set wants one seller id');
      const path = `/api/sellers/${encodeURIComponent(sellerId)}/settings`;
      if (action === 'get') return { method: 'GET', path };
      if (action !== 'set') throw new UsageError(`settings ${action ?? ''}: use get or set`);
      const switches: Record<string, boolean> = {};
      for (const id of values.on ?? []) switches[id] = true;
      for (const id of values.off ?? []) {
        if (id in switches) throw new UsageError(`--on and --off both name ${id}`);
        switches[id] = false;
      }
      const body = { ...(values.lang ? { language: values.lang } : {}), ...(Object.keys(switches).length > 0 ? { switches } : {}) };
      if (Object.keys(body).length === 0) throw new UsageError('settings set needs --lang, --on or --off');
      return { method: 'PUT', path, body };
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  }
}

async function main(argv: string[]): Promise<number> {
  let call: ReturnType<typeof request>;
  try {
    call = request(argv);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const token = process.env.OPS_API_TOKEN;
  if (!token) {
    console.error('OPS_API_TOKEN is not set (for `npm run dev` it is dev-ops-token)');
    return 2;
  }
  const base = (process.env.OPS_BASE_URL ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  let res: Response;
  try {
    res = await fetch(base + call.path, {
      method: call.method,
      headers: { authorization: `Bearer ${token}`, ...(call.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (err) {
    console.error(`could not reach ${base}: ${err instanceof Error ? err.message : String(err)}`);
    return 3;
  }
  const text = await res.text();
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    /* not JSON: show as is */
  }
  if (!res.ok) {
    console.error(`${call.method} ${call.path} → ${res.status}\n${shown}`);
    return 1;
  }
  console.log(shown);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
