import type { Env } from '../env';

/**
 * Links between a LINE user and a seller account, both ways, in KV.
 * `link:user:<userId>` → UserLink, `link:seller:<sellerId>` → SellerLink (the current owner).
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

const userKey = (userId: string) => `link:user:${userId}`;
const sellerKey = (sellerId: string) => `link:seller:${sellerId}`;

export async function getUserLink(env: Pick<Env, 'KV'>, userId: string): Promise<UserLink | null> {
  return env.KV.get<UserLink>(userKey(userId), 'json');
}

export async function getSellerLink(env: Pick<Env, 'KV'>, sellerId: string): Promise<SellerLink | null> {
  return env.KV.get<SellerLink>(sellerKey(sellerId), 'json');
}

/** The active link of a seller: the LINE user who receives its alerts, if any. */
export async function activeUserForSeller(env: Pick<Env, 'KV'>, sellerId: string): Promise<{ userId: string; link: UserLink } | { userId?: string; link: null; reason: 'not-linked' | 'blocked' }> {
  const seller = await getSellerLink(env, sellerId);
  if (!seller) return { link: null, reason: 'not-linked' };
  const link = await getUserLink(env, seller.userId);
  if (!link || link.sellerId !== sellerId) return { link: null, reason: 'not-linked' };
  if (!link.active) return { userId: seller.userId, link: null, reason: 'blocked' };
  return { userId: seller.userId, link };
}

export async function putLink(env: Pick<Env, 'KV'>, link: UserLink): Promise<void> {
  await env.KV.put(userKey(link.userId), JSON.stringify(link));
  await env.KV.put(sellerKey(link.sellerId), JSON.stringify({ sellerId: link.sellerId, userId: link.userId, linkedAt: link.linkedAt } satisfies SellerLink));
}

export async function deleteUserLink(env: Pick<Env, 'KV'>, userId: string): Promise<void> {
  await env.KV.delete(userKey(userId));
}

export async function deleteSellerLink(env: Pick<Env, 'KV'>, sellerId: string): Promise<void> {
  await env.KV.delete(sellerKey(sellerId));
}

/** Masks a seller id for display and logs: first 2 and last 3 characters. */
export function maskSellerId(sellerId: string): string {
  if (sellerId.length <= 5) return '*'.repeat(sellerId.length);
  return `${sellerId.slice(0, 2)}${'*'.repeat(Math.max(3, sellerId.length - 5))}${sellerId.slice(-3)}`;
}
