import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { devApp as app } from '../../src/dev/app';
import { activeUserForSeller } from '../../src/sellers/links';
import { newUserId } from '../support/webhook';
import { newSellerId } from '../alerts/support';

const post = (body: unknown, devMode: string) =>
  app.request('/dev/alerts/links', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, { ...env, DEV_MODE: devMode });

describe('POST /dev/alerts/links', () => {
  it('is 404 and links nothing without DEV_MODE', async () => {
    const sellerId = newSellerId();
    expect((await post({ links: [{ sellerId, userId: newUserId() }] }, 'false')).status).toBe(404);
    expect(await activeUserForSeller(env, sellerId)).toMatchObject({ reason: 'not-linked' });
  });

  it('links sellers to users in dev, and refuses malformed links', async () => {
    const sellerId = newSellerId();
    const userId = newUserId();
    const res = await post({ links: [{ sellerId, userId }] }, 'true');
    expect(res.status).toBe(200);
    expect(await activeUserForSeller(env, sellerId)).toMatchObject({ userId });
    expect((await post({ links: [{ sellerId: 'a:b', userId: 'x' }] }, 'true')).status).toBe(400);
    expect((await post({}, 'true')).status).toBe(400);
  });
});
