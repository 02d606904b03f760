import { Hono } from '../hono';
import type { AppEnv } from '../app-env';
import { IdempotencyConflictError, intakeAlerts, QueueUnavailableError } from '../alerts/intake';
import { alertIntakeSchema, intakeFormOf, MAX_INTAKE_BYTES, type QueueUnavailable } from '../model/alert';
import type { ApiError } from '../model/field-error';
import { MAX_SETTINGS_BYTES, settingsChangeSchema } from '../model/settings';
import { getAlert, listSellerAlerts } from '../store/alerts';
import { maskSellerId } from '../sellers/links';
import { getSettings, updateSettings } from '../sellers/settings';
import { requireOpsToken } from './ops-auth';
import { alertHistoryQuerySchema, alertParamsSchema, sellerParamsSchema } from './ops-params';
import { limitBody, onOpsError, validate } from './ops-validation';
import { fetchStaticAsset } from '../static-assets';

const validSeller = validate('param', sellerParamsSchema, { error: 'invalid seller id' });
const badCursor: ApiError = { error: 'invalid query', details: [{ field: 'cursor', message: 'must be the cursor of the previous page' }] };

/** The ops API: alert intake and status, seller history and settings. Bearer OPS_API_TOKEN. */
export const apiRoutes = new Hono<AppEnv>()
  // The description of the API is not a secret; everything after this needs the token.
  // Made from the schemas at build time (npm run build:openapi) and served from the static
  // assets, so neither zod's JSON Schema converter nor the document is in the Worker's script.
  .get('/openapi.json', async (c) => {
    const doc = await fetchStaticAsset(c.env.ASSETS, '/openapi.json');
    if (!doc.ok) throw new Error(`the static asset /openapi.json answered ${doc.status}`);
    return new Response(doc.body, { headers: { 'content-type': 'application/json; charset=UTF-8' } });
  })
  .use('*', requireOpsToken)
  .post(
    '/alerts',
    limitBody(MAX_INTAKE_BYTES),
    validate('json', alertIntakeSchema, { error: 'invalid alert', judgeAs: intakeFormOf }),
    async (c) => {
      const body = c.req.valid('json');
      const batch = 'alerts' in body;
      try {
        const alerts = await intakeAlerts(c.env, batch ? body.alerts : [body], Date.now(), { batch });
        c.get('log').info('alerts accepted', { count: alerts.length });
        return c.json({ alerts }, 202);
      } catch (err) {
        if (err instanceof IdempotencyConflictError) return c.json({ error: 'idempotency key reused with a different alert', details: err.conflicts } satisfies ApiError, 409);
        if (!(err instanceof QueueUnavailableError)) throw err;
        c.get('log').error('alert queue unavailable', { error: err });
        return c.json({ error: 'alert queue unavailable; retry with the same idempotency keys', details: { accepted: err.accepted } } satisfies QueueUnavailable, 503);
      }
    },
  )
  // An id we could never have issued is simply not there.
  .get('/alerts/:id', validate('param', alertParamsSchema, { error: 'alert not found', status: 404 }), async (c) => {
    const record = await getAlert(c.env, c.req.valid('param').id);
    return record ? c.json(record) : c.json({ error: 'alert not found' } satisfies ApiError, 404);
  })
  .get('/sellers/:sellerId/alerts', validSeller, validate('query', alertHistoryQuerySchema, { error: 'invalid query' }), async (c) => {
    const { sellerId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    try {
      return c.json(await listSellerAlerts(c.env, sellerId, { limit, ...(cursor ? { cursor } : {}) }));
    } catch (err) {
      // KV refuses a cursor it did not issue.
      c.get('log').warn('history listing failed', { seller: maskSellerId(sellerId), error: err });
      return c.json(badCursor, 400);
    }
  })
  .get('/sellers/:sellerId/settings', validSeller, async (c) => {
    const { sellerId } = c.req.valid('param');
    const { language, switches } = await getSettings(c.env, sellerId);
    return c.json({ sellerId, language, switches });
  })
  .put('/sellers/:sellerId/settings', validSeller, limitBody(MAX_SETTINGS_BYTES), validate('json', settingsChangeSchema, { error: 'invalid settings' }), async (c) => {
    const { sellerId } = c.req.valid('param');
    const { language, switches } = await updateSettings(c.env, sellerId, c.req.valid('json'));
    c.get('log').info('seller settings changed', { seller: maskSellerId(sellerId) });
    return c.json({ sellerId, language, switches });
  })
  .onError(onOpsError);
