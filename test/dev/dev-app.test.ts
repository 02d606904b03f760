import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import devWorker, { Conversation as DevConversation, LinkSession as DevLinkSession, SellerAccount as DevSellerAccount } from '../../src/dev';
import { devApp } from '../../src/dev/app';
import productionWorker, { Conversation, LinkSession, SellerAccount } from '../../src/index';
import type { Env } from '../../src/env';

const withDevMode = (devMode: string) => ({ ...env, DEV_MODE: devMode });

describe('the dev Worker', () => {
  it('is the production Worker with the dev tools added: same Durable Objects, queue and cron handlers', () => {
    expect([DevConversation, DevLinkSession, DevSellerAccount]).toEqual([Conversation, LinkSession, SellerAccount]);
    expect(devWorker.queue).toBe(productionWorker.queue);
    expect(devWorker.scheduled).toBe(productionWorker.scheduled);
    expect(devWorker.fetch).not.toBe(productionWorker.fetch);
  });

  it('serves the production routes as the production app does', async () => {
    for (const path of ['/api/openapi.json', '/nothing']) {
      const [production, dev] = await Promise.all([app.request(path, {}, env), devApp.request(path, {}, withDevMode('true'))]);
      expect(dev.status, path).toBe(production.status);
      expect(await dev.text(), path).toBe(await production.text());
    }
    const unsigned = await devApp.request('/webhook', { method: 'POST', body: '{}' }, withDevMode('true'));
    expect(unsigned.status).toBe(401);
  });

  it('serves the dev tools with DEV_MODE on, and none of them with it off', async () => {
    const paths = ['/dev/line-api/messages', `/dev/seller-central/apps/authorize/consent?application_id=a&state=s&redirect_uri=${encodeURIComponent('https://bot.test/link/callback')}`, '/dev/simulator/config'];
    for (const path of paths) {
      expect((await devApp.request(path, {}, withDevMode('true'))).status, path).toBe(200);
      expect((await devApp.request(path, {}, withDevMode('false'))).status, path).toBe(404);
    }
    const consent = await (await devApp.request(paths[1]!, {}, withDevMode('true'))).text();
    expect(consent).toContain('同意');
    expect(consent).toContain('name="seller_id"');
  });

  it('puts the request id and the refusal of DEV_MODE against LINE itself in front of the dev tools too', async () => {
    const ok = await devApp.request('/dev/line-api/messages', { headers: { 'x-request-id': 'dev-req-1' } }, withDevMode('true'));
    expect(ok.headers.get('x-request-id')).toBe('dev-req-1');
    const dangerous = { ...env, DEV_MODE: 'true', LINE_API_BASE_URL: 'https://api.line.me' } as Env;
    for (const path of ['/dev/line-api/messages', '/dev/simulator/config', '/dev', '/webhook']) {
      const res = await devApp.request(path, {}, dangerous);
      expect(res.status, path).toBe(503);
      expect(await res.text(), path).not.toContain(env.LINE_CHANNEL_SECRET);
    }
  });
});
