import { Hono } from '../hono';
import type { AppEnv } from '../app-env';
import type { ApiError } from '../model/field-error';
import { feedbackCounts, listUnanswered } from '../store/insights';
import { requireOpsToken } from './ops-auth';
import { unansweredQuerySchema } from './ops-params';
import { onOpsError, validate } from './ops-validation';

/** Ops insights: what sellers asked that the bot could not answer, and how answers were rated. */
export const insightsRoutes = new Hono<AppEnv>()
  .use('*', requireOpsToken)
  // "invalid limit" is what this listing has always answered to a bad limit.
  .get('/unanswered', validate('query', unansweredQuerySchema, { error: (details) => (details.every((d) => d.field === 'limit') ? 'invalid limit' : 'invalid query') }), async (c) => {
    const { limit, cursor } = c.req.valid('query');
    try {
      return c.json(await listUnanswered(c.env, { limit, ...(cursor ? { cursor } : {}) }));
    } catch (err) {
      // KV refuses a cursor it did not issue.
      c.get('log').warn('unanswered listing failed', { error: err });
      return c.json({ error: 'invalid query', details: [{ field: 'cursor', message: 'must be the cursor of the previous page' }] } satisfies ApiError, 400);
    }
  })
  .get('/feedback', async (c) => c.json({ intents: await feedbackCounts(c.env) }))
  .onError(onOpsError);
