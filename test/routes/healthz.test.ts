import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { app } from '../../src/app';
import type { Env } from '../../src/env';

const secrets = () => [env.LINE_CHANNEL_SECRET, env.LINE_CHANNEL_ACCESS_TOKEN, env.OPS_API_TOKEN];

describe('GET /healthz', () => {
  it('answers 200 with the version and every binding answering', async () => {
    const res = await app.request('/healthz', {}, env);

    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; version: string; bindings: Record<string, { ok: boolean; ms: number }> };
    expect(body.status).toBe('ok');
    expect(body.version).toBe(pkg.version);
    expect(Object.keys(body.bindings).sort()).toEqual(['assets', 'durableObject', 'kv', 'queue']);
    expect(Object.values(body.bindings).every((b) => b.ok && typeof b.ms === 'number')).toBe(true);
  });

  it('answers 503 and names the binding that is missing, without revealing secrets', async () => {
    const broken = { ...env, ALERT_QUEUE: undefined, KV: undefined } as unknown as Env;
    const res = await app.request('/healthz', {}, broken);

    expect(res.status).toBe(503);
    const text = await res.text();
    const body = JSON.parse(text) as { status: string; bindings: Record<string, { ok: boolean; error?: string }> };
    expect(body.status).toBe('degraded');
    expect(body.bindings.queue).toMatchObject({ ok: false, error: 'ALERT_QUEUE is not bound' });
    expect(body.bindings.kv?.ok).toBe(false);
    expect(body.bindings.durableObject?.ok).toBe(true);
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });

  it('answers 503 when the static assets a conversation reads are not there', async () => {
    const unbound = { ...env, ASSETS: undefined } as unknown as Env;
    const res = await app.request('/healthz', {}, unbound);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { bindings: Record<string, unknown> }).bindings.assets).toMatchObject({ ok: false, error: 'ASSETS is not bound' });

    const empty = { ...env, ASSETS: { fetch: async () => new Response('not found', { status: 404 }) } } as unknown as Env;
    const missing = await app.request('/healthz', {}, empty);
    expect(missing.status).toBe(503);
    expect(((await missing.json()) as { bindings: Record<string, unknown> }).bindings.assets).toMatchObject({ ok: false, error: '/intent-model.json answered 404' });
  });

  it('reveals no secret when healthy either', async () => {
    const text = await (await app.request('/healthz', {}, env)).text();
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });

  it('reports missing, placeholder and malformed settings as degraded, by name and never by value', async () => {
    const misconfigured = {
      ...env,
      OPS_API_TOKEN: '',
      PUBLIC_BASE_URL: 'https://seller-alerts.example.com',
      LWA_CLIENT_ID: 'REPLACE_WITH_LWA_CLIENT_ID',
      TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=',
    } as Env;
    const res = await app.request('/healthz', {}, misconfigured);
    expect(res.status).toBe(503);
    const text = await res.text();
    const body = JSON.parse(text) as { status: string; config: { ok: boolean; missing: string[]; placeholder: string[]; invalid: string[] } };
    expect(body.status).toBe('degraded');
    expect(body.config).toMatchObject({ ok: false, missing: ['OPS_API_TOKEN'], invalid: ['TOKEN_ENCRYPTION_KEY'] });
    expect(body.config.placeholder.sort()).toEqual(['LWA_CLIENT_ID', 'PUBLIC_BASE_URL']);
    for (const value of ['c2hvcnQ=', 'seller-alerts.example.com', ...secrets()]) expect(text).not.toContain(value);
  });
});

describe('DEV_MODE against LINE itself', () => {
  it('is refused: every route answers 503 and /healthz says why', async () => {
    const dangerous = { ...env, DEV_MODE: 'true', LINE_API_BASE_URL: 'https://api.line.me' } as Env;
    for (const path of ['/dev/simulator/config', '/dev', '/api/openapi.json']) {
      const res = await app.request(path, {}, dangerous);
      expect(res.status, path).toBe(503);
      expect(await res.text(), path).not.toContain(env.LINE_CHANNEL_SECRET);
    }
    const webhook = await app.request('/webhook', { method: 'POST', body: '{}' }, dangerous);
    expect(webhook.status).toBe(503);
    const health = (await (await app.request('/healthz', {}, dangerous)).json()) as { status: string; config: { fatal?: string } };
    expect(health.status).toBe('degraded');
    expect(health.config.fatal).toMatch(/DEV_MODE/);
  });
});

describe('request ids', () => {
  it('keeps a plain client id and replaces one that could forge log lines', async () => {
    const plain = await app.request('/healthz', { headers: { 'x-request-id': 'abc-123' } }, env);
    expect(plain.headers.get('x-request-id')).toBe('abc-123');
    for (const bad of ['a"},{"level":"error"', 'x'.repeat(200), 'id with spaces']) {
      const res = await app.request('/healthz', { headers: { 'x-request-id': bad } }, env);
      expect(res.headers.get('x-request-id')).not.toBe(bad);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
