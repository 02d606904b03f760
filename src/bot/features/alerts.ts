import { alertUi, isSwitchId } from '../../../content/alerts';
import { ALERT_ID } from '../../alerts/alert-id';
import { alertCardMessage, alertHistoryMessage, HISTORY_SIZE } from '../../render/alert-card';
import { alertSettingsMessage, languageChoiceMessage, switchChangedMessage } from '../../render/alert-settings';
import { button, card, flexMessage, textMessage } from '../../render/flex';
import { intentAction, menuQuickReply } from '../../render/menu';
import type { Postback } from '../../render/postback';
import { getAlert, listSellerAlerts } from '../../store/alerts';
import { getSettings, updateSettingsAsOwner } from '../../sellers/settings';
import { ownLink } from '../own-link';
import { expiredButton, withMenu } from '../replies';
import { syncUserRichMenu } from '../rich-menu-sync';
import type { Reply, Turn } from '../turn';

/**
 * Alerts in the chat: history, one alert's card, the settings (switches and language). Every
 * read and change is for the seller this user owns, checked with the seller's object.
 */

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

export async function history(turn: Turn): Promise<Reply> {
  const sellerId = await linkedSeller(turn);
  if (!sellerId) return notLinked(turn);
  const { alerts } = await listSellerAlerts(turn.env, sellerId, { limit: HISTORY_SIZE });
  if (alerts.length === 0) return [textMessage(alertUi.historyEmpty[turn.lang], linkedMenu(turn))];
  return [textMessage(alertUi.historyIntro[turn.lang]), alertHistoryMessage(alerts, turn.lang, linkedMenu(turn))];
}

export async function openSettings(turn: Turn): Promise<Reply> {
  const sellerId = await linkedSeller(turn);
  if (!sellerId) return notLinked(turn);
  return [alertSettingsMessage(await getSettings(turn.env, sellerId), turn.lang, undefined, linkedMenu(turn))];
}

export const chooseLanguage = (turn: Turn): Reply => [languageChoiceMessage(turn.lang, turn.lang)];

/** One tap on a switch: answered with that switch only, never the whole card again. */
export async function toggle(turn: Turn, { k, on }: Extract<Postback, { a: 'set' }>): Promise<Reply> {
  const sellerId = await linkedSeller(turn);
  if (!sellerId) return notLinked(turn);
  if (!isSwitchId(k)) return expiredButton(turn);
  // Checked again inside the seller's object: a takeover between the two reads changes nothing.
  const settings = await updateSettingsAsOwner(turn.env, sellerId, turn.userId, { switches: { [k]: on === '1' } }, turn.now);
  if (!settings) return notLinked(turn);
  return [switchChangedMessage(k, settings.switches[k], turn.lang, linkedMenu(turn))];
}

/** The chat's language, and the seller's alerts with it; the rich menu follows. */
export async function setLanguage(turn: Turn, { l }: Extract<Postback, { a: 'lang' }>): Promise<Reply> {
  const lang = l === 'en' ? 'en' : 'ja';
  turn.lang = turn.state.lang = lang;
  const sellerId = await linkedSeller(turn);
  if (sellerId) await updateSettingsAsOwner(turn.env, sellerId, turn.userId, { language: lang }, turn.now);
  await syncUserRichMenu(turn, sellerId !== null);
  return withMenu(turn, alertUi.languageChanged[lang]);
}

/** One alert from the history, only if it is the seller's this user owns, whatever id a tap carries. */
export async function openAlert(turn: Turn, { id }: Extract<Postback, { a: 'alert' }>): Promise<Reply> {
  const sellerId = await linkedSeller(turn);
  if (!sellerId) return notLinked(turn);
  const record = ALERT_ID.test(id) ? await getAlert(turn.env, id) : null;
  if (!record || record.sellerId !== sellerId) return [textMessage(alertUi.alertNotFound[turn.lang], linkedMenu(turn))];
  return [alertCardMessage(record, turn.lang, linkedMenu(turn))];
}
