import { Hono, type Context } from 'hono';
import type { webhook } from '@line/bot-sdk';
import { fill, type Lang } from '../../content/i18n';
import { devLinkingPages as t } from '../../content/linking';
import type { AppEnv } from '../app-env';
import type { FakeLineState } from '../dev/fake-line-api';
import { randomToken } from '../crypto/random-token';
import { signLineBody } from '../line/signature';
import { escapeHtml, renderPage } from '../render/link-page';
import { DEV_LWA_CLIENT, linkCallbackUrl } from '../seller-auth/create-provider';
import { SELLER_ID_PATTERN } from '../seller-auth/provider';
import { pickLang } from './page-lang';

/**
 * Local stand-ins for the two outside parties of linking (DEV_MODE only, and the tests):
 * Seller Central's consent page with Login with Amazon's token endpoint, and LINE's
 * account-link dialog. They speak the same HTTP as the real ones, so the production
 * code paths run unchanged against them.
 */

const CODE_TTL_MS = 5 * 60 * 1000;

export class FakeSellerCentralState {
  codes = new Map<string, { sellerId: string; issuedAt: number; used: boolean }>();
  /** Per authorization code: the status the token endpoint answers instead (tests of failures). */
  tokenFaults = new Map<string, number>();
}

export interface FakeSellerCentralOptions {
  credentials: (c: Context) => { clientId: string; clientSecret: string };
  /** The redirect URIs "registered" for the app; others are refused like Amazon would. */
  isRegisteredRedirect: (uri: string, c: Context) => boolean;
}

const langOf = (c: Context): Lang => pickLang(c.req.query('lang'), c.req.header('accept-language'));
const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
const oauthError = (c: Context, status: 400 | 401 | 500 | 503, error: string, description: string) => c.json({ error, error_description: description }, status);

export function createFakeSellerCentral(state: FakeSellerCentralState, options: FakeSellerCentralOptions) {
  const app = new Hono();

  app.get('/apps/authorize/consent', (c) => {
    const lang = langOf(c);
    const { application_id: appId = '', state: oauthState = '', redirect_uri: redirectUri = '' } = c.req.query();
    if (!appId || !oauthState || !options.isRegisteredRedirect(redirectUri, c)) {
      return c.html(renderPage({ lang, tone: 'error', title: t.consentTitle[lang], paragraphs: [t.badRequest[lang]] }), 400);
    }
    const form = `<form method="post">
${hidden('state', oauthState)}${hidden('redirect_uri', redirectUri)}${hidden('lang', lang)}
<label for="seller_id">${escapeHtml(t.sellerIdLabel[lang])}</label>
<input type="text" id="seller_id" name="seller_id" autocomplete="off" autocapitalize="characters" required pattern="[A-Z0-9]{8,20}" placeholder="A1B2C3D4E5F6G7">
<button type="submit">${escapeHtml(t.consentButton[lang])}</button>
</form>`;
    return c.html(renderPage({ lang, title: t.consentTitle[lang], paragraphs: [t.consentBody[lang]], extraHtml: form }));
  });

  app.post('/apps/authorize/consent', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const lang = pickLang(field('lang'), c.req.header('accept-language'));
    const sellerId = field('seller_id').trim().toUpperCase();
    const redirectUri = field('redirect_uri');
    if (!field('state') || !options.isRegisteredRedirect(redirectUri, c)) {
      return c.html(renderPage({ lang, tone: 'error', title: t.consentTitle[lang], paragraphs: [t.badRequest[lang]] }), 400);
    }
    if (!SELLER_ID_PATTERN.test(sellerId)) {
      return c.html(renderPage({ lang, tone: 'error', title: t.consentTitle[lang], paragraphs: [t.badSellerId[lang]] }), 400);
    }
    const code = `ANfake${randomToken(18)}`;
    state.codes.set(code, { sellerId, issuedAt: Date.now(), used: false });
    const back = new URL(redirectUri);
    back.searchParams.set('state', field('state'));
    back.searchParams.set('selling_partner_id', sellerId);
    back.searchParams.set('spapi_oauth_code', code);
    return c.redirect(back.toString(), 302);
  });

  // Login with Amazon: authorization_code grant. Codes are single use and short-lived.
  app.post('/auth/o2/token', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const code = field('code');
    const fault = state.tokenFaults.get(code);
    if (fault) return oauthError(c, fault as 400 | 500 | 503, fault >= 500 ? 'server_error' : 'invalid_request', 'injected fault');
    const expected = options.credentials(c);
    if (field('client_id') !== expected.clientId || field('client_secret') !== expected.clientSecret) return oauthError(c, 401, 'invalid_client', 'Client authentication failed');
    if (field('grant_type') !== 'authorization_code') return oauthError(c, 400, 'unsupported_grant_type', 'Only authorization_code is supported here');
    const grant = state.codes.get(code);
    if (!grant || grant.used || Date.now() - grant.issuedAt > CODE_TTL_MS) return oauthError(c, 400, 'invalid_grant', 'The authorization code is invalid or expired');
    grant.used = true;
    return c.json({ access_token: `Atza|${randomToken(24)}`, refresh_token: `Atzr|${randomToken(24)}`, token_type: 'bearer', expires_in: 3600 });
  });

  // Control endpoint for tests; not part of Amazon's API.
  app.post('/control/token-faults', async (c) => {
    const body = (await c.req.json()) as { code: string; status: number };
    state.tokenFaults.set(body.code, body.status);
    return c.json({ ok: true });
  });

  return app;
}

/** The accountLink event LINE sends after its dialog (webhook.yml AccountLinkEvent). */
function accountLinkEvent(userId: string, result: 'ok' | 'failed', nonce: string): webhook.AccountLinkEvent {
  return {
    type: 'accountLink',
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId: `01DEV${randomToken(12)}`,
    deliveryContext: { isRedelivery: false },
    // LINE sends no reply token for a failed link. The `<userId>.` prefix lets the fake
    // LINE API attribute the reply to the user, as LINE's chat would.
    ...(result === 'ok' ? { replyToken: `${userId}.${randomToken(12)}` } : {}),
    link: { result, nonce },
  };
}

/** Mounted under /dev: the fake Seller Central and LINE's account-link dialog. */
export function devLinkingRoutes(fakeLine: FakeLineState) {
  const sellerCentral = createFakeSellerCentral(new FakeSellerCentralState(), {
    credentials: (c) => ({
      clientId: (c.env as AppEnv['Bindings']).LWA_CLIENT_ID || DEV_LWA_CLIENT.clientId,
      clientSecret: (c.env as AppEnv['Bindings']).LWA_CLIENT_SECRET || DEV_LWA_CLIENT.clientSecret,
    }),
    isRegisteredRedirect: (uri, c) => uri === linkCallbackUrl(c.env as AppEnv['Bindings']),
  });

  return new Hono<AppEnv>()
    .route('/seller-central', sellerCentral)
    .get('/line/account-link', (c) => {
      const lang = langOf(c);
      const { linkToken = '', nonce = '' } = c.req.query();
      if (!linkToken || !nonce) return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [t.badRequest[lang]] }), 400);
      const form = `<form method="post">${hidden('linkToken', linkToken)}${hidden('nonce', nonce)}${hidden('lang', lang)}
<button type="submit" name="result" value="ok">${escapeHtml(t.dialogConfirm[lang])}</button>
<button type="submit" name="result" value="failed" class="secondary">${escapeHtml(t.dialogCancel[lang])}</button>
</form>`;
      return c.html(renderPage({ lang, title: t.dialogTitle[lang], paragraphs: [t.dialogBody[lang]], extraHtml: form }));
    })
    .post('/line/account-link', async (c) => {
      const form = await c.req.parseBody();
      const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
      const lang = pickLang(field('lang'), c.req.header('accept-language'));
      const issued = fakeLine.linkTokens.get(field('linkToken'));
      if (!issued || issued.used || !field('nonce')) {
        return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [t.dialogUnknownToken[lang]] }), 400);
      }
      issued.used = true;
      const result = field('result') === 'ok' ? 'ok' : 'failed';
      const raw = JSON.stringify({ destination: 'Udevbot', events: [accountLinkEvent(issued.userId, result, field('nonce'))] });
      const res = await fetch(`${c.env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(c.env.LINE_CHANNEL_SECRET, raw) },
        body: raw,
      });
      if (!res.ok) {
        return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [fill(t.dialogWebhookFailed[lang], { status: res.status })] }), 502);
      }
      return result === 'ok'
        ? c.html(renderPage({ lang, tone: 'success', title: t.dialogLinked[lang], paragraphs: [t.dialogLinkedBody[lang]] }))
        : c.html(renderPage({ lang, title: t.dialogTitle[lang], paragraphs: [t.dialogCancelled[lang]] }));
    });
}
