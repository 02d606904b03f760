import { Hono } from 'hono';
import { html } from 'hono/html';
import type { webhook } from '@line/bot-sdk';
import { fill } from '../../content/i18n';
import { devLinkingPages as t } from '../../content/linking';
import { randomToken } from '../crypto/random-token';
import { renderPage } from '../render/link-page';
import { pageLang, pageLanguage } from '../routes/page-lang';
import type { DevAppEnv } from './dev-env';
import type { FakeLineState } from './fake-line-api';
import { postSignedWebhook } from './signed-webhook';

/**
 * A stand-in for LINE's account-link dialog (`LINE_ACCOUNT_LINK_URL` in dev): it asks the
 * user to confirm, then sends the signed `accountLink` event to /webhook for the user the
 * link token was issued to by the fake LINE API, as LINE would.
 */

const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`;

/** The accountLink event LINE sends after its dialog (webhook.yml AccountLinkEvent). */
function accountLinkEvent(userId: string, result: 'ok' | 'failed', nonce: string): webhook.AccountLinkEvent {
  return {
    type: 'accountLink',
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    // LINE's event ids are ULIDs (letters and digits only); a token's - and _ would make it malformed.
    webhookEventId: `01DEV${crypto.randomUUID().replace(/-/g, '').toUpperCase()}`,
    deliveryContext: { isRedelivery: false },
    // LINE sends no reply token for a failed link. The `<userId>.` prefix lets the fake
    // LINE API attribute the reply to the user, as LINE's chat would.
    ...(result === 'ok' ? { replyToken: `${userId}.${randomToken(12)}` } : {}),
    link: { result, nonce },
  };
}

/** Mounted at /dev/line/account-link. */
export function lineAccountLinkDialog(fakeLine: FakeLineState) {
  return new Hono<DevAppEnv>()
    .use(pageLanguage)
    .get('/', (c) => {
      const lang = pageLang(c);
      const { linkToken = '', nonce = '' } = c.req.query();
      if (!linkToken || !nonce) return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [t.badRequest[lang]] }), 400);
      const form = html`<form method="post">${hidden('linkToken', linkToken)}${hidden('nonce', nonce)}${hidden('lang', lang)}
<button type="submit" name="result" value="ok">${t.dialogConfirm[lang]}</button>
<button type="submit" name="result" value="failed" class="secondary">${t.dialogCancel[lang]}</button>
</form>`;
      return c.html(renderPage({ lang, title: t.dialogTitle[lang], paragraphs: [t.dialogBody[lang]], extra: form }));
    })
    .post('/', async (c) => {
      const form = await c.req.parseBody();
      const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
      const lang = pageLang(c, field('lang'));
      const issued = fakeLine.linkTokens.get(field('linkToken'));
      if (!issued || issued.used || !field('nonce')) {
        return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [t.dialogUnknownToken[lang]] }), 400);
      }
      issued.used = true;
      const result = field('result') === 'ok' ? 'ok' : 'failed';
      const res = await postSignedWebhook(c.env, [accountLinkEvent(issued.userId, result, field('nonce'))]);
      if (!res.ok) {
        return c.html(renderPage({ lang, tone: 'error', title: t.dialogTitle[lang], paragraphs: [fill(t.dialogWebhookFailed[lang], { status: res.status })] }), 502);
      }
      return result === 'ok'
        ? c.html(renderPage({ lang, tone: 'success', title: t.dialogLinked[lang], paragraphs: [t.dialogLinkedBody[lang]] }))
        : c.html(renderPage({ lang, title: t.dialogTitle[lang], paragraphs: [t.dialogCancelled[lang]] }));
    });
}
