import { Hono, type Context } from 'hono';
import { getUserLink } from '../../sellers/links';
import type { DevAppEnv } from '../dev-env';
import { builtInRichMenu } from './built-in-rich-menu';
import { simulatorConfig } from './config';
import type { UserLinkView } from './protocol';
import { simulatorRelays } from './relays';

// Everything here is for a local browser that is always working on the latest code.
const NO_STORE = { 'cache-control': 'no-store' };
const LINE_USER_ID = /^U[0-9a-f]{32}$/;
const BAD_USER_ID = { error: 'userId must be a LINE user id (U + 32 hex digits)' };

/**
 * The page's built files (index.html, main.js, style.css), from the dev Worker's static
 * assets: `npm run build:simulator` bundles src/dev/simulator/client into dist/dev-assets,
 * and `npm run dev` runs it first.
 */
async function serveAsset(c: Context<DevAppEnv>, path: string): Promise<Response> {
  const res = await c.env.ASSETS.fetch(new URL(path, c.req.url));
  if (!res.ok) return c.json({ error: `the simulator is not built into this Worker (${path}): run it with \`npm run dev\`, which runs \`npm run build:simulator\` first` }, 503);
  return new Response(res.body, { headers: { 'content-type': res.headers.get('content-type') ?? 'application/octet-stream', ...NO_STORE } });
}

/** The local chat simulator, mounted under /dev (see README, "The simulator"). */
export const simulatorRoutes = new Hono<DevAppEnv>()
  .get('/', (c) => serveAsset(c, '/dev/simulator/index.html'))
  .get('/simulator', (c) => c.redirect('/dev'))
  // Only the files the build makes: any other name is a 404, not a hint to rebuild.
  .get('/simulator/:file{(?:main\\.js(?:\\.map)?|style\\.css)}', (c) => serveAsset(c, `/dev/simulator/${c.req.param('file')}`))
  .get('/simulator/config', (c) => c.json(simulatorConfig(c.env), 200, NO_STORE))
  .get('/simulator/rich-menu', async (c) => {
    const userId = c.req.query('userId') ?? '';
    if (!LINE_USER_ID.test(userId)) return c.json(BAD_USER_ID, 400);
    return c.json(await builtInRichMenu(c.env, userId), 200, NO_STORE);
  })
  // The ops and Amazon panels address the seller the selected user linked, and only that one.
  .get('/simulator/link', async (c) => {
    const userId = c.req.query('userId') ?? '';
    if (!LINE_USER_ID.test(userId)) return c.json(BAD_USER_ID, 400);
    const link = await getUserLink(c.env, userId);
    const view: UserLinkView = link ? { sellerId: link.sellerId, active: link.active } : { sellerId: null, active: false };
    return c.json(view, 200, NO_STORE);
  })
  .route('/simulator', simulatorRelays);
