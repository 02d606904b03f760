import type { messagingApi } from '@line/bot-sdk';
import { helpText } from '../../content/help';
import { fill, type Lang } from '../../content/i18n';
import { SELLER_CENTRAL_HELP_URL } from '../../content/intents/types';
import { ui } from '../../content/ui';
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
  const { can } = helpText;
  return [can.alerts, linked ? can.settings : can.link, can.diagnosis, can.faq].map((line) => fill(line[lang], names));
}

/**
 * The help card: what the bot does, what it does not do, and where to ask instead
 * (Seller Central help). No menu on it: the rich menu is the menu.
 */
export function helpMessage(lang: Lang, linked: boolean, quickReply?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const body = vbox(
    [
      text(helpText.title[lang], { weight: 'bold', size: 'md', color: COLORS.brand }),
      text(helpText.intro[lang], { size: 'sm', margin: 'md' }),
      heading(helpText.canHeading[lang]),
      bullets(canDo(lang, linked), lang),
      heading(helpText.cannotHeading[lang]),
      bullets(helpText.cannot[lang], lang),
      heading(helpText.askHeading[lang]),
      text(helpText.ask[lang], { size: 'sm', margin: 'sm' }),
    ],
    { spacing: 'none' },
  );
  const footer = vbox([button(uriAction(helpText.helpButton[lang], SELLER_CENTRAL_HELP_URL), 'primary')]);
  const alt = [helpText.title[lang], helpText.intro[lang], helpText.ask[lang]].join('\n');
  return flexMessage(alt, { type: 'bubble', body, footer }, quickReply);
}
