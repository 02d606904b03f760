import { alertSwitches, alertUi, isSwitchId } from '../../../content/alerts';
import { fill } from '../../../content/i18n';
import { ui } from '../../../content/ui';
import { ALERT_ID } from '../../alerts/alert-id';
import { alertCardMessage, alertHistoryMessage, HISTORY_SIZE } from '../../render/alert-card';
import { alertSettingsMessage, languageChoiceMessage } from '../../render/alert-settings';
import { button, card, flexMessage, textMessage } from '../../render/flex';
import { intentAction, menuMessage, menuQuickReply } from '../../render/menu';
import { getAlert, listSellerAlerts } from '../../store/alerts';
import { getSettings, updateSettingsAsOwner } from '../../store/settings';
import { ownLink } from '../own-link';
import { syncUserRichMenu } from '../rich-menu-sync';
import type { Reply, Turn } from '../turn';
import type { Feature } from './feature';

/** The seller this user receives alerts for, if this user owns it and the link is active. */
async function linkedSeller(turn: Turn): Promise<string | null> {
  const link = await ownLink(turn);
  return link?.active ? link.sellerId : null;
}

const linkedMenu = (turn: Turn) => menuQuickReply({ lang: turn.lang, linked: true });

function notLinked(turn: Turn): Reply {
  const bubble = card({ title: alertUi.settingsTitle[turn.lang], body: [alertUi.notLinked[turn.lang]], buttons: [button(intentAction(alertUi.linkButton[turn.lang], 'link.start'), 'primary')] });
  return [flexMessage(alertUi.notLinked[turn.lang], bubble, menuQuickReply({ lang: turn.lang, linked: false }))];
}

async function showHistory(turn: Turn): Promise<Reply> {
  const sellerId = await linkedSeller(turn);
  if (!sellerId) return notLinked(turn);
  const { alerts } = await listSellerAlerts(turn.env, sellerId, { limit: HISTORY_SIZE });
  if (alerts.length === 0) return [textMessage(alertUi.historyEmpty[turn.lang], linkedMenu(turn))];
  return [textMessage(alertUi.historyIntro[turn.lang]), alertHistoryMessage(alerts, turn.lang, linkedMenu(turn))];
}

async function openSettings(turn: Turn): Promise<Reply> {
  const sellerId = await linkedSeller(turn);
  if (!sellerId) return notLinked(turn);
  return [alertSettingsMessage(await getSettings(turn.env, sellerId), turn.lang, undefined, linkedMenu(turn))];
}

export const alertsFeature: Feature = {
  name: 'alerts',
  intents: {
    'alerts.history': showHistory,
    'settings.open': openSettings,
    'settings.language': (turn) => [languageChoiceMessage(turn.lang)],
  },
  postbacks: {
    async set(turn, { k, on }) {
      const sellerId = await linkedSeller(turn);
      if (!sellerId) return notLinked(turn);
      if (!isSwitchId(k)) return [menuMessage({ lang: turn.lang, linked: true }, ui.expiredButton[turn.lang])];
      // Checked again inside the seller's object: a takeover between the two reads changes nothing.
      const settings = await updateSettingsAsOwner(turn.env, sellerId, turn.userId, { switches: { [k]: on === '1' } }, turn.now);
      if (!settings) return notLinked(turn);
      const said = fill((on === '1' ? alertUi.switchedOn : alertUi.switchedOff)[turn.lang], { label: alertSwitches[k].label[turn.lang] });
      return [alertSettingsMessage(settings, turn.lang, said, linkedMenu(turn))];
    },
    async lang(turn, { l }) {
      const lang = l === 'en' ? 'en' : 'ja';
      turn.lang = turn.state.lang = lang;
      const sellerId = await linkedSeller(turn);
      if (sellerId) await updateSettingsAsOwner(turn.env, sellerId, turn.userId, { language: lang }, turn.now);
      await syncUserRichMenu(turn, sellerId !== null);
      return [menuMessage({ lang, linked: sellerId !== null }, alertUi.languageChanged[lang])];
    },
    async alert(turn, { id }) {
      const sellerId = await linkedSeller(turn);
      if (!sellerId) return notLinked(turn);
      // Only the alerts of the seller this user is linked to, whatever id a tap carries.
      const record = ALERT_ID.test(id) ? await getAlert(turn.env, id) : null;
      if (!record || record.sellerId !== sellerId) return [textMessage(alertUi.alertNotFound[turn.lang], linkedMenu(turn))];
      return [alertCardMessage(record, turn.lang, linkedMenu(turn))];
    },
  },
};
