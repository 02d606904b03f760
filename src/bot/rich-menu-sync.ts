import { DEFAULT_RICH_MENU_ALIAS, richMenuAliasId } from '../../content/richmenus';
import { isLinked } from './own-link';
import type { Turn } from './turn';

/**
 * Gives the user the rich menu that fits their link state and language: at follow, on a
 * language change, on link and unlink. The menu is found through its alias, which
 * `npm run richmenu:deploy` keeps pointing at the current version. The default menu (not
 * linked, Japanese) is what an unlinked user sees anyway, so for it the per-user link is
 * removed rather than set. A failure must not cost the user their reply: it is logged and
 * remembered, and the next event of the user tries again (repairRichMenu).
 */
export async function syncUserRichMenu(turn: Turn, linked: boolean): Promise<void> {
  const alias = richMenuAliasId(linked, turn.lang);
  try {
    if (alias === DEFAULT_RICH_MENU_ALIAS) {
      await turn.line.unlinkRichMenu(turn.userId);
    } else {
      await turn.line.linkRichMenu(turn.userId, await turn.line.getRichMenuIdOfAlias(alias));
    }
    turn.state.richMenu = { alias, synced: true };
    turn.log.info('rich menu synced', { richMenuAlias: alias });
  } catch (err) {
    turn.state.richMenu = { alias, synced: false };
    turn.log.warn('rich menu sync failed; will try again on the next event', { richMenuAlias: alias, error: err });
  }
}

/** Tries again a switch LINE refused earlier, for the user's link state and language now. */
export async function repairRichMenu(turn: Turn): Promise<void> {
  if (turn.state.richMenu?.synced === false) await syncUserRichMenu(turn, await isLinked(turn));
}
