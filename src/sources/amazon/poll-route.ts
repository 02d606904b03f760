import { Hono } from '../../hono';
import * as z from '../../model/zod';
import type { AppEnv } from '../../app-env';
import type { ApiError } from '../../model/field-error';
import { sellerIdSchema } from '../../model/seller-id';
import { requireOpsToken } from '../../routes/ops-auth';
import { limitBody, onOpsError, validate } from '../../routes/ops-validation';
import { sellerAccount } from '../../sellers/links';
import { enqueueJobs, pollJobsFor, POLLERS } from './jobs';
import { startPollingAll } from './source-queue';

/** `POST /api/sources/amazon/poll`: `{}` polls every linked seller, `{"sellerId"}` one. */
export const pollRequestSchema = z.strictObject({
  sellerId: z.optional(sellerIdSchema),
});

/** 202: what was queued. `sellers` is 1, or "all" (every pollable seller, listed by the queue). */
export const pollResponseSchema = z.object({
  queued: z.object({ sellers: z.union([z.literal(1), z.literal('all')]), pollers: z.array(z.enum(POLLERS)) }),
});

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
  .post(
    '/poll',
    limitBody(4096),
    validate('json', pollRequestSchema, { error: 'invalid poll request' }),
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
        return c.json({ error: refused.error } satisfies ApiError, refused.status);
      }
      await enqueueJobs(c.env, pollJobsFor(sellerId));
      c.get('log').info('Amazon polls started', { seller: sellerId });
      return c.json({ queued: { sellers: 1, pollers: [...POLLERS] } } satisfies z.infer<typeof pollResponseSchema>, 202);
    },
  )
  .onError(onOpsError);
