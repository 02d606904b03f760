import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { readConfig } from '../config';
import { devAlertLinks } from './alert-links';
import { devFakeAmazon } from './dev-fake-amazon';
import type { DevAppEnv } from './dev-env';
import { createFakeLineApi, FakeLineState } from './fake-line-api';
import { lineAccountLinkDialog } from './line-account-link';
import { simulatorRoutes } from './simulator/routes';

// One isolate serves `wrangler dev`, so the fake's memory lives as long as the dev server.
const fakeLineState = new FakeLineState();

/**
 * The local tools, mounted under /dev by the dev Worker only. Every route is 404 unless
 * DEV_MODE is "true" as well, so `wrangler dev --env dev --var DEV_MODE:false` has none.
 */
export const devRoutes = new Hono<DevAppEnv>()
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
  .route('/line-api', createFakeLineApi(fakeLineState))
  .route('/line/account-link', lineAccountLinkDialog(fakeLineState))
  .route('/seller-central', devFakeAmazon.sellerCentral)
  .route('/sp-api', devFakeAmazon.spApi)
  .route('/alerts', devAlertLinks)
  .route('/', simulatorRoutes);
