import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { SELLER_ID } from '../../alerts/validate-intake';
import type { AppEnv } from '../../app-env';
import { requireOpsToken } from '../../routes/ops-auth';
import { sellerAccount } from '../../store/links';
import { enqueueJobs, pollJobsFor, POLLERS } from './jobs';
import { startPollingAll } from './source-queue';

/** `POST /api/sources/amazon/poll`: `{}` polls every linked seller, `{"sellerId"}` one. */
export const pollRequestSchema = z.strictObject({
  sellerId: z.string().regex(SELLER_ID, '1–64 letters, digits, ".", "_" or "-"').optional(),
});

/** 202: what was queued. `sellers` is 1, or "all" (every pollable seller, listed by the queue). */
export const pollResponseSchema = z.object({
  queued: z.object({ sellers: z.union([z.literal(1), z.literal('all')]), pollers: z.array(z.enum(POLLERS)) }),
});

const JSON_TYPE = /^application\/([\w.-]+\+)?json(;|$)/i;

const REFUSED = {
  'not-linked': { status: 404, error: 'seller is not linked' },
  'no-credentials': { status: 409, error: 'seller has no stored SP-API authorization; it must link again' },
  revoked: { status: 409, error: 'seller revoked the SP-API authorization; polling resumes once it links again' },
} as const;

/**
 * Ops run every Amazon poller now (account health and finances), for one seller or all, and
 * get 202 at once: the polls run from the source queue like the scheduled ones. Bearer
 * OPS_API_TOKEN. A seller that cannot be polled is refused with the reason (404/409).
 */
export const amazonPollRoute = new Hono<AppEnv>()
  .use('*', requireOpsToken)
  .use('*', bodyLimit({ maxSize: 4096, onError: (c) => c.json({ error: 'request body too large', details: 'at most 4096 bytes' }, 413) }))
  .post(
    '/poll',
    async (c, next) => {
      if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) return c.json({ error: 'send a JSON body: {} for every seller, {"sellerId": "…"} for one' }, 400);
      await next();
    },
    zValidator('json', pollRequestSchema, (result, c) => {
      if (!result.success) {
        return c.json({ error: 'invalid poll request', details: result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })) }, 400);
      }
    }),
    async (c) => {
      const { sellerId } = c.req.valid('json');
      if (!sellerId) {
        await startPollingAll(c.env);
        c.get('log').info('Amazon polls started for every seller');
        return c.json({ queued: { sellers: 'all', pollers: [...POLLERS] } } satisfies z.infer<typeof pollResponseSchema>, 202);
      }
      const target = await sellerAccount(c.env, sellerId).pollTarget(Date.now());
      if (!target.ok) {
        const refused = REFUSED[target.reason];
        return c.json({ error: refused.error }, refused.status);
      }
      await enqueueJobs(c.env, pollJobsFor(sellerId));
      c.get('log').info('Amazon polls started', { seller: sellerId });
      return c.json({ queued: { sellers: 1, pollers: [...POLLERS] } } satisfies z.infer<typeof pollResponseSchema>, 202);
    },
  )
  .onError((err, c) => {
    if (err instanceof HTTPException && err.status === 400) return c.json({ error: 'body is not valid JSON' }, 400);
    if (err instanceof HTTPException) return err.getResponse();
    c.get('log').error('Amazon poll request failed', { error: err });
    return c.json({ error: 'internal error' }, 500);
  });
