import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { CLIENT_MODULES } from './client';
import { simulatorConfig } from './config';
import { builtInRichMenu } from './built-in-rich-menu';
import { simulatorPage } from './page';
import { simulatorStyle } from './style';
import { getUserLink } from '../../store/links';

// Everything here is for a local browser that is always working on the latest code.
const NO_STORE = { 'cache-control': 'no-store' };
const LINE_USER_ID = /^U[0-9a-f]{32}$/;
const BAD_USER_ID = { error: 'userId must be a LINE user id (U + 32 hex digits)' };

/**
 * The local chat simulator. Mounted under /dev, so DEV_MODE guards every route (the
 * config hands the dev channel secret and ops token to the page, which needs them to
 * sign webhook events and call the ops API exactly as LINE and ops would).
 */
export const simulatorRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.html(simulatorPage(), 200, NO_STORE))
  .get('/simulator', (c) => c.redirect('/dev'))
  .get('/simulator/config', (c) => c.json(simulatorConfig(c.env), 200, NO_STORE))
  .get('/simulator/rich-menu', async (c) => {
    const userId = c.req.query('userId') ?? '';
    if (!LINE_USER_ID.test(userId)) return c.json(BAD_USER_ID, 400);
    return c.json(await builtInRichMenu(c.env, userId), 200, NO_STORE);
  })
  // Lets the ops panel address the seller the selected user linked on the dev consent page.
  .get('/simulator/link', async (c) => {
    const userId = c.req.query('userId') ?? '';
    if (!LINE_USER_ID.test(userId)) return c.json(BAD_USER_ID, 400);
    const link = await getUserLink(c.env, userId);
    return c.json(link ? { sellerId: link.sellerId, active: link.active } : { sellerId: null, active: false }, 200, NO_STORE);
  })
  .get('/simulator/style.css', (c) => c.body(simulatorStyle, 200, { 'content-type': 'text/css; charset=utf-8', ...NO_STORE }))
  .get('/simulator/:module{[a-z-]+\\.js}', (c) => {
    const source = CLIENT_MODULES[c.req.param('module')];
    if (source === undefined) return c.json({ error: 'not found' }, 404);
    return c.body(source, 200, { 'content-type': 'text/javascript; charset=utf-8', ...NO_STORE });
  });
