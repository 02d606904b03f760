import { Hono } from 'hono';
import { html } from 'hono/html';
import type { webhook } from '@line/bot-sdk';
import { fill } from '../../content/i18n';
import { devLinkingPages as t } from '../../content/linking';
import type { AppEnv } from '../app-env';
import { readConfig } from '../config';
import type { FakeLineState } from '../dev/fake-line-api';
import { randomToken } from '../crypto/random-token';
import { signLineBody } from '../line/signature';
import { renderPage } from '../render/link-page';
import { DEV_LWA_CLIENT } from '../amazon/config';
import { createFakeAmazon, FakeAmazonState } from '../dev/fake-amazon';
import { linkCallbackUrl } from '../seller-auth/create-provider';
import { pageLang, pageLanguage } from './page-lang';

/**
 * Local stand-ins for the two outside parties of linking (DEV_MODE only): Amazon (Seller
 * Central's consent page, Login with Amazon and SP-API, see src/dev/fake-amazon) and LINE's
 * account-link dialog, below. They speak the same HTTP as the real ones, so the production
 * code paths run unchanged against them.
 */

// One isolate serves `wrangler dev`, so the fake's memory lives as long as the dev server.
const fakeAmazon = createFakeAmazon(new FakeAmazonState(), {
  app: (c) => {
    const { amazon } = readConfig(c.env as AppEnv['Bindings']);
    return {
      applicationId: amazon.applicationId || DEV_LWA_CLIENT.applicationId,
      clientId: amazon.lwaClientId || DEV_LWA_CLIENT.clientId,
      clientSecret: amazon.lwaClientSecret || DEV_LWA_CLIENT.clientSecret,
    };
  },
  isRegisteredRedirect: (uri, c) => uri === linkCallbackUrl(c.env as AppEnv['Bindings']),
});

const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`;

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

/** Mounted under /dev: the fake Amazon and LINE's account-link dialog. */
export function devLinkingRoutes(fakeLine: FakeLineState) {
  return new Hono<AppEnv>()
    .route('/seller-central', fakeAmazon.sellerCentral)
    .route('/sp-api', fakeAmazon.spApi)
    .use('/line/*', pageLanguage)
    .get('/line/account-link', (c) => {
      const lang = pageLang(c);
      const { linkToken = '', nonce = '' } = c.req.query();
      if (!linkToken || !nonce) return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [t.badRequest[lang]] }), 400);
      const form = html`<form method="post">${hidden('linkToken', linkToken)}${hidden('nonce', nonce)}${hidden('lang', lang)}
<button type="submit" name="result" value="ok">${t.dialogConfirm[lang]}</button>
<button type="submit" name="result" value="failed" class="secondary">${t.dialogCancel[lang]}</button>
</form>`;
      return c.html(renderPage({ lang, title: t.dialogTitle[lang], paragraphs: [t.dialogBody[lang]], extra: form }));
    })
    .post('/line/account-link', async (c) => {
      const form = await c.req.parseBody();
      const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
      const lang = pageLang(c, field('lang'));
      const issued = fakeLine.linkTokens.get(field('linkToken'));
      if (!issued || issued.used || !field('nonce')) {
        return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [t.dialogUnknownToken[lang]] }), 400);
      }
      issued.used = true;
      const result = field('result') === 'ok' ? 'ok' : 'failed';
      const raw = JSON.stringify({ destination: 'Udevbot', events: [accountLinkEvent(issued.userId, result, field('nonce'))] });
      const { publicBaseUrl, line } = readConfig(c.env);
      const res = await fetch(`${publicBaseUrl}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(line.channelSecret, raw) },
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
