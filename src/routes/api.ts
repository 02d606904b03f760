import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import { ALERT_ID } from '../alerts/alert-id';
import { IdempotencyConflictError, intakeAlerts, QueueUnavailableError } from '../alerts/intake';
import { isPlainObject } from '../is-plain-object';
import { MAX_INTAKE_BYTES, SELLER_ID, validateIntake } from '../alerts/validate-intake';
import { validateSettingsChange } from '../alerts/validate-settings';
import { getAlert, listSellerAlerts } from '../store/alerts';
import { maskSellerId } from '../store/links';
import { getSettings, updateSettings } from '../store/settings';
import { openApiDocument } from './api-openapi';
import { requireOpsToken } from './ops-auth';

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

type ApiContext = Context<AppEnv>;

/** Reads a JSON body of at most `max` bytes, whatever Content-Length claims. */
async function readJson(c: ApiContext, max: number): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const tooLarge = () => ({ ok: false as const, response: c.json({ error: 'request body too large', details: `at most ${max} bytes` }, 413) });
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > max) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = c.req.raw.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)) };
  } catch {
    return { ok: false, response: c.json({ error: 'body is not valid JSON' }, 400) };
  }
}

const sellerParam = (c: ApiContext): string | Response => {
  const sellerId = c.req.param('sellerId') ?? '';
  return SELLER_ID.test(sellerId) ? sellerId : c.json({ error: 'invalid seller id', details: [{ field: 'sellerId', message: '1–64 letters, digits, ".", "_" or "-"' }] }, 400);
};

/** The ops API: alert intake and status, seller history and settings. Bearer OPS_API_TOKEN. */
export const apiRoutes = new Hono<AppEnv>()
  // The description of the API is not a secret; everything after this needs the token.
  .get('/openapi.json', (c) => c.json(openApiDocument))
  .use('*', requireOpsToken)
  .post('/alerts', async (c) => {
    const body = await readJson(c, MAX_INTAKE_BYTES);
    if (!body.ok) return body.response;
    const checked = validateIntake(body.value);
    if (!checked.ok) return c.json({ error: 'invalid alert', details: checked.errors }, 400);
    try {
      const alerts = await intakeAlerts(c.env, checked.alerts, Date.now(), { batch: isPlainObject(body.value) && 'alerts' in body.value });
      c.get('log').info('alerts accepted', { count: alerts.length });
      return c.json({ alerts }, 202);
    } catch (err) {
      if (err instanceof IdempotencyConflictError) return c.json({ error: 'idempotency key reused with a different alert', details: err.conflicts }, 409);
      if (!(err instanceof QueueUnavailableError)) throw err;
      c.get('log').error('alert queue unavailable', { error: err });
      return c.json({ error: 'alert queue unavailable; retry with the same idempotency keys', details: { accepted: err.accepted } }, 503);
    }
  })
  .get('/alerts/:id', async (c) => {
    const id = c.req.param('id');
    const record = ALERT_ID.test(id) ? await getAlert(c.env, id) : null;
    return record ? c.json(record) : c.json({ error: 'alert not found' }, 404);
  })
  .get('/sellers/:sellerId/alerts', async (c) => {
    const sellerId = sellerParam(c);
    if (sellerId instanceof Response) return sellerId;
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? DEFAULT_PAGE : Number(limitText);
    const cursor = c.req.query('cursor');
    const errors = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) errors.push({ field: 'limit', message: `must be a whole number from 1 to ${MAX_PAGE}` });
    if (cursor !== undefined && (cursor === '' || cursor.length > 1024)) errors.push({ field: 'cursor', message: 'must be the cursor of the previous page' });
    if (errors.length > 0) return c.json({ error: 'invalid query', details: errors }, 400);
    try {
      return c.json(await listSellerAlerts(c.env, sellerId, { limit, ...(cursor ? { cursor } : {}) }));
    } catch (err) {
      // KV refuses a cursor it did not issue.
      c.get('log').warn('history listing failed', { seller: maskSellerId(sellerId), error: err });
      return c.json({ error: 'invalid query', details: [{ field: 'cursor', message: 'must be the cursor of the previous page' }] }, 400);
    }
  })
  .get('/sellers/:sellerId/settings', async (c) => {
    const sellerId = sellerParam(c);
    if (sellerId instanceof Response) return sellerId;
    const { language, switches } = await getSettings(c.env, sellerId);
    return c.json({ sellerId, language, switches });
  })
  .put('/sellers/:sellerId/settings', async (c) => {
    const sellerId = sellerParam(c);
    if (sellerId instanceof Response) return sellerId;
    const body = await readJson(c, 4096);
    if (!body.ok) return body.response;
    const checked = validateSettingsChange(body.value);
    if (!checked.ok) return c.json({ error: 'invalid settings', details: checked.errors }, 400);
    const { language, switches } = await updateSettings(c.env, sellerId, checked.change);
    c.get('log').info('seller settings changed', { seller: maskSellerId(sellerId) });
    return c.json({ sellerId, language, switches });
  });
