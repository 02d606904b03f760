import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readConfig } from '../../config';
import type { DevAppEnv } from '../dev-env';
import { selfUrl } from '../self-url';
import { postSignedWebhook } from '../signed-webhook';

/**
 * The simulator page holds no secret. What needs one goes through these relays, which add it
 * on the server and pass the answer back as it came:
 * - /webhook: events signed with the channel secret, as LINE would;
 * - /ops/*: the ops API with the ops token, only the paths the page uses;
 * - /amazon/events: `POST /sources/amazon/events` with the Amazon events token, as Amazon's
 *   EventBridge API destination would;
 * - /rich-menu-image/:id: LINE's data API with the channel access token (an <img> cannot send one).
 */

const NO_STORE = { 'cache-control': 'no-store' };
const OPS_PATH = /^\/api\/(alerts(\/[A-Za-z0-9_-]{1,64})?|sellers\/[A-Za-z0-9._-]{1,64}\/(settings|alerts)|sources\/amazon\/poll)$/;
const RICH_MENU_ID = /^richmenu-[0-9a-f]{32}$/;

/** The answer of the relayed call, with its status and content type, never cached. */
async function passBack(res: Response): Promise<Response> {
  return new Response(await res.arrayBuffer(), { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? 'application/json', ...NO_STORE } });
}

const limit = bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.json({ error: 'body too large' }, 413) });

export const simulatorRelays = new Hono<DevAppEnv>()
  .post('/webhook', limit, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { events?: unknown } | null;
    if (!body || !Array.isArray(body.events) || body.events.length > 100) return c.json({ error: 'send {"events": [...]} (at most 100)' }, 400);
    return passBack(await postSignedWebhook(c.env, body.events));
  })
  .on(['GET', 'POST', 'PUT'], '/ops/*', limit, async (c) => {
    const path = c.req.path.slice(c.req.path.indexOf('/ops/') + '/ops'.length);
    if (!OPS_PATH.test(path)) return c.json({ error: 'not an ops API path the simulator uses' }, 404);
    const res = await fetch(selfUrl(c.env, path + new URL(c.req.url).search), {
      method: c.req.method,
      headers: { authorization: `Bearer ${readConfig(c.env).opsApiToken}`, 'content-type': 'application/json' },
      ...(c.req.method === 'GET' ? {} : { body: await c.req.text() }),
    });
    return passBack(res);
  })
  .post('/amazon/events', limit, async (c) => {
    const token = readConfig(c.env).amazon.eventsToken;
    if (!token) return c.json({ error: 'AMAZON_EVENTS_TOKEN is not set (see [env.dev.vars] in wrangler.toml)' }, 503);
    const res = await fetch(selfUrl(c.env, '/sources/amazon/events'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: await c.req.text(),
    });
    return passBack(res);
  })
  .get('/rich-menu-image/:richMenuId', async (c) => {
    const id = c.req.param('richMenuId');
    if (!RICH_MENU_ID.test(id)) return c.json({ error: 'not a rich menu id' }, 400);
    const { dataApiBaseUrl, channelAccessToken } = readConfig(c.env).line;
    const res = await fetch(`${dataApiBaseUrl}/v2/bot/richmenu/${id}/content`, {
      headers: { authorization: `Bearer ${channelAccessToken}` },
    });
    return passBack(res);
  });
