import type { messagingApi } from '@line/bot-sdk';
import { fill, type Lang } from '../../content/i18n';
import { linkingChat as t } from '../../content/linking';
import { encodePostback } from './postback';
import { button, card, flexMessage, postbackAction } from './flex';

/** The flow kind of the unlink confirmation (flows/unlink.ts), named in its buttons. */
export const UNLINK_FLOW = 'unlink';

const unlinkTap = (run: string, event: 'CONFIRM' | 'CANCEL', label: string) =>
  button(postbackAction(label, encodePostback({ a: 'flow', f: UNLINK_FLOW, r: run, e: event, o: '' }), label), 'secondary');

/**
 * "Unlink seller account …?" with 解除する and 解除しない. Neither is highlighted: the
 * destructive choice must not look like the recommended one.
 */
export function unlinkConfirmMessage(lang: Lang, maskedSeller: string, run: string): messagingApi.FlexMessage {
  const body = fill(t.unlinkConfirm[lang], { seller: maskedSeller });
  const bubble = card({
    title: t.unlinkTitle[lang],
    body: [body],
    buttons: [unlinkTap(run, 'CONFIRM', t.unlinkButton[lang]), unlinkTap(run, 'CANCEL', t.keepButton[lang])],
  });
  return flexMessage(`${t.unlinkTitle[lang]} ${body}`, bubble);
}
