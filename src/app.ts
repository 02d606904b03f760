import { Hono } from 'hono';
import type { AppEnv } from './app-env';
import { createLogger } from './log';
import { apiRoutes } from './routes/api';
import { devRoutes } from './routes/dev';
import { healthzRoute } from './routes/healthz';
import { insightsRoutes } from './routes/insights';
import { linkRoutes } from './routes/link';
import { webhookRoute } from './routes/webhook';

export const app = new Hono<AppEnv>();

app.use('*', async (c, next) => {
  const requestId = c.req.header('x-request-id') ?? crypto.randomUUID();
  c.set('requestId', requestId);
  c.set('log', createLogger({ requestId }));
  const started = Date.now();
  await next();
  c.header('x-request-id', requestId);
  // One access line per request; the path only, since query strings can carry link tokens.
  c.get('log').info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Date.now() - started });
});

app.route('/webhook', webhookRoute);
app.route('/link', linkRoutes);
app.route('/healthz', healthzRoute);
app.route('/api/insights', insightsRoutes);
app.route('/api', apiRoutes);
app.route('/dev', devRoutes);

app.notFound((c) => c.json({ error: 'not found' }, 404));
app.onError((err, c) => {
  c.get('log').error('unhandled error', { error: err, path: c.req.path });
  return c.json({ error: 'internal error' }, 500);
});
