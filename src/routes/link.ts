import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { Hono } from '../hono';
import type { Lang } from '../../content/i18n';
import { linkingPages } from '../../content/linking';
import { sealRefreshToken } from '../amazon/refresh-token';
import type { AppEnv } from '../app-env';
import { readConfig } from '../config';
import { createTokenCipher } from '../crypto/token-cipher';
import { renderPage } from '../render/link-page';
import { createSellerAuthProvider } from '../seller-auth/create-provider';
import { SellerAuthError, type SellerAuthProvider, type VerifiedSeller } from '../seller-auth/provider';
import { consumeLinkState, createLinkNonce, createLinkState, linkTokenOwner, type Refusal } from '../store/link-sessions';
import { maskSellerId } from '../sellers/links';
import { maskId } from '../log';
import { pageLang, pageLanguage } from './page-lang';

type PageKey = Exclude<keyof typeof linkingPages, 'restart' | 'backToLine'>;

const STATUS: Record<PageKey, 400 | 403 | 410 | 502 | 503> = {
  invalid: 400,
  expired: 410,
  used: 410,
  consentMissing: 400,
  exchangeRejected: 400,
  sellerMismatch: 403,
  exchangeUnavailable: 502,
  notConfigured: 503,
};

const REFUSAL_PAGE: Record<Refusal, PageKey> = { unknown: 'invalid', used: 'used', expired: 'expired', 'wrong-user': 'invalid' };

const EXCHANGE_FAILURE_PAGE: Record<SellerAuthError['reason'], PageKey> = {
  rejected: 'exchangeRejected',
  mismatch: 'sellerMismatch',
  unavailable: 'exchangeUnavailable',
  'not-configured': 'notConfigured',
};

/** An error page: what went wrong and how to start again from the chat. */
function errorPage(c: Context<AppEnv>, lang: Lang, key: PageKey) {
  const page = linkingPages[key];
  c.header('cache-control', 'no-store');
  return c.html(renderPage({ lang, tone: 'error', title: page.title[lang], paragraphs: [page.body[lang], linkingPages.restart[lang]] }), STATUS[key]);
}

// Tokens travel in these URLs: keep them out of caches and Referer headers.
const redirect = (c: Context<AppEnv>, location: string) => {
  c.header('cache-control', 'no-store');
  c.header('referrer-policy', 'no-referrer');
  return c.redirect(location, 302);
};

function provider(c: Context<AppEnv>): SellerAuthProvider | null {
  try {
    return createSellerAuthProvider(c.env);
  } catch (err) {
    c.get('log').error('seller auth is not configured', { error: err });
    return null;
  }
}

const LINK_TOKEN = /^[A-Za-z0-9._~-]{1,256}$/;

/**
 * The browser side of linking (design.md, Linking 3–4): `/link` turns a LINE link token
 * into a one-time state and sends the seller to Seller Central; the callback checks that
 * state, has Amazon confirm the code, and hands LINE a one-time nonce for the seller.
 */
export const linkRoutes = new Hono<AppEnv>()
  .use(
    '*',
    // Pages with no scripts, inline CSS only, that must never be framed; tokens travel in their URLs.
    secureHeaders({
      referrerPolicy: 'no-referrer',
      contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
    }),
  )
  .use('*', pageLanguage)
  .get('/', async (c) => {
    const lang = pageLang(c);
    const linkToken = c.req.query('linkToken') ?? '';
    if (!LINK_TOKEN.test(linkToken)) return errorPage(c, lang, 'invalid');
    const now = Date.now();
    const owner = await linkTokenOwner(c.env, linkToken, now);
    if (!owner.ok) return errorPage(c, lang, REFUSAL_PAGE[owner.reason]);
    const auth = provider(c);
    if (!auth) return errorPage(c, lang, 'notConfigured');
    const state = await createLinkState(c.env, { linkToken, userId: owner.record.userId, lang }, now);
    c.get('log').info('link started', { user: maskId(owner.record.userId) });
    return redirect(c, auth.consentUrl(state));
  })
  .get('/callback', async (c) => {
    const now = Date.now();
    const session = await consumeLinkState(c.env, c.req.query('state') ?? '', now);
    if (!session.ok) {
      c.get('log').warn('link callback refused', { reason: session.reason });
      return errorPage(c, session.record?.lang ?? pageLang(c), REFUSAL_PAGE[session.reason]);
    }
    const { lang, userId, linkToken } = session.record;
    const code = c.req.query('spapi_oauth_code');
    const sellingPartnerId = c.req.query('selling_partner_id');
    if (!code || !sellingPartnerId) return errorPage(c, lang, 'consentMissing');
    const auth = provider(c);
    if (!auth) return errorPage(c, lang, 'notConfigured');
    let verified: VerifiedSeller;
    try {
      verified = await auth.exchangeCode(code, sellingPartnerId);
    } catch (err) {
      const reason = err instanceof SellerAuthError ? err.reason : 'unavailable';
      c.get('log').warn('code exchange failed', { reason, user: maskId(userId), claimedSeller: maskSellerId(sellingPartnerId.slice(0, 20)), error: err });
      return errorPage(c, lang, EXCHANGE_FAILURE_PAGE[reason]);
    }
    const { sellerId } = verified;
    const refreshTokenEnc = await sealRefreshToken(await createTokenCipher(readConfig(c.env).tokenEncryptionKey), sellerId, verified.refreshToken);
    const nonce = await createLinkNonce(c.env, { sellerId, userId, linkToken, refreshTokenEnc }, now);
    c.get('log').info('seller confirmed; handing over to LINE', { user: maskId(userId), seller: maskSellerId(sellerId) });
    const target = new URL(readConfig(c.env).line.accountLinkUrl);
    target.searchParams.set('linkToken', linkToken);
    target.searchParams.set('nonce', nonce);
    return redirect(c, target.toString());
  });
