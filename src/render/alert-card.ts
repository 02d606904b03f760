import type { messagingApi } from '@line/bot-sdk';
import { alertTypes, alertUi, detailLabels } from '../../content/alerts';
import type { Lang } from '../../content/i18n';
import { marketplaceName } from '../../content/marketplaces';
import type { AlertDetails } from '../model/alert';
import { encodePostback } from './postback';
import type { AlertRecord, SkipReason } from '../model/alert';
import { button, COLORS, flexMessage, postbackAction, separator, text, uriAction, vbox } from './flex';
import { formatMoney } from './format';

export const SELLER_CENTRAL_URL = 'https://sellercentral.amazon.co.jp/';
/** The history shows this many; LINE allows 12 bubbles per carousel. */
export const HISTORY_SIZE = 10;

/** An alert to show; with its delivery status (from the history), a card says why one was not delivered. */
type RenderableAlert = Pick<AlertRecord, 'type' | 'details' | 'createdAt'> & Partial<Pick<AlertRecord, 'status' | 'reason'>>;

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Sellers are in Japan: times are shown in JST, whatever the language. */
function jstParts(date: Date) {
  const d = new Date(date.getTime() + JST_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: pad(d.getUTCHours()), mm: pad(d.getUTCMinutes()), pad };
}

export function formatDateTime(iso: string, lang: Lang): string {
  const p = jstParts(new Date(iso));
  return lang === 'ja' ? `${p.y}年${p.m}月${p.d}日 ${p.hh}:${p.mm}` : `${p.y}-${p.pad(p.m)}-${p.pad(p.d)} ${p.hh}:${p.mm} JST`;
}

function formatDeadline(value: string, lang: Lang): string {
  if (value.length > 10) return formatDateTime(value, lang);
  const [y, m, d] = value.split('-').map(Number);
  return lang === 'ja' ? `${y}年${m}月${d}日` : value;
}

/** The details an alert carries as label/value rows, in the order of detailLabels. */
export function detailRows(details: AlertDetails | undefined, lang: Lang): { label: string; value: string }[] {
  if (!details) return [];
  const value = (key: keyof typeof detailLabels): string | undefined => {
    switch (key) {
      case 'metricValue':
      case 'threshold':
        return details[key] === undefined ? undefined : `${details[key]}%`;
      case 'amount':
        return details.amount === undefined ? undefined : formatMoney(details.amount, details.currency ?? 'JPY', lang);
      case 'marketplace':
        return details.marketplace === undefined ? undefined : marketplaceName(details.marketplace, lang);
      case 'deadline':
        return details.deadline === undefined ? undefined : formatDeadline(details.deadline, lang);
      default:
        return details[key];
    }
  };
  return (Object.keys(detailLabels) as (keyof typeof detailLabels)[]).flatMap((key) => {
    const v = value(key);
    return v === undefined ? [] : [{ label: detailLabels[key][lang], value: v }];
  });
}

const heading = (value: string): messagingApi.FlexText => text(value, { size: 'xs', weight: 'bold', color: COLORS.muted, margin: 'lg' });

const SKIP_REASONS: readonly SkipReason[] = ['switched-off', 'not-linked', 'blocked'];

/** Why an alert did not reach LINE, or null when it did (or is still on its way). */
export function notSentReason(alert: Partial<Pick<AlertRecord, 'status' | 'reason'>>, lang: Lang): string | null {
  const reasons = alertUi.notSentReason;
  if (alert.status === 'failed') return reasons.failed[lang];
  if (alert.status !== 'skipped') return null;
  const reason = SKIP_REASONS.find((r) => r === alert.reason);
  return (reason ? reasons[reason] : reasons.unknown)[lang];
}

/**
 * The details as rows, each label above its value: a label beside its value would share
 * the line and wrap mid-word (マーケットプレ/イス) on a phone.
 */
function detailBox(rows: { label: string; value: string }[]): messagingApi.FlexBox {
  return vbox(
    rows.map((row) => vbox([text(row.label, { size: 'xxs', color: COLORS.muted }), text(row.value, { size: 'sm' })])),
    { spacing: 'sm', margin: 'md' },
  );
}

/** The full alert: what happened, its details, what to do, Seller Central, and the email reminder. */
export function alertBubble(alert: RenderableAlert, lang: Lang): messagingApi.FlexBubble {
  const content = alertTypes[alert.type];
  const rows = detailRows(alert.details, lang);
  const notSent = notSentReason(alert, lang);
  const body: messagingApi.FlexComponent[] = [
    text(alertUi.cardLabel[lang], { size: 'xs', weight: 'bold', color: COLORS.danger }),
    text(content.title[lang], { weight: 'bold', size: 'md', color: COLORS.brand, margin: 'sm' }),
    text(`${alertUi.raisedAt[lang]}: ${formatDateTime(alert.createdAt, lang)}`, { size: 'xxs', color: COLORS.muted, margin: 'sm' }),
    ...(notSent ? [text(notSent, { size: 'xs', color: COLORS.danger, margin: 'sm' })] : []),
    heading(alertUi.happenedHeading[lang]),
    text(content.happened[lang], { size: 'sm', margin: 'sm' }),
  ];
  if (rows.length > 0) body.push(detailBox(rows));
  body.push(
    heading(alertUi.actionHeading[lang]),
    text(content.action[lang], { size: 'sm', margin: 'sm' }),
    separator(),
    text(alertUi.emailReminder[lang], { size: 'xs', color: COLORS.muted, margin: 'md' }),
  );
  return {
    type: 'bubble',
    body: vbox(body),
    footer: vbox([button(uriAction(alertUi.sellerCentralButton[lang], SELLER_CENTRAL_URL), 'primary')]),
  };
}

export function alertCardMessage(alert: RenderableAlert, lang: Lang, quickReply?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const content = alertTypes[alert.type];
  return flexMessage(`${content.title[lang]}: ${content.action[lang]}`, alertBubble(alert, lang), quickReply);
}

function historyBubble(alert: AlertRecord, lang: Lang): messagingApi.FlexBubble {
  const status = alertUi.status[alert.status][lang];
  const notSent = notSentReason(alert, lang);
  return {
    type: 'bubble',
    size: 'kilo',
    body: vbox([
      text(`${formatDateTime(alert.createdAt, lang)} · ${status}`, { size: 'xxs', color: alert.status === 'delivered' ? COLORS.muted : COLORS.danger }),
      text(alertTypes[alert.type].title[lang], { weight: 'bold', size: 'sm', color: COLORS.brand, margin: 'sm', maxLines: 4 }),
      ...(notSent ? [text(notSent, { size: 'xxs', color: COLORS.muted, margin: 'sm' })] : []),
    ]),
    footer: vbox([button(postbackAction(alertUi.openAlert[lang], encodePostback({ a: 'alert', id: alert.id })), 'primary')]),
  };
}

/** Recent alerts as a carousel (newest first, as given), each opening its full card. */
export function alertHistoryMessage(alerts: readonly AlertRecord[], lang: Lang, quickReply?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const shown = alerts.slice(0, HISTORY_SIZE);
  const alt = `${alertUi.historyTitle[lang]}: ${shown.map((a) => alertTypes[a.type].title[lang]).join(' / ')}`;
  return flexMessage(alt, { type: 'carousel', contents: shown.map((a) => historyBubble(a, lang)) }, quickReply);
}
