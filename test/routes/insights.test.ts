import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import { recordUnanswered, UNANSWERED_TTL_SECONDS } from '../../src/store/insights';
import { newUserId } from '../support/webhook';

const auth = { headers: { authorization: `Bearer ${env.OPS_API_TOKEN}` } };

describe('/api/insights', () => {
  it('refuses requests without the ops token', async () => {
    for (const path of ['/api/insights/unanswered', '/api/insights/feedback']) {
      expect((await app.request(path, {}, env)).status, path).toBe(401);
      expect((await app.request(path, { headers: { authorization: 'Bearer wrong' } }, env)).status, path).toBe(401);
    }
  });

  it('answers 400 to a bad limit', async () => {
    for (const limit of ['0', '-1', 'abc', '1.5', '5000']) {
      const res = await app.request(`/api/insights/unanswered?limit=${limit}`, auth, env);
      expect(res.status, limit).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid limit' });
    }
  });

  it('lists unanswered questions newest first, page by page, kept for 30 days', async () => {
    const user = newUserId();
    const writtenFrom = Math.floor(Date.now() / 1000);
    const now = Date.now() + 10_000_000; // later than anything other tests store
    for (let i = 0; i < 3; i++) await recordUnanswered(env, { text: `question ${i} ${user}`, userId: user, lang: 'en', now: now + i });
    const first = (await (await app.request('/api/insights/unanswered?limit=2', auth, env)).json()) as { questions: { text: string }[]; cursor?: string };
    expect(first.questions.map((q) => q.text)).toEqual([`question 2 ${user}`, `question 1 ${user}`]);
    expect(first.cursor).toBeTruthy();
    const second = (await (await app.request(`/api/insights/unanswered?limit=1&cursor=${encodeURIComponent(first.cursor!)}`, auth, env)).json()) as { questions: { text: string }[] };
    expect(second.questions.map((q) => q.text)).toEqual([`question 0 ${user}`]);

    // Each question expires 30 days after it was written, whenever that was within this test.
    const stored = await env.KV.list<{ text: string }>({ prefix: 'insights:unanswered:' });
    const writtenBy = Math.ceil(Date.now() / 1000);
    const expirations = stored.keys.filter((k) => k.metadata?.text.endsWith(user)).map((k) => k.expiration ?? 0);
    expect(expirations).toHaveLength(3);
    for (const e of expirations) {
      expect(e).toBeGreaterThanOrEqual(writtenFrom + UNANSWERED_TTL_SECONDS);
      expect(e).toBeLessThanOrEqual(writtenBy + UNANSWERED_TTL_SECONDS);
    }
  });

  it('cuts long texts so they fit', async () => {
    const user = newUserId();
    await recordUnanswered(env, { text: `${user} ${'🙂'.repeat(1000)}`, userId: user, lang: 'ja', now: Date.now() + 20_000_000 });
    const body = (await (await app.request('/api/insights/unanswered?limit=1', auth, env)).json()) as { questions: { text: string }[] };
    expect(body.questions[0]!.text.startsWith(user)).toBe(true);
    expect([...body.questions[0]!.text].length).toBe(150);
  });
});
