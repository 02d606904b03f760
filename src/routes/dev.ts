import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env';
import { readConfig } from '../config';
import { devAlertRoutes } from '../alerts/dev-routes';
import { createFakeLineApi, FakeLineState } from '../dev/fake-line-api';
import { simulatorRoutes } from '../dev/simulator/routes';
import { devLinkingRoutes } from './dev-seller-central';

// One isolate serves `wrangler dev`, so the fake's memory lives as long as the dev server.
const fakeLineState = new FakeLineState();
const fakeLineApi = createFakeLineApi(fakeLineState);

/** Local-only tools. Every route here is 404 unless DEV_MODE is "true". */
export const devRoutes = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    if (!readConfig(c.env).devMode) return c.json({ error: 'not found' }, 404);
    await next();
  })
  .use(
    '*',
    secureHeaders({
      referrerPolicy: 'no-referrer',
      contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'], formAction: ["'self'"], frameAncestors: ["'none'"] },
    }),
  )
  .route('/line-api', fakeLineApi)
  .route('/alerts', devAlertRoutes)
  .route('/', devLinkingRoutes(fakeLineState))
  .route('/', simulatorRoutes);
