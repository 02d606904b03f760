import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import { createLinkState, rememberLinkToken } from '../../src/store/link-sessions';
import { consent, newSellerId, nonceFor, openPage, startLinking } from '../support/linking';
import { newUserId } from '../support/webhook';

const ELEVEN_MINUTES = 11 * 60 * 1000;

async function callbackUrl(sellerId = newSellerId()) {
  const start = await openPage(await startLinking(newUserId()));
  return consent(start.headers.get('location')!, sellerId);
}

async function expectErrorPage(res: Response, status: number, ...phrases: string[]) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('text/html');
  expect(res.headers.get('location')).toBeNull();
  const html = await res.text();
  expect(html).toContain('name="viewport"');
  // Every error page says how to start again from the chat.
  expect(html).toMatch(/「連携」|“link”/);
  for (const phrase of phrases) expect(html).toContain(phrase);
  return html;
}

describe('GET /link', () => {
  it('sends the seller to the Seller Central consent page with a fresh state', async () => {
    const res = await openPage(await startLinking(newUserId()));
    expect(res.status).toBe(302);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const consentUrl = new URL(res.headers.get('location')!);
    expect(`${consentUrl.origin}${consentUrl.pathname}`).toBe(`${env.SELLER_CENTRAL_URL}/apps/authorize/consent`);
    expect(consentUrl.searchParams.get('application_id')).toBe(env.SPAPI_APPLICATION_ID);
    expect(consentUrl.searchParams.get('version')).toBe('beta');
    expect(consentUrl.searchParams.get('redirect_uri')).toBe('https://bot.test/link/callback');
    // ≥128 bits of randomness, base64url.
    expect(consentUrl.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  });

  it('refuses a link token we never issued, or a malformed one', async () => {
    await expectErrorPage(await openPage('https://bot.test/link?linkToken=never-issued'), 400, 'このリンクは使えません');
    await expectErrorPage(await openPage('https://bot.test/link?linkToken=%3Cscript%3E'), 400);
    await expectErrorPage(await openPage('https://bot.test/link'), 400);
  });

  it('refuses an expired link token', async () => {
    const token = `lt-expired-${crypto.randomUUID()}`;
    await rememberLinkToken(env, token, newUserId(), Date.now() - ELEVEN_MINUTES);
    await expectErrorPage(await openPage(`https://bot.test/link?linkToken=${token}`), 410, '有効期限');
  });

  it('answers in English for ?lang=en or an English browser', async () => {
    const byQuery = await (await openPage('https://bot.test/link?linkToken=nope&lang=en')).text();
    const byHeader = await (await openPage('https://bot.test/link?linkToken=nope', {}, { 'accept-language': 'en-US,en;q=0.9,ja;q=0.5' })).text();
    for (const html of [byQuery, byHeader]) {
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('This link cannot be used');
    }
  });

  it('says linking is unavailable when Seller Central is not configured', async () => {
    const url = await startLinking(newUserId());
    await expectErrorPage(await openPage(url, { LWA_CLIENT_SECRET: '' }), 503);
  });
});

describe('GET /link/callback', () => {
  it('exchanges the code and hands LINE the link token with a one-time nonce', async () => {
    const user = newUserId();
    const linkUrl = await startLinking(user);
    const { nonce, linkToken } = await nonceFor(linkUrl, newSellerId());
    expect(linkToken).toBe(new URL(linkUrl).searchParams.get('linkToken'));
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  });

  it('redirects to LINE’s account-link dialog', async () => {
    const res = await openPage(await callbackUrl());
    expect(res.status).toBe(302);
    expect(res.headers.get('location')!.startsWith(`${env.LINE_ACCOUNT_LINK_URL}?linkToken=`)).toBe(true);
  });

  it('refuses a wrong state', async () => {
    const url = new URL(await callbackUrl());
    url.searchParams.set('state', 'forged-state-value-forged-state');
    await expectErrorPage(await openPage(url.toString()), 400, 'このリンクは使えません');
    url.searchParams.delete('state');
    await expectErrorPage(await openPage(url.toString()), 400);
  });

  it('refuses a reused state, even with a new valid code', async () => {
    const first = await callbackUrl();
    expect((await openPage(first)).status).toBe(302);
    await expectErrorPage(await openPage(first), 410, '使用済み');
  });

  it('refuses an expired state', async () => {
    const user = newUserId();
    const state = await createLinkState(env, { linkToken: 'lt-any', userId: user, lang: 'en' }, Date.now() - ELEVEN_MINUTES);
    const res = await openPage(`https://bot.test/link/callback?state=${state}&selling_partner_id=A1B2C3D4E5F6G7&spapi_oauth_code=x`);
    await expectErrorPage(res, 410, 'This link has expired');
  });

  it('trusts nothing when Login with Amazon refuses the code (400)', async () => {
    const url = new URL(await callbackUrl());
    url.searchParams.set('spapi_oauth_code', 'ANforged-code');
    const html = await expectErrorPage(await openPage(url.toString()), 400, 'セラーセントラルで確認できませんでした');
    expect(html).not.toContain('nonce');
  });

  it('says try later when Login with Amazon fails (500), and the state is then spent', async () => {
    const url = await callbackUrl();
    const code = new URL(url).searchParams.get('spapi_oauth_code')!;
    await fetch(`${env.SELLER_CENTRAL_URL}/control/token-faults`, { method: 'POST', body: JSON.stringify({ code, status: 500 }) });
    await expectErrorPage(await openPage(url), 502, 'ただいま連携できません');
    await expectErrorPage(await openPage(url), 410, '使用済み');
  });

  it('refuses when the token endpoint cannot be reached', async () => {
    await expectErrorPage(await openPage(await callbackUrl(), { LWA_TOKEN_URL: 'http://127.0.0.1:9/auth/o2/token' }), 502);
  });

  it('refuses a callback without consent or with a malformed seller id', async () => {
    const noCode = new URL(await callbackUrl());
    noCode.searchParams.delete('spapi_oauth_code');
    await expectErrorPage(await openPage(noCode.toString()), 400, '同意が確認できませんでした');
    const badSeller = new URL(await callbackUrl());
    badSeller.searchParams.set('selling_partner_id', 'not a seller');
    await expectErrorPage(await openPage(badSeller.toString()), 400);
  });
});

describe('/dev/* in the production app', () => {
  // The dev consent page and LINE dialog live in the dev Worker only (test/dev/dev-app.test.ts).
  it('is 404 for the dev consent page, token endpoint and LINE dialog, even with DEV_MODE on', async () => {
    for (const [path, method] of [
      ['/dev/seller-central/apps/authorize/consent?application_id=a&state=s', 'GET'],
      ['/dev/seller-central/auth/o2/token', 'POST'],
      ['/dev/line/account-link?linkToken=a&nonce=b', 'GET'],
      ['/dev/line/account-link', 'POST'],
    ] as const) {
      for (const devMode of ['false', 'true']) expect((await app.request(path, { method }, { ...env, DEV_MODE: devMode })).status, path).toBe(404);
    }
  });
});
