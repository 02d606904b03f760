import { amazonAuthorization as t } from '../../../content/amazon-authorization';
import { fill } from '../../../content/i18n';
import { button, card, flexMessage, uriAction } from '../../render/flex';
import { intentAction } from '../../render/menu';
import { maskSellerId } from '../../sellers/links';
import type { AuthorizationRevokedEvent } from '../internal-events';
import { linkUrl } from '../login-url';
import { ownLink } from '../own-link';
import type { Reply, Turn } from '../turn';

/**
 * Amazon refused the seller's stored authorization (the app was de-authorised in Seller
 * Central, or the refresh token died): the Amazon sources stop for that seller, and its owner
 * is asked once to link again. The button goes straight to Seller Central (like every re-link
 * button); a successful link stores a new refresh token and the sources resume.
 */
export async function onAuthorizationRevoked(turn: Turn, event: AuthorizationRevokedEvent): Promise<Reply> {
  // Someone else holds the seller now, or the user unlinked meanwhile: nothing to ask of this user.
  if ((await ownLink(turn))?.sellerId !== event.sellerId) return [];
  const lang = turn.lang;
  const body = fill(t.revokedBody[lang], { seller: maskSellerId(event.sellerId) });
  const url = await linkUrl(turn);
  const relink = url ? uriAction(t.relinkButton[lang], url) : intentAction(t.relinkButton[lang], 'link.start');
  const bubble = card({ title: t.revokedTitle[lang], body: [body], note: t.revokedNote[lang], buttons: [button(relink, 'primary')] });
  return [flexMessage(`${t.revokedTitle[lang]} ${body}`, bubble)];
}
