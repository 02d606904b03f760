import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ALERT_TYPES } from '../../content/alerts';
import { devApp as app } from '../../src/dev/app';
import { putLink } from '../../src/sellers/links';
import { newUserId } from '../support/webhook';

const dev = { ...env, DEV_MODE: 'true' };
const lineUserId = () => `U${crypto.randomUUID().replace(/-/g, '')}`;

describe('the dev simulator', () => {
  it('answers for the page with how to build it when the Worker has no built simulator', async () => {
    // The page, its script and stylesheet come from the dev Worker's static assets (test/node/dev-server.test.ts).
    for (const path of ['/dev', '/dev/simulator/main.js', '/dev/simulator/style.css']) {
      const res = await app.request(path, {}, dev);
      expect(res.status, path).toBe(503);
      expect(await res.text(), path).toContain('npm run dev');
    }
    expect((await app.request('/dev/simulator/nothing.exe', {}, dev)).status).toBe(404);
  });

  it('gives the page its config without any secret: events are signed and ops calls authorised on the server', async () => {
    const res = await app.request('/dev/simulator/config', {}, dev);
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const secret of [env.LINE_CHANNEL_SECRET, env.LINE_CHANNEL_ACCESS_TOKEN, env.OPS_API_TOKEN, env.TOKEN_ENCRYPTION_KEY, env.LWA_CLIENT_SECRET!, 'dev-amazon-events-token']) expect(text).not.toContain(secret);
    const config = JSON.parse(text) as { alertTypes: string[]; spApiApplicationId: string };
    expect(config.alertTypes).toEqual([...ALERT_TYPES]);
    expect(config.spApiApplicationId).toBe(env.SPAPI_APPLICATION_ID);
  });

  it('relays only the ops API paths the page uses', async () => {
    for (const path of ['/dev/simulator/ops/api/insights/unanswered', '/dev/simulator/ops/webhook', '/dev/simulator/ops/api/alerts/../../healthz', '/dev/simulator/ops/api/sources/amazon/events']) {
      expect((await app.request(path, {}, dev)).status, path).toBe(404);
    }
  });

  it('relays Amazon events only with a token to add, and rich-menu images only by rich-menu id', async () => {
    const post = (environment: object) => app.request('/dev/simulator/amazon/events', { method: 'POST', body: '{}' }, environment);
    const without = await post({ ...dev, AMAZON_EVENTS_TOKEN: undefined });
    expect(without.status).toBe(503);
    expect(await without.text()).toContain('AMAZON_EVENTS_TOKEN');
    for (const id of ['x', '..%2F..%2Fmessages', 'richmenu-XYZ']) expect((await app.request(`/dev/simulator/rich-menu-image/${id}`, {}, dev)).status, id).toBe(400);
  });

  it('answers 404 for the page, its modules and its config without DEV_MODE', async () => {
    for (const path of ['/dev', '/dev/simulator/main.js', '/dev/simulator/style.css', '/dev/simulator/config', `/dev/simulator/rich-menu?userId=${lineUserId()}`, `/dev/simulator/link?userId=${lineUserId()}`, '/dev/simulator/rich-menu-image/richmenu-0123456789abcdef0123456789abcdef']) {
      const res = await app.request(path, {}, env);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain(env.LINE_CHANNEL_SECRET);
    }
  });

  it('shows a user without a linked rich menu the menu of content/richmenus.ts for their link state', async () => {
    type Menu = { aliasId: string; menu: { size: { width: number; height: number }; areas: { bounds: { x: number; y: number; width: number; height: number }; action: { type: string; label: string; data: string } }[] } };
    const menuOf = async (userId: string) => (await (await app.request(`/dev/simulator/rich-menu?userId=${userId}`, {}, dev)).json()) as Menu;
    const newcomer = lineUserId();
    const linked = lineUserId();
    await putLink(env, { userId: linked, sellerId: `A${linked.slice(1, 14).toUpperCase()}`, linkedAt: Date.now(), active: true });

    const before = await menuOf(newcomer);
    const after = await menuOf(linked);
    expect(before.aliasId).toBe('unlinked-ja');
    expect(after.aliasId).toBe('linked-ja');
    expect(before.menu.areas.map((a) => a.action.label)).toContain('連携する');
    expect(after.menu.areas.map((a) => a.action.label)).toContain('通知設定');
    for (const { menu } of [before, after]) {
      for (const area of menu.areas) {
        expect(area.action.type).toBe('postback');
        expect(area.action.data).toMatch(/^v=1&a=intent&id=/);
        expect(area.bounds.x + area.bounds.width).toBeLessThanOrEqual(menu.size.width);
        expect(area.bounds.y + area.bounds.height).toBeLessThanOrEqual(menu.size.height);
      }
    }
  });

  it('tells the ops panel which seller the selected user linked', async () => {
    const linked = lineUserId();
    const sellerId = `A${linked.slice(1, 14).toUpperCase()}`;
    await putLink(env, { userId: linked, sellerId, linkedAt: Date.now(), active: true });
    const linkOf = async (userId: string) => (await app.request(`/dev/simulator/link?userId=${userId}`, {}, dev)).json();
    expect(await linkOf(linked)).toEqual({ sellerId, active: true });
    expect(await linkOf(lineUserId())).toEqual({ sellerId: null, active: false });
  });

  it('refuses rich-menu and link requests without a LINE user id', async () => {
    for (const path of ['rich-menu', 'link']) {
      for (const userId of ['', 'nobody', newUserId()]) {
        const res = await app.request(`/dev/simulator/${path}?userId=${encodeURIComponent(userId)}`, {}, dev);
        expect(res.status, `${path} ${userId}`).toBe(400);
        expect(((await res.json()) as { error: string }).error).toContain('LINE user id');
      }
    }
  });
});
