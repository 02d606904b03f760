import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { Hono } from './hono';
import type { AppEnv } from './app-env';
import { checkConfig } from './config';
import { createLogger } from './log';
import { apiRoutes } from './routes/api';
import { healthzRoute } from './routes/healthz';
import { insightsRoutes } from './routes/insights';
import { linkRoutes } from './routes/link';
import { webhookRoute } from './routes/webhook';
import { amazonEventsRoute } from './sources/amazon/events-route';
import { amazonPollRoute } from './sources/amazon/poll-route';

export const app = new Hono<AppEnv>();

// A client's x-request-id is kept only if it is short and plain; otherwise a fresh one is made.
app.use('*', requestId({ limitLength: 64 }));

app.use('*', async (c, next) => {
  c.set('log', createLogger({ requestId: c.get('requestId') }));
  const started = Date.now();
  await next();
  // One access line per request: the route's pattern, never the path itself, which can
  // carry seller ids (/api/sellers/<id>/…) or, in its query, link tokens.
  c.get('log').info('request', { method: c.req.method, route: routePath(c, -1) || 'unmatched', status: c.res.status, ms: Date.now() - started });
});

// Running with the dev tools against the real LINE would let anyone drive the real channel.
app.use('*', async (c, next) => {
  const { fatal } = checkConfig(c.env);
  if (!fatal || c.req.path === '/healthz') return next();
  c.get('log').error('refusing to serve: misconfigured', { problem: fatal });
  return c.json({ error: 'misconfigured', details: fatal }, 503);
});

app.route('/webhook', webhookRoute);
app.route('/link', linkRoutes);
app.route('/healthz', healthzRoute);
app.route('/api/insights', insightsRoutes);
app.route('/api/sources/amazon', amazonPollRoute);
app.route('/sources/amazon', amazonEventsRoute);
app.route('/api', apiRoutes);

app.notFound((c) => c.json({ error: 'not found' }, 404));
app.onError((err, c) => {
  // Hono's own refusals (a body that is not JSON, a bearer token refused) answer as they were made.
  if (err instanceof HTTPException) return err.res ?? c.json({ error: err.message }, err.status);
  c.get('log').error('unhandled error', { error: err, route: routePath(c, -1) });
  return c.json({ error: 'internal error' }, 500);
});
