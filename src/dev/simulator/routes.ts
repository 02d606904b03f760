import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { readConfig } from '../../config';
import { CLIENT_MODULES } from './client';
import { simulatorConfig } from './config';
import { builtInRichMenu } from './built-in-rich-menu';
import { simulatorPage } from './page';
import { simulatorStyle } from './style';
import { getUserLink } from '../../store/links';
import { postSignedWebhook } from '../signed-webhook';

// Everything here is for a local browser that is always working on the latest code.
const NO_STORE = { 'cache-control': 'no-store' };
const LINE_USER_ID = /^U[0-9a-f]{32}$/;
const BAD_USER_ID = { error: 'userId must be a LINE user id (U + 32 hex digits)' };

const OPS_PATH = /^\/api\/(alerts(\/[A-Za-z0-9_-]{1,64})?|sellers\/[A-Za-z0-9._-]{1,64}\/(settings|alerts))$/;

/**
 * The local chat simulator. Mounted under /dev, so DEV_MODE guards every route. The page
 * holds no secret: it hands its events to /dev/simulator/webhook, which signs them as LINE
 * would, and its ops calls to /dev/simulator/ops, which adds the ops token.
 */
export const simulatorRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.html(simulatorPage(), 200, NO_STORE))
  .get('/simulator', (c) => c.redirect('/dev'))
  .get('/simulator/config', (c) => c.json(simulatorConfig(c.env), 200, NO_STORE))
  .post('/simulator/webhook', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { events?: unknown } | null;
    if (!body || !Array.isArray(body.events) || body.events.length > 100) return c.json({ error: 'send {"events": [...]} (at most 100)' }, 400);
    const res = await postSignedWebhook(c.env, body.events);
    return c.body(await res.text(), res.status as 200, { 'content-type': res.headers.get('content-type') ?? 'application/json', ...NO_STORE });
  })
  .on(['GET', 'POST', 'PUT'], '/simulator/ops/*', async (c) => {
    const path = c.req.path.slice(c.req.path.indexOf('/simulator/ops') + '/simulator/ops'.length);
    if (!OPS_PATH.test(path)) return c.json({ error: 'not an ops API path the simulator uses' }, 404);
    const url = new URL(c.req.url);
    const { publicBaseUrl, opsApiToken } = readConfig(c.env);
    const res = await fetch(`${publicBaseUrl}${path}${url.search}`, {
      method: c.req.method,
      headers: { authorization: `Bearer ${opsApiToken}`, 'content-type': 'application/json' },
      ...(c.req.method === 'GET' ? {} : { body: await c.req.text() }),
    });
    return c.body(await res.text(), res.status as 200, { 'content-type': 'application/json', ...NO_STORE });
  })
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
