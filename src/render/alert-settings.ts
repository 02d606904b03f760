import type { messagingApi } from '@line/bot-sdk';
import { alertSwitches, alertUi, SWITCH_IDS, type SwitchId } from '../../content/alerts';
import { fill, LANGS, type Lang } from '../../content/i18n';
import { encodePostback } from './postback';
import type { SellerSettings } from '../model/settings';
import { button, card, COLORS, flexMessage, postbackAction, separator, text, vbox } from './flex';
import { intentAction } from './menu';

/** The tap that flips a switch: its label says what it will do, the chat shows the new state. */
function flipAction(id: SwitchId, on: boolean, lang: Lang): messagingApi.PostbackAction {
  const { label } = alertSwitches[id];
  return postbackAction(on ? alertUi.turnOff[lang] : alertUi.turnOn[lang], encodePostback({ a: 'set', k: id, on: on ? '0' : '1' }), `${label[lang]}: ${on ? alertUi.off[lang] : alertUi.on[lang]}`);
}

const stateText = (on: boolean, lang: Lang, options: Partial<messagingApi.FlexText> = {}): messagingApi.FlexText =>
  text(on ? alertUi.on[lang] : alertUi.off[lang], { size: 'sm', weight: 'bold', align: 'end', color: on ? COLORS.link : COLORS.muted, ...options });

function switchRow(id: SwitchId, on: boolean, lang: Lang): messagingApi.FlexBox {
  const { label, description } = alertSwitches[id];
  return vbox(
    [
      {
        type: 'box',
        layout: 'baseline',
        spacing: 'sm',
        contents: [
          text(label[lang], { size: 'sm', weight: 'bold', flex: 4 }),
          stateText(on, lang, { flex: 1 }),
        ],
      },
      text(description[lang], { size: 'xxs', color: COLORS.muted }),
      button(flipAction(id, on, lang), 'secondary'),
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

/**
 * The answer to one tap on a switch: only that switch, its new state, and a tap to flip it
 * back; the whole settings card stays one tap away instead of being sent again.
 */
export function switchChangedMessage(id: SwitchId, on: boolean, lang: Lang, quickReply?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const { label, description } = alertSwitches[id];
  const said = fill((on ? alertUi.switchedOn : alertUi.switchedOff)[lang], { label: label[lang] });
  const bubble: messagingApi.FlexBubble = {
    type: 'bubble',
    size: 'kilo',
    body: vbox([
      {
        type: 'box',
        layout: 'baseline',
        spacing: 'sm',
        contents: [text(label[lang], { size: 'sm', weight: 'bold', color: COLORS.brand, flex: 4 }), stateText(on, lang, { flex: 1 })],
      },
      text(said, { size: 'sm', margin: 'md' }),
      text(description[lang], { size: 'xxs', color: COLORS.muted, margin: 'sm' }),
    ]),
    footer: vbox([button(flipAction(id, on, lang), 'secondary'), button(intentAction(alertUi.allSettings[lang], 'settings.open'), 'link')], { spacing: 'sm' }),
  };
  return flexMessage(said, bubble, quickReply);
}

/**
 * 日本語 and English, each also a quick reply; the language in use is named in the card and
 * ticked on its button, so the seller sees what a tap would change.
 */
export function languageChoiceMessage(lang: Lang, current: Lang = lang): messagingApi.FlexMessage {
  const labelOf = (l: Lang) => (l === current ? fill(alertUi.currentMark[lang], { language: alertUi.languageName[l] }) : alertUi.languageName[l]);
  const actions = LANGS.map((l) => postbackAction(labelOf(l), encodePostback({ a: 'lang', l }), alertUi.languageName[l]));
  const now = fill(alertUi.currentLanguage[lang], { language: alertUi.languageName[current] });
  const bubble = card({ title: alertUi.languageLabel[lang], body: [alertUi.languagePrompt[lang], now], buttons: actions.map((a) => button(a, 'secondary')) });
  return flexMessage(`${alertUi.languageLabel[lang]}: ${alertUi.languagePrompt[lang]} ${now}`, bubble, {
    items: actions.map((action) => ({ type: 'action', action })),
  });
}
