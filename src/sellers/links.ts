import type { Lang } from '../../content/i18n';
import type { SellerAccountApi, SellerOwner } from './seller-account-api';

/**
 * Who holds which seller account. The seller's own object (SellerAccount) is the one truth:
 * it names at most one owner. A user's conversation keeps a pointer to the seller it linked,
 * and that pointer counts only while the seller's object still names this user, so a
 * takeover can never leave two users holding one seller.
 */
export interface UserLink {
  userId: string;
  sellerId: string;
  linkedAt: number;
  /** False after the user blocked the account (unfollow); the link is kept for recovery. */
  active: boolean;
  deactivatedAt?: number;
}

export interface SellerLink {
  sellerId: string;
  userId: string;
  linkedAt: number;
}

export interface LinkPointer {
  sellerId: string;
  linkedAt: number;
}

/** What a user's conversation must answer about its link (implemented by the Conversation object). */
export interface LinkPointerHolder extends Rpc.DurableObjectBranded {
  linkPointer(): LinkPointer | null;
  setLinkPointer(pointer: LinkPointer | null): void;
}

interface SellersEnv {
  SELLERS: DurableObjectNamespace<SellerAccountApi>;
}
/** Generic: the Worker's namespace has a wider interface, and namespaces do not widen. */
interface LinksEnv<C extends LinkPointerHolder> extends SellersEnv {
  CONVERSATIONS: DurableObjectNamespace<C>;
}

export const sellerAccount = (env: SellersEnv, sellerId: string) => env.SELLERS.get(env.SELLERS.idFromName(sellerId));
const conversationOf = <C extends LinkPointerHolder>(env: LinksEnv<C>, userId: string) =>
  env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(userId)) as unknown as DurableObjectStub<LinkPointerHolder>;

const asUserLink = (userId: string, sellerId: string, owner: SellerOwner): UserLink => ({
  userId,
  sellerId,
  linkedAt: owner.linkedAt,
  active: owner.active,
  ...(owner.deactivatedAt !== undefined ? { deactivatedAt: owner.deactivatedAt } : {}),
});

/**
 * The one owner check: the user's link, if the seller it points at still names this user.
 * Every read that authorises a user for a seller (settings, history, alert cards, status) uses it.
 */
export async function verifiedLink(env: SellersEnv, userId: string, pointer: LinkPointer | null | undefined): Promise<UserLink | null> {
  if (!pointer) return null;
  const owner = await sellerAccount(env, pointer.sellerId).owner();
  return owner?.userId === userId ? asUserLink(userId, pointer.sellerId, owner) : null;
}

/** A user's verified link, asked from outside their conversation. */
export async function getUserLink<C extends LinkPointerHolder>(env: LinksEnv<C>, userId: string): Promise<UserLink | null> {
  return verifiedLink(env, userId, await conversationOf(env, userId).linkPointer());
}

export async function getSellerLink(env: SellersEnv, sellerId: string): Promise<SellerLink | null> {
  const owner = await sellerAccount(env, sellerId).owner();
  return owner ? { sellerId, userId: owner.userId, linkedAt: owner.linkedAt } : null;
}

/** The LINE user who receives a seller's alerts, or why nobody does. */
export async function activeUserForSeller(env: SellersEnv, sellerId: string): Promise<{ userId: string; link: UserLink } | { userId?: string; link: null; reason: 'not-linked' | 'blocked' }> {
  const owner = await sellerAccount(env, sellerId).owner();
  if (!owner) return { link: null, reason: 'not-linked' };
  if (!owner.active) return { userId: owner.userId, link: null, reason: 'blocked' };
  return { userId: owner.userId, link: asUserLink(owner.userId, sellerId, owner) };
}

/**
 * Links without the consent flow: for the dev tools and tests only (production links come
 * from a nonce Amazon vouched for, in the linking feature).
 */
export async function putLink<C extends LinkPointerHolder>(env: LinksEnv<C>, link: UserLink & { lang?: Lang }): Promise<void> {
  const seller = sellerAccount(env, link.sellerId);
  const { previousUserId } = await seller.link({ userId: link.userId, now: link.linkedAt, ...(link.lang ? { lang: link.lang } : {}) });
  if (!link.active) await seller.setActive(link.userId, false, link.deactivatedAt ?? link.linkedAt);
  await conversationOf(env, link.userId).setLinkPointer({ sellerId: link.sellerId, linkedAt: link.linkedAt });
  if (previousUserId) {
    const previous = conversationOf(env, previousUserId);
    const pointer = await previous.linkPointer();
    if (pointer?.sellerId === link.sellerId) await previous.setLinkPointer(null);
  }
}

export { maskSellerId } from '../log';
