import { listDurableObjectIds, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { openRefreshToken } from '../../src/amazon/refresh-token';
import { sha256Hex } from '../../src/crypto/hash';
import { toBase64 } from '../../src/crypto/base64';
import { createTokenCipher } from '../../src/crypto/token-cipher';
import type { LinkNonceRecord } from '../../src/store/link-sessions';
import { getSellerLink, getUserLink } from '../../src/sellers/links';
import { amazonCallsFor, clearAmazonFaults, expireAuthorizationCode, injectAmazonFaults, issuedRefreshTokens } from '../support/fake-amazon';
import { consent, linkAccount, newSellerId, nonceFor, openPage, startLinking } from '../support/linking';
import { newUserId } from '../support/webhook';

/**
 * Issue 11, item 1: only a seller Amazon vouches for gets linked. The callback URL is the
 * browser's word; the authorization code only proves that *some* seller consented; the
 * SP-API call with the new token proves which one.
 */

/** /link → consent as `consentingSeller` → the callback URL Seller Central redirects to. */
async function consentAs(userId: string, consentingSeller: string): Promise<URL> {
  const start = await openPage(await startLinking(userId));
  expect(start.status).toBe(302);
  return new URL(await consent(start.headers.get('location')!, consentingSeller));
}

/** Every link nonce record (each lives in a LinkSession object of its own) made for this LINE user. */
async function noncesFor(userId: string): Promise<LinkNonceRecord[]> {
  const found: LinkNonceRecord[] = [];
  for (const id of await listDurableObjectIds(env.LINK_SESSIONS)) {
    const record = await runInDurableObject(env.LINK_SESSIONS.get(id), (_instance, state) => state.storage.kv.get<LinkNonceRecord & { sellerId?: string }>('record'));
    if (record?.userId === userId && record.sellerId !== undefined) found.push(record);
  }
  return found;
}

async function expectRefused(res: Response, status: number, phrase: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('location')).toBeNull();
  const html = await res.text();
  expect(html).toContain(phrase);
  expect(html).toMatch(/「連携」|“link”/);
}

describe('seller id swap on /link/callback', () => {
  it('links nothing when the code is seller A’s and the URL says seller B; A, B and B’s owner stay as they were', async () => {
    const victim = newUserId();
    const victimSeller = newSellerId();
    await linkAccount(victim, victimSeller);
    const victimLinkBefore = await getUserLink(env, victim);

    const attacker = newUserId();
    const attackerSeller = newSellerId();
    const callback = await consentAs(attacker, attackerSeller);
    expect(callback.searchParams.get('selling_partner_id')).toBe(attackerSeller);
    callback.searchParams.set('selling_partner_id', victimSeller);

    await expectRefused(await openPage(callback.toString()), 403, '出品用アカウントが一致しません');
    expect(await noncesFor(attacker)).toEqual([]);
    expect(await getUserLink(env, attacker)).toBeNull();
    expect(await getSellerLink(env, attackerSeller)).toBeNull();
    expect((await getSellerLink(env, victimSeller))?.userId).toBe(victim);
    expect(await getUserLink(env, victim)).toEqual(victimLinkBefore);

    // Amazon was asked, with the attacker's token, for the victim's listings, and refused.
    const asked = (await amazonCallsFor(attackerSeller)).filter((call) => call.path.startsWith('/listings/'));
    expect(asked.map((call) => [call.path, call.status])).toEqual([[`/listings/2021-08-01/items/${victimSeller}`, 403]]);
  });

  it('says so in English for a seller who reads English', async () => {
    const user = newUserId();
    const linkUrl = new URL(await startLinking(user));
    linkUrl.searchParams.set('lang', 'en');
    const start = await openPage(linkUrl.toString());
    const callback = new URL(await consent(start.headers.get('location')!, newSellerId()));
    callback.searchParams.set('selling_partner_id', newSellerId());
    await expectRefused(await openPage(callback.toString()), 403, 'The seller account does not match');
    expect(await noncesFor(user)).toEqual([]);
  });
});

describe('the authorization code', () => {
  it('is single use: a code replayed into a new linking attempt links nothing', async () => {
    const user = newUserId();
    const seller = newSellerId();
    const first = await nonceFor(await startLinking(user), seller);
    const usedCode = new URL(first.callbackUrl).searchParams.get('spapi_oauth_code')!;

    const second = await consentAs(user, seller);
    second.searchParams.set('spapi_oauth_code', usedCode);
    await expectRefused(await openPage(second.toString()), 400, 'セラーセントラルで確認できませんでした');
    expect(await noncesFor(user)).toHaveLength(1);
  });

  it('is short-lived: an expired code links nothing', async () => {
    const user = newUserId();
    const callback = await consentAs(user, newSellerId());
    await expireAuthorizationCode(callback.searchParams.get('spapi_oauth_code')!);
    await expectRefused(await openPage(callback.toString()), 400, 'セラーセントラルで確認できませんでした');
    expect(await noncesFor(user)).toEqual([]);
  });

  it('is refused to a client with the wrong credentials', async () => {
    const user = newUserId();
    const seller = newSellerId();
    const callback = await consentAs(user, seller);
    await expectRefused(await openPage(callback.toString(), { LWA_CLIENT_SECRET: 'not-our-secret' }), 400, 'セラーセントラルで確認できませんでした');
    expect(await noncesFor(user)).toEqual([]);
    expect((await amazonCallsFor(seller)).filter((call) => call.path === '/auth/o2/token').map((call) => call.status)).toEqual([401]);
  });
});

describe('SP-API cannot confirm the seller', () => {
  it('a 500 from SP-API links nothing and says try later', async () => {
    const user = newUserId();
    const seller = newSellerId();
    await injectAmazonFaults([{ sellerId: seller, path: '/listings/', status: 500, count: -1 }]);
    try {
      await expectRefused(await openPage((await consentAs(user, seller)).toString()), 502, 'ただいま連携できません');
      expect(await noncesFor(user)).toEqual([]);
      // Tried twice (one retry), then gave up.
      expect((await amazonCallsFor(seller)).filter((call) => call.path.startsWith('/listings/')).map((call) => call.status)).toEqual([500, 500]);
    } finally {
      await clearAmazonFaults(seller);
    }
  });

  it('an SP-API that does not answer in time links nothing', async () => {
    const user = newUserId();
    const seller = newSellerId();
    await injectAmazonFaults([{ sellerId: seller, path: '/listings/', delayMs: 1500, count: -1 }]);
    try {
      await expectRefused(await openPage((await consentAs(user, seller)).toString(), { AMAZON_API_TIMEOUT_MS: '200' }), 502, 'ただいま連携できません');
      expect(await noncesFor(user)).toEqual([]);
    } finally {
      await clearAmazonFaults(seller);
    }
  });

  it('a 429 with Retry-After is waited out and the link goes on', async () => {
    const user = newUserId();
    const seller = newSellerId();
    await injectAmazonFaults([{ sellerId: seller, path: '/listings/', status: 429, retryAfterSeconds: 1, count: 1 }]);
    const res = await openPage((await consentAs(user, seller)).toString());
    expect(res.status).toBe(302);
    expect(res.headers.get('location')!.startsWith(`${env.LINE_ACCOUNT_LINK_URL}?`)).toBe(true);
    expect((await amazonCallsFor(seller)).filter((call) => call.path.startsWith('/listings/')).map((call) => call.status)).toEqual([429, 200]);
  });
});

describe('a verified seller', () => {
  it('goes on to LINE with a nonce whose record holds the refresh token, encrypted', async () => {
    const user = newUserId();
    const seller = newSellerId();
    const { nonce, linkToken } = await nonceFor(await startLinking(user), seller);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{22,}$/);

    const record = await runInDurableObject(env.LINK_SESSIONS.get(env.LINK_SESSIONS.idFromName(`nonce:${await sha256Hex(nonce)}`)), (_instance, state) =>
      state.storage.kv.get<LinkNonceRecord>('record'),
    );
    expect(record).toMatchObject({ sellerId: seller, userId: user, linkToken });
    const [issued] = await issuedRefreshTokens(seller);
    expect(issued).toMatch(/^Atzr\|/);
    expect(record!.refreshTokenEnc).toMatch(/^v1\./);
    expect(record!.refreshTokenEnc).not.toContain(issued!);
    expect(JSON.stringify(record)).not.toContain('Atzr|');
    const cipher = await createTokenCipher(env.TOKEN_ENCRYPTION_KEY);
    expect(await openRefreshToken(cipher, seller, record!.refreshTokenEnc)).toBe(issued);
    // Sealed for this seller only.
    await expect(openRefreshToken(cipher, newSellerId(), record!.refreshTokenEnc)).rejects.toThrow();
  });
});

describe('TOKEN_ENCRYPTION_KEY', () => {
  const shortKey = toBase64(new Uint8Array(16).fill(3));

  it('missing or not 32 bytes: linking is not configured, before and after consent', async () => {
    for (const key of ['', shortKey, 'not-base64!']) {
      const start = await openPage(await startLinking(newUserId()), { TOKEN_ENCRYPTION_KEY: key });
      expect(start.status, key).toBe(503);
    }
    const user = newUserId();
    const callback = await consentAs(user, newSellerId());
    await expectRefused(await openPage(callback.toString(), { TOKEN_ENCRYPTION_KEY: shortKey }), 503, 'ただいま連携できません');
    expect(await noncesFor(user)).toEqual([]);
  });
});
