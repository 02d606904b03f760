import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { Lang } from '../../../content/i18n';
import { devLinkingPages as t } from '../../../content/linking';
import { renderPage } from '../../render/link-page';
import { pageLang, pageLanguage } from '../../routes/page-lang';
import { SELLER_ID_PATTERN } from '../../seller-auth/provider';
import type { FakeEnv } from './fake-env';
import type { FakeAmazonOptions } from './options';
import type { FakeAmazonState } from './state';

/**
 * Seller Central's website-authorization consent page. Typing a seller id stands in for
 * logging in as that seller; pressing 同意 issues an authorization code for that seller only,
 * bound to the app and redirect URI it was asked for, and sends the browser back with it.
 */

const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`;

export function fakeSellerCentral(state: FakeAmazonState, options: FakeAmazonOptions) {
  const app = new Hono<FakeEnv>();
  app.use(pageLanguage);

  const badRequest = (c: Context, lang: Lang, text: string) => c.html(renderPage({ lang, tone: 'error', title: t.consentTitle[lang], paragraphs: [text] }), 400);

  app.get('/apps/authorize/consent', (c) => {
    const lang = pageLang(c);
    const { application_id: appId = '', state: oauthState = '', redirect_uri: redirectUri = '' } = c.req.query();
    if (!appId || !oauthState || !options.isRegisteredRedirect(redirectUri, c)) return badRequest(c, lang, t.badRequest[lang]);
    const form = html`<form method="post">
${hidden('application_id', appId)}${hidden('state', oauthState)}${hidden('redirect_uri', redirectUri)}${hidden('lang', lang)}
<label for="seller_id">${t.sellerIdLabel[lang]}</label>
<input type="text" id="seller_id" name="seller_id" autocomplete="off" autocapitalize="characters" required pattern="[A-Z0-9]{8,20}" placeholder="A1B2C3D4E5F6G7">
<button type="submit">${t.consentButton[lang]}</button>
</form>`;
    return c.html(renderPage({ lang, title: t.consentTitle[lang], paragraphs: [t.consentBody[lang]], extra: form }));
  });

  app.post('/apps/authorize/consent', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const lang = pageLang(c, field('lang'));
    const sellerId = field('seller_id').trim().toUpperCase();
    const redirectUri = field('redirect_uri');
    const applicationId = field('application_id');
    if (!field('state') || applicationId !== options.app(c).applicationId || !options.isRegisteredRedirect(redirectUri, c)) {
      return badRequest(c, lang, t.badRequest[lang]);
    }
    if (!SELLER_ID_PATTERN.test(sellerId)) return badRequest(c, lang, t.badSellerId[lang]);
    state.seller(sellerId);
    c.set('sellerId', sellerId);
    const code = state.issueCode({ sellerId, applicationId, redirectUri });
    const back = new URL(redirectUri);
    back.searchParams.set('state', field('state'));
    back.searchParams.set('selling_partner_id', sellerId);
    back.searchParams.set('spapi_oauth_code', code);
    return c.redirect(back.toString(), 302);
  });

  return app;
}
