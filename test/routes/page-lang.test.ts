import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { pageLang, pageLanguage } from '../../src/routes/page-lang';

const app = new Hono().use(pageLanguage).get('/', (c) => c.text(pageLang(c)));
const langOf = async (query: string, headers: Record<string, string> = {}) => {
  const res = await app.request(`/${query}`, { headers });
  expect(res.headers.get('set-cookie')).toBeNull();
  return res.text();
};

describe('the language of a web page', () => {
  it('?lang= wins, in any case, over the browser', async () => {
    expect(await langOf('?lang=en', { 'accept-language': 'ja' })).toBe('en');
    expect(await langOf('?lang=EN')).toBe('en');
    expect(await langOf('?lang=ja', { 'accept-language': 'en-US' })).toBe('ja');
  });

  it('then Accept-Language by its q values, regional tags included', async () => {
    expect(await langOf('', { 'accept-language': 'fr-FR, en-GB;q=0.8, ja;q=0.5' })).toBe('en');
    expect(await langOf('', { 'accept-language': 'ja;q=0.2, en;q=0.9' })).toBe('en');
    expect(await langOf('?lang=fr', { 'accept-language': 'en-US,en;q=0.9' })).toBe('en');
  });

  it('otherwise Japanese, and a cookie changes nothing', async () => {
    expect(await langOf('')).toBe('ja');
    expect(await langOf('', { 'accept-language': 'fr, de' })).toBe('ja');
    expect(await langOf('', { 'accept-language': 'en;q=0' })).toBe('ja');
    expect(await langOf('', { cookie: 'language=en' })).toBe('ja');
  });
});
