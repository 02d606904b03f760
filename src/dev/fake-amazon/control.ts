import { Hono, type Context } from 'hono';
import * as z from '../../model/zod';
import type { FakeAmazonState } from './state';

/**
 * Control endpoints of the fake Amazon, for tests, the simulator and a developer's curl:
 * never part of Amazon's API. Bodies are checked; a bad one is 400 with zod's issues.
 */

const faultSchema = z.object({
  sellerId: z.optional(z.string()),
  path: z.optional(z.string()),
  status: z.optional(z.number().check(z.int(), z.gte(400), z.lte(599))),
  rate: z.optional(z.number().check(z.gte(0), z.lte(1))),
  count: z.optional(z.number().check(z.int(), z.gte(-1))),
  retryAfterSeconds: z.optional(z.number().check(z.gte(0))),
  delayMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(60_000))),
});

const metricSchema = z.object({
  rate: z.optional(z.number().check(z.gte(0), z.lte(1))),
  targetValue: z.optional(z.number().check(z.gte(0), z.lte(1))),
  targetCondition: z.optional(z.enum(['LESS_THAN', 'GREATER_THAN', 'EQUALS'])),
});

const accountHealthSchema = z.object({
  accountStatus: z.optional(z.enum(['NORMAL', 'AT_RISK', 'DEACTIVATED'])),
  lateShipmentRate: z.optional(metricSchema),
  validTrackingRate: z.optional(metricSchema),
});

const transferGroupSchema = z.object({
  FinancialEventGroupId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  FundTransferStatus: z._default(z.string().check(z.minLength(1)), 'Failed'),
  ProcessingStatus: z._default(z.enum(['Open', 'Closed']), 'Closed'),
  amount: z.number(),
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'JPY'),
  startedDaysAgo: z._default(z.number().check(z.gte(0), z.lte(365)), 14),
});

const reportSettingsSchema = z.object({
  processingDelayMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(600_000))),
  outcome: z.optional(z.enum(['DONE', 'FATAL', 'CANCELLED'])),
  gzip: z.optional(z.boolean()),
});

const listingSchema = z.object({ sku: z.string().check(z.minLength(1)), asin: z.string().check(z.minLength(1)), status: z.array(z.enum(['BUYABLE', 'DISCOVERABLE', 'DELETED'])) });

async function parse<S extends z.ZodMiniType>(c: Context, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; res: Response }> {
  const parsed = schema.safeParse(await c.req.json().catch(() => undefined));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, res: c.json({ error: 'invalid body', issues: parsed.error.issues }, 400) };
}

export function fakeAmazonControl(state: FakeAmazonState) {
  const app = new Hono();

  app.post('/control/token-faults', async (c) => {
    const body = await parse(c, z.object({ code: z.string().check(z.minLength(1)), status: z.number().check(z.int(), z.gte(400), z.lte(599)) }));
    if (!body.ok) return body.res;
    state.tokenFaults.set(body.data.code, body.data.status);
    return c.json({ ok: true });
  });

  app.post('/control/faults', async (c) => {
    const body = await parse(c, z.object({ faults: z.array(faultSchema).check(z.minLength(1)) }));
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

  app.get('/control/sellers/:sellerId', (c) => c.json(state.seller(c.req.param('sellerId'))));

  app.put('/control/sellers/:sellerId/account-health', async (c) => {
    const body = await parse(c, accountHealthSchema);
    if (!body.ok) return body.res;
    const seller = state.seller(c.req.param('sellerId'));
    const { accountStatus, lateShipmentRate, validTrackingRate } = body.data;
    if (accountStatus) seller.accountStatus = accountStatus;
    if (lateShipmentRate) seller.lateShipmentRate = { ...seller.lateShipmentRate, ...lateShipmentRate };
    if (validTrackingRate) seller.validTrackingRate = { ...seller.validTrackingRate, ...validTrackingRate };
    return c.json(seller);
  });

  app.post('/control/sellers/:sellerId/financial-event-groups', async (c) => {
    const body = await parse(c, transferGroupSchema);
    if (!body.ok) return body.res;
    const { amount, currency, startedDaysAgo, ...fields } = body.data;
    const now = state.now();
    const closed = fields.ProcessingStatus === 'Closed';
    const group = {
      FinancialEventGroupId: fields.FinancialEventGroupId ?? state.nextId('FEG-'),
      ProcessingStatus: fields.ProcessingStatus,
      FundTransferStatus: fields.FundTransferStatus,
      OriginalTotal: { CurrencyCode: currency, CurrencyAmount: amount },
      FinancialEventGroupStart: new Date(now - startedDaysAgo * 86_400_000).toISOString(),
      ...(closed ? { FinancialEventGroupEnd: new Date(now - 60 * 60_000).toISOString(), FundTransferDate: new Date(now - 30 * 60_000).toISOString(), AccountTail: '0000' } : {}),
    };
    state.seller(c.req.param('sellerId')).financialEventGroups.push(group);
    return c.json(group);
  });

  app.put('/control/sellers/:sellerId/reports', async (c) => {
    const body = await parse(c, reportSettingsSchema);
    if (!body.ok) return body.res;
    const seller = state.seller(c.req.param('sellerId'));
    seller.reports = { ...seller.reports, ...body.data };
    return c.json(seller.reports);
  });

  app.get('/control/calls', (c) => {
    const sellerId = c.req.query('sellerId');
    const since = Number(c.req.query('since') ?? 0);
    return c.json({ calls: state.calls.filter((call) => call.seq > since && (!sellerId || call.sellerId === sellerId)) });
  });

  return app;
}
