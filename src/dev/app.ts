import { Hono } from 'hono';
import { app } from '../app';
import type { DevAppEnv } from './dev-env';
import { devRoutes } from './routes';

/**
 * The dev Worker's app: the production app, unchanged, with the local tools under /dev.
 * Mounting the production app first puts its request id, access log and refusal of a
 * dangerous configuration in front of /dev as well.
 */
export const devApp = new Hono<DevAppEnv>()
  .route('/', app)
  .route('/dev', devRoutes);

devApp.notFound((c) => c.json({ error: 'not found' }, 404));
devApp.onError((err, c) => {
  c.get('log').error('unhandled error', { error: err });
  return c.json({ error: 'internal error' }, 500);
});
