import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import { linkingChat } from '../../content/linking';
import { ui } from '../../content/ui';
import { button, card, flexMessage, uriAction } from './flex';
import { intentAction } from './menu';

/**
 * The first message after follow: what this account sends, how to link, and its limits. It
 * carries the login button itself (a link token issued at follow), as the seed describes;
 * only when LINE would not issue one does the button start linking from the chat instead.
 */
export function greetingMessage(lang: Lang, loginUrl: string | null, quickReply?: messagingApi.QuickReply): messagingApi.Message {
  const action = loginUrl ? uriAction(linkingChat.loginButton[lang], loginUrl) : intentAction(ui.linkButton[lang], 'link.start');
  const bubble = card({
    title: ui.greetingTitle[lang],
    body: [ui.greetingBody[lang], ui.greetingHowTo[lang]],
    note: ui.greetingEmailNote[lang],
    buttons: [button(action, 'primary')],
  });
  return flexMessage(`${ui.greetingTitle[lang]} ${ui.greetingBody[lang]}`, bubble, quickReply);
}
