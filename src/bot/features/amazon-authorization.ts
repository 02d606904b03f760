import { amazonAuthorization as t } from '../../../content/amazon-authorization';
import { fill } from '../../../content/i18n';
import { button, card, flexMessage } from '../../render/flex';
import { intentAction } from '../../render/menu';
import { maskSellerId } from '../../store/links';
import type { AuthorizationRevokedEvent } from '../internal-events';
import { ownLink } from '../own-link';
import type { Reply, Turn } from '../turn';

/**
 * Amazon refused the seller's stored authorization (the app was de-authorised in Seller
 * Central, or the refresh token died): the Amazon sources stop for that seller, and its owner
 * is asked once to link again. The button starts the ordinary linking flow; a successful link
 * stores a new refresh token and the sources resume.
 */
export async function onAuthorizationRevoked(turn: Turn, event: AuthorizationRevokedEvent): Promise<Reply> {
  // Someone else holds the seller now, or the user unlinked meanwhile: nothing to ask of this user.
  if ((await ownLink(turn))?.sellerId !== event.sellerId) return [];
  const lang = turn.lang;
  const body = fill(t.revokedBody[lang], { seller: maskSellerId(event.sellerId) });
  const bubble = card({ title: t.revokedTitle[lang], body: [body], note: t.revokedNote[lang], buttons: [button(intentAction(t.relinkButton[lang], 'link.start'), 'primary')] });
  return [flexMessage(`${t.revokedTitle[lang]} ${body}`, bubble)];
}
