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
    expect(Object.keys(body.bindings).sort()).toEqual(['durableObject', 'kv', 'queue']);
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

  it('reveals no secret when healthy either', async () => {
    const text = await (await app.request('/healthz', {}, env)).text();
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });
});
