import type { AuthorizationRevokedEvent } from '../../bot/internal-events';
import type { Env } from '../../env';
import type { Logger } from '../../log';
import { sellerAccount } from '../../sellers/links';
import type { RevokedNotice } from '../../sellers/seller-account-api';

/**
 * Tells a seller's owner, through their own conversation, that Amazon revoked the
 * authorization and they have to link again. The event's id is fixed per revocation, so the
 * conversation takes it once however often this runs; the seller's object is told afterwards
 * and stops asking. If storing the event fails, the next poll of the seller tries again.
 */
export async function tellOwnerToRelink(env: Pick<Env, 'CONVERSATIONS' | 'SELLERS'>, sellerId: string, notice: RevokedNotice, log: Logger): Promise<void> {
  const event: AuthorizationRevokedEvent = {
    type: 'internal',
    kind: 'authorization-revoked',
    webhookEventId: `authorization-revoked:${notice.revokedAt}`,
    timestamp: notice.revokedAt,
    source: { type: 'user', userId: notice.userId },
    sellerId,
  };
  await env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(notice.userId)).enqueue([event], `amazon-${notice.revokedAt}`);
  await sellerAccount(env, sellerId).authorizationNoticeSent(notice.revokedAt);
  log.warn('seller authorization revoked; owner asked to link again', { seller: sellerId });
}
