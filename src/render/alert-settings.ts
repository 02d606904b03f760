import type { messagingApi } from '@line/bot-sdk';
import { alertSwitches, alertUi, SWITCH_IDS } from '../../content/alerts';
import type { Lang } from '../../content/i18n';
import { encodePostback } from '../bot/postback';
import type { SellerSettings } from '../store/settings';
import { button, card, COLORS, flexMessage, postbackAction, separator, text, vbox } from './flex';
import { intentAction } from './menu';

function switchRow(id: (typeof SWITCH_IDS)[number], on: boolean, lang: Lang): messagingApi.FlexBox {
  const { label, description } = alertSwitches[id];
  const action = on ? alertUi.turnOff[lang] : alertUi.turnOn[lang];
  return vbox(
    [
      {
        type: 'box',
        layout: 'baseline',
        spacing: 'sm',
        contents: [
          text(label[lang], { size: 'sm', weight: 'bold', flex: 4 }),
          text(on ? alertUi.on[lang] : alertUi.off[lang], { size: 'sm', weight: 'bold', flex: 1, align: 'end', color: on ? COLORS.link : COLORS.muted }),
        ],
      },
      text(description[lang], { size: 'xxs', color: COLORS.muted }),
      button(postbackAction(action, encodePostback({ a: 'set', k: id, on: on ? '0' : '1' }), `${label[lang]}: ${on ? alertUi.off[lang] : alertUi.on[lang]}`), 'secondary'),
    ],
    { spacing: 'xs', margin: 'lg' },
  );
}

/** The six switches with their state and a tap to flip each, then the alert language. */
export function alertSettingsMessage(settings: SellerSettings, lang: Lang, intro: string = alertUi.settingsIntro[lang], quickReply?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const body: messagingApi.FlexComponent[] = [
    text(alertUi.settingsTitle[lang], { weight: 'bold', size: 'md', color: COLORS.brand }),
    text(intro, { size: 'xs', margin: 'md' }),
    ...SWITCH_IDS.map((id) => switchRow(id, settings.switches[id], lang)),
    separator(),
    {
      type: 'box',
      layout: 'baseline',
      spacing: 'sm',
      margin: 'lg',
      contents: [
        text(alertUi.languageLabel[lang], { size: 'sm', weight: 'bold', flex: 3 }),
        text(alertUi.languageName[settings.language], { size: 'sm', flex: 2, align: 'end' }),
      ],
    },
  ];
  const bubble: messagingApi.FlexBubble = {
    type: 'bubble',
    body: vbox(body),
    footer: vbox([button(intentAction(alertUi.changeLanguage[lang], 'settings.language'), 'secondary')]),
  };
  const states = SWITCH_IDS.map((id) => `${alertSwitches[id].label[lang]} ${settings.switches[id] ? alertUi.on[lang] : alertUi.off[lang]}`);
  return flexMessage(`${alertUi.settingsTitle[lang]}: ${states.join(', ')}`, bubble, quickReply);
}

/** Two buttons, 日本語 and English, each also offered as a quick reply. */
export function languageChoiceMessage(lang: Lang): messagingApi.FlexMessage {
  const actions = (['ja', 'en'] as const).map((l) => postbackAction(alertUi.languageName[l], encodePostback({ a: 'lang', l }), alertUi.languageName[l]));
  const bubble = card({ title: alertUi.languageLabel[lang], body: [alertUi.languagePrompt[lang]], buttons: actions.map((a, i) => button(a, i === 0 ? 'primary' : 'secondary')) });
  return flexMessage(`${alertUi.languageLabel[lang]}: ${alertUi.languagePrompt[lang]}`, bubble, {
    items: actions.map((action) => ({ type: 'action', action })),
  });
}
