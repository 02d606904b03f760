import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { authorizeSeller, consentCode } from '../support/fake-amazon';
import { newSellerId } from '../support/linking';

/** The fake Amazon itself must be as strict as Amazon, or the tests built on it prove nothing. */

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const token = (fields: Record<string, string>) => fetch(env.LWA_TOKEN_URL!, { method: 'POST', body: form({ client_id: env.LWA_CLIENT_ID!, client_secret: env.LWA_CLIENT_SECRET!, ...fields }) });

describe('fake Seller Central and Login with Amazon', () => {
  it('issues a code only for our app and a registered redirect URI', async () => {
    const consent = (fields: Record<string, string>) =>
      fetch(`${env.SELLER_CENTRAL_URL}/apps/authorize/consent`, {
        method: 'POST',
        redirect: 'manual',
        body: form({ application_id: env.SPAPI_APPLICATION_ID!, state: 's', redirect_uri: 'https://bot.test/link/callback', seller_id: newSellerId(), ...fields }),
      });
    expect((await consent({})).status).toBe(302);
    expect((await consent({ application_id: 'amzn1.sp.solution.other' })).status).toBe(400);
    expect((await consent({ redirect_uri: 'https://evil.test/steal' })).status).toBe(400);
    expect((await consent({ seller_id: 'not a seller' })).status).toBe(400);
  });

  it('gives a refresh token only to the client it was issued to, and answers invalid_grant to anyone else', async () => {
    const refreshToken = await authorizeSeller(newSellerId());
    expect((await token({ grant_type: 'refresh_token', refresh_token: refreshToken })).status).toBe(200);
    const stolen = await fetch(env.LWA_TOKEN_URL!, { method: 'POST', body: form({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'other', client_secret: 'other' }) });
    expect(stolen.status).toBe(401);
    expect(await stolen.json()).toMatchObject({ error: 'invalid_client' });
    expect(await (await token({ grant_type: 'password', username: 'x' })).json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('redeems a code only with the redirect URI it was issued for', async () => {
    const code = await consentCode(newSellerId());
    const res = await token({ grant_type: 'authorization_code', code, redirect_uri: 'https://bot.test/other' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: 'https://bot.test/link/callback' })).status).toBe(200);
  });
});

describe('fake SP-API', () => {
  it('refuses a call without a token or with a made-up one (401), and another seller’s data (403)', async () => {
    const seller = newSellerId();
    const url = (id: string) => `${env.SPAPI_ENDPOINT}/listings/2021-08-01/items/${id}?marketplaceIds=A1VC38T7YXB528`;
    expect((await fetch(url(seller))).status).toBe(401);
    expect((await fetch(url(seller), { headers: { 'x-amz-access-token': 'Atza|made-up' } })).status).toBe(401);
    const access = (await (await token({ grant_type: 'refresh_token', refresh_token: await authorizeSeller(seller) })).json()) as { access_token: string };
    const own = await fetch(url(seller), { headers: { 'x-amz-access-token': access.access_token } });
    expect(own.status).toBe(200);
    expect(own.headers.get('x-amzn-RateLimit-Limit')).toBe('5.0');
    expect((await fetch(url(newSellerId()), { headers: { 'x-amz-access-token': access.access_token } })).status).toBe(403);
    expect((await fetch(`${env.SPAPI_ENDPOINT}/listings/2021-08-01/items/${seller}`, { headers: { 'x-amz-access-token': access.access_token } })).status).toBe(400);
  });

  it('control endpoints check their bodies', async () => {
    const res = await fetch(`${env.SPAPI_ENDPOINT}/control/faults`, { method: 'POST', body: JSON.stringify({ faults: [{ status: 'often' }] }) });
    expect(res.status).toBe(400);
  });
});
