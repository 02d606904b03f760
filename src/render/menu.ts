import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import { ui } from '../../content/ui';
import { encodePostback } from './postback';
import { postbackAction, quickReply } from './flex';

export interface MenuContext {
  lang: Lang;
  linked: boolean;
}

/** The menu entries, each routed exactly like its typed intent. */
export function menuEntries({ lang, linked }: MenuContext): { label: string; intent: string }[] {
  return [
    linked ? { label: ui.menuLinkStatus[lang], intent: 'link.status' } : { label: ui.menuLink[lang], intent: 'link.start' },
    ...(linked
      ? [
          { label: ui.menuSettings[lang], intent: 'settings.open' },
          { label: ui.menuHistory[lang], intent: 'alerts.history' },
        ]
      : []),
    { label: ui.menuDiagnosis[lang], intent: 'diagnosis.start' },
    { label: ui.menuFaq[lang], intent: 'menu.faq' },
    { label: ui.menuHelp[lang], intent: 'menu.help' },
  ];
}

export const intentAction = (label: string, intent: string): messagingApi.PostbackAction =>
  postbackAction(label, encodePostback({ a: 'intent', id: intent }), label);

export function menuQuickReply(ctx: MenuContext): messagingApi.QuickReply {
  return quickReply(menuEntries(ctx).map((e) => intentAction(e.label, e.intent)));
}
