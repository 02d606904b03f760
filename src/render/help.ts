import type { messagingApi } from '@line/bot-sdk';
import { fill, type Lang } from '../../content/i18n';
import { SELLER_CENTRAL_HELP_URL } from '../../content/intents/types';
import { ui } from '../../content/ui';
import { helpText } from '../conversation-content';
import { bullets, button, COLORS, flexMessage, text, uriAction, vbox } from './flex';

const heading = (value: string): messagingApi.FlexText => text(value, { size: 'xs', weight: 'bold', color: COLORS.accent, margin: 'lg' });

/** What the bot does for this user, naming only buttons of the menu they have (linked or not). */
function canDo(lang: Lang, linked: boolean): string[] {
  const names = {
    link: ui.menuLink[lang],
    settings: ui.menuSettings[lang],
    history: ui.menuHistory[lang],
    diagnosis: ui.menuDiagnosis[lang],
    faq: ui.menuFaq[lang],
  };
  const { can } = helpText();
  return [can.alerts, linked ? can.settings : can.link, can.diagnosis, can.faq].map((line) => fill(line[lang], names));
}

/**
 * The help card: what the bot does, what it does not do, and where to ask instead
 * (Seller Central help). No menu on it: the rich menu is the menu.
 */
export function helpMessage(lang: Lang, linked: boolean, quickReply?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const words = helpText();
  const body = vbox(
    [
      text(words.title[lang], { weight: 'bold', size: 'md', color: COLORS.brand }),
      text(words.intro[lang], { size: 'sm', margin: 'md' }),
      heading(words.canHeading[lang]),
      bullets(canDo(lang, linked), lang),
      heading(words.cannotHeading[lang]),
      bullets(words.cannot[lang], lang),
      heading(words.askHeading[lang]),
      text(words.ask[lang], { size: 'sm', margin: 'sm' }),
    ],
    { spacing: 'none' },
  );
  const footer = vbox([button(uriAction(words.helpButton[lang], SELLER_CENTRAL_HELP_URL), 'primary')]);
  const alt = [words.title[lang], words.intro[lang], words.ask[lang]].join('\n');
  return flexMessage(alt, { type: 'bubble', body, footer }, quickReply);
}
