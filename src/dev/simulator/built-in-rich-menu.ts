import { DEFAULT_LANG } from '../../../content/i18n';
import { findRichMenu, richMenuAliasId } from '../../../content/richmenus';
import { richMenuRequest } from '../../render/rich-menu';
import type { ConversationState } from '../../bot/conversation-state';
import type { Env } from '../../env';
import { getUserLink } from '../../sellers/links';
import type { BuiltInRichMenuView } from './protocol';

/**
 * The menu shown under the chat when no rich menu is linked to the user in the fake LINE
 * API (nobody ran richmenu:deploy against it): the menu of content/richmenus.ts that fits
 * the user's link state and language, in the same shape LINE would hold it.
 */
export async function builtInRichMenu(env: Env, userId: string): Promise<BuiltInRichMenuView> {
  const linked = (await getUserLink(env, userId))?.active === true;
  // The RPC stub cannot type the free-form flow snapshot, hence the cast.
  const state = (await env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(userId)).getState()) as unknown as ConversationState;
  const aliasId = richMenuAliasId(linked, state.lang ?? DEFAULT_LANG);
  const definition = findRichMenu(aliasId);
  if (!definition) throw new Error(`content/richmenus.ts has no menu ${aliasId}`);
  return { aliasId, menu: richMenuRequest(definition, aliasId) };
}
