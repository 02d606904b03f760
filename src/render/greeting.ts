import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import { ui } from '../../content/ui';
import { button, card, flexMessage } from './flex';
import { intentAction } from './menu';

/** The first message after follow: what this account sends, how to link, and its limits. */
export function greetingMessage(lang: Lang): messagingApi.Message {
  const bubble = card({
    title: ui.greetingTitle[lang],
    body: [ui.greetingBody[lang], ui.greetingHowTo[lang]],
    note: ui.greetingEmailNote[lang],
    buttons: [button(intentAction(ui.linkButton[lang], 'link.start'), 'primary')],
  });
  return flexMessage(`${ui.greetingTitle[lang]} ${ui.greetingBody[lang]}`, bubble);
}
