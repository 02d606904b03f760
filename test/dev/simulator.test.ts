import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ALERT_TYPES } from '../../content/alerts';
import { app } from '../../src/app';
import { CLIENT_MODULES } from '../../src/dev/simulator/client';
import { putLink } from '../../src/store/links';
import { newUserId } from '../support/webhook';

const dev = { ...env, DEV_MODE: 'true' };
const lineUserId = () => `U${crypto.randomUUID().replace(/-/g, '')}`;

describe('the dev simulator', () => {
  it('serves the chat page at /dev in DEV_MODE', async () => {
    const res = await app.request('/dev', {}, dev);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/dev/simulator/main.js">');
    expect(html).toContain('id="chat"');
  });

  it('serves every client module as JavaScript, and its stylesheet', async () => {
    for (const name of Object.keys(CLIENT_MODULES)) {
      const res = await app.request(`/dev/simulator/${name}`, {}, dev);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type'), name).toContain('text/javascript');
      expect(await res.text(), name).toBe(CLIENT_MODULES[name]);
    }
    const css = await app.request('/dev/simulator/style.css', {}, dev);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await app.request('/dev/simulator/nothing.js', {}, dev)).status).toBe(404);
  });

  it('every module the page imports is served', () => {
    const imported = Object.values(CLIENT_MODULES).flatMap((source) => [...source.matchAll(/from '\.\/([a-z-]+\.js)'/g)].map((m) => m[1]));
    expect(imported.length).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(CLIENT_MODULES)).toContain(name);
  });

  it('gives the page its config without any secret: events are signed and ops calls authorised on the server', async () => {
    const res = await app.request('/dev/simulator/config', {}, dev);
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const secret of [env.LINE_CHANNEL_SECRET, env.LINE_CHANNEL_ACCESS_TOKEN, env.OPS_API_TOKEN, env.TOKEN_ENCRYPTION_KEY]) expect(text).not.toContain(secret);
    expect((JSON.parse(text) as { alertTypes: string[] }).alertTypes).toEqual([...ALERT_TYPES]);
  });

  it('relays only the ops API paths the page uses', async () => {
    for (const path of ['/dev/simulator/ops/api/insights/unanswered', '/dev/simulator/ops/webhook', '/dev/simulator/ops/api/alerts/../../healthz']) {
      expect((await app.request(path, {}, dev)).status, path).toBe(404);
    }
  });

  it('answers 404 for the page, its modules and its config without DEV_MODE', async () => {
    for (const path of ['/dev', '/dev/simulator/main.js', '/dev/simulator/style.css', '/dev/simulator/config', `/dev/simulator/rich-menu?userId=${lineUserId()}`, `/dev/simulator/link?userId=${lineUserId()}`]) {
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
