import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { FakeAmazonState } from './state';

/**
 * Control endpoints of the fake Amazon, for tests, the simulator and a developer's curl:
 * never part of Amazon's API. Bodies are checked; a bad one is 400 with zod's issues.
 */

const faultSchema = z.object({
  sellerId: z.string().optional(),
  path: z.string().optional(),
  status: z.number().int().min(400).max(599).optional(),
  rate: z.number().min(0).max(1).optional(),
  count: z.number().int().min(-1).optional(),
  retryAfterSeconds: z.number().min(0).optional(),
  delayMs: z.number().int().min(0).max(60_000).optional(),
});

const listingSchema = z.object({ sku: z.string().min(1), asin: z.string().min(1), status: z.array(z.enum(['BUYABLE', 'DISCOVERABLE', 'DELETED'])) });

async function parse<S extends z.ZodType>(c: Context, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; res: Response }> {
  const parsed = schema.safeParse(await c.req.json().catch(() => undefined));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, res: c.json({ error: 'invalid body', issues: parsed.error.issues }, 400) };
}

export function fakeAmazonControl(state: FakeAmazonState) {
  const app = new Hono();

  app.post('/control/token-faults', async (c) => {
    const body = await parse(c, z.object({ code: z.string().min(1), status: z.number().int().min(400).max(599) }));
    if (!body.ok) return body.res;
    state.tokenFaults.set(body.data.code, body.data.status);
    return c.json({ ok: true });
  });

  app.post('/control/faults', async (c) => {
    const body = await parse(c, z.object({ faults: z.array(faultSchema).min(1) }));
    if (!body.ok) return body.res;
    state.addFaults(body.data.faults);
    return c.json({ ok: true });
  });

  app.delete('/control/faults', (c) => {
    state.clearFaults(c.req.query('sellerId'));
    return c.json({ ok: true });
  });

  app.post('/control/codes/:code/expire', (c) => (state.expireCode(c.req.param('code')) ? c.json({ ok: true }) : c.json({ error: 'unknown code' }, 404)));

  app.post('/control/sellers/:sellerId/revoke', (c) => c.json({ revoked: state.revoke(c.req.param('sellerId')) }));

  app.post('/control/sellers/:sellerId/expire-access-tokens', (c) => c.json({ expired: state.expireAccessTokens(c.req.param('sellerId')) }));

  app.get('/control/sellers/:sellerId/refresh-tokens', (c) => c.json({ refreshTokens: state.refreshTokensOf(c.req.param('sellerId')) }));

  app.put('/control/sellers/:sellerId/listings', async (c) => {
    const body = await parse(c, z.object({ items: z.array(listingSchema) }));
    if (!body.ok) return body.res;
    state.seller(c.req.param('sellerId')).listings = body.data.items;
    return c.json({ ok: true });
  });

  app.get('/control/calls', (c) => {
    const sellerId = c.req.query('sellerId');
    const since = Number(c.req.query('since') ?? 0);
    return c.json({ calls: state.calls.filter((call) => call.seq > since && (!sellerId || call.sellerId === sellerId)) });
  });

  return app;
}
