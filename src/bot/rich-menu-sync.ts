import { DEFAULT_RICH_MENU_ALIAS, richMenuAliasId } from '../../content/richmenus';
import type { Turn } from './turn';

/**
 * Gives the user the rich menu that fits their link state and language. The menu is found
 * through its alias, which `npm run richmenu:deploy` keeps pointing at the current version.
 * The default menu (not linked, Japanese) is what an unlinked user sees anyway, so for it the
 * per-user link is removed rather than set. A failure leaves the previous menu in place and
 * must not cost the user their reply, so it is logged, not thrown.
 */
export async function syncUserRichMenu(turn: Turn, linked: boolean): Promise<void> {
  const aliasId = richMenuAliasId(linked, turn.lang);
  try {
    if (aliasId === DEFAULT_RICH_MENU_ALIAS) {
      await turn.line.unlinkRichMenu(turn.userId);
    } else {
      await turn.line.linkRichMenu(turn.userId, await turn.line.getRichMenuIdOfAlias(aliasId));
    }
    turn.log.info('rich menu synced', { richMenuAlias: aliasId });
  } catch (err) {
    turn.log.warn('rich menu sync failed; the user keeps their current menu', { richMenuAlias: aliasId, error: err });
  }
}
