import { Hono } from 'hono';
import { SELLER_ID } from '../model/seller-id';
import { putLink } from '../sellers/links';
import type { DevAppEnv } from './dev-env';

const LINE_USER_ID = /^U[0-9A-Za-z]{1,64}$/;

/**
 * `POST /dev/alerts/links`: links sellers to LINE users in one call, so the alert benchmark
 * and manual tries need not walk the whole linking flow per seller.
 */
export const devAlertLinks = new Hono<DevAppEnv>().post('/links', async (c) => {
  const body = (await c.req.json().catch(() => null)) as { links?: { sellerId?: unknown; userId?: unknown }[] } | null;
  const links = body?.links;
  if (!Array.isArray(links) || links.length === 0 || links.length > 1000) return c.json({ error: 'send {"links": [{"sellerId", "userId"}, …]} (1–1000)' }, 400);
  const bad = links.flatMap((l, i) => (typeof l?.sellerId === 'string' && SELLER_ID.test(l.sellerId) && typeof l.userId === 'string' && LINE_USER_ID.test(l.userId) ? [] : [`links[${i}]`]));
  if (bad.length > 0) return c.json({ error: 'invalid links', details: bad }, 400);
  const now = Date.now();
  await Promise.all(links.map((l) => putLink(c.env, { sellerId: l.sellerId as string, userId: l.userId as string, linkedAt: now, active: true })));
  return c.json({ linked: links.length });
});
