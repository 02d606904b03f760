import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { feedbackCounts, listUnanswered } from '../store/insights';
import { requireOpsToken } from './ops-auth';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** Ops insights: what sellers asked that the bot could not answer, and how answers were rated. */
export const insightsRoutes = new Hono<AppEnv>();

insightsRoutes.use('*', requireOpsToken);

insightsRoutes.get('/unanswered', async (c) => {
  const rawLimit = c.req.query('limit');
  const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return c.json({ error: 'invalid limit', details: `limit must be an integer from 1 to ${MAX_LIMIT}` }, 400);
  }
  const cursor = c.req.query('cursor');
  const page = await listUnanswered(c.env, { limit, ...(cursor ? { cursor } : {}) });
  return c.json(page);
});

insightsRoutes.get('/feedback', async (c) => c.json({ intents: await feedbackCounts(c.env) }));
