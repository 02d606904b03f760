import { verifiedLink, type UserLink } from '../sellers/links';
import type { Turn } from './turn';

/**
 * The user's own link, checked with the seller's object (the one owner check). A pointer
 * to a seller that someone else has taken since is dropped on the way.
 */
export async function ownLink(turn: Turn): Promise<UserLink | null> {
  const link = await verifiedLink(turn.env, turn.userId, turn.state.link);
  if (!link && turn.state.link) delete turn.state.link;
  return link;
}

/** Whether alerts reach this user now (linked and not paused by a block). */
export const isLinked = async (turn: Turn): Promise<boolean> => (await ownLink(turn))?.active === true;
