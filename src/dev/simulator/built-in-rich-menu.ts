import type { messagingApi } from '@line/bot-sdk';
import { DEFAULT_LANG } from '../../../content/i18n';
import { ui } from '../../../content/ui';
import type { ConversationState } from '../../bot/conversation-state';
import type { Env } from '../../env';
import { intentAction, menuEntries } from '../../render/menu';
import { getUserLink } from '../../store/links';

const WIDTH = 2500;
const ROW_HEIGHT = 420;
const COLUMNS = 3;

/**
 * The menu shown under the chat when the bot has not linked a rich menu to the user in
 * the fake LINE API: the same entries as the chat menu, for the user's language and link
 * state, laid out like a rich menu so the page draws both the same way.
 */
export async function builtInRichMenu(env: Env, userId: string): Promise<{ source: 'built-in'; menu: messagingApi.RichMenuRequest }> {
  const linked = (await getUserLink(env, userId))?.active === true;
  // The RPC stub cannot type the free-form flow snapshot, hence the cast.
  const state = (await env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(userId)).getState()) as unknown as ConversationState;
  const lang = state.lang ?? DEFAULT_LANG;
  const entries = menuEntries({ lang, linked });
  const rows = Math.ceil(entries.length / COLUMNS);
  const cell = Math.floor(WIDTH / COLUMNS);
  return {
    source: 'built-in',
    menu: {
      size: { width: WIDTH, height: rows * ROW_HEIGHT },
      selected: true,
      name: `built-in ${lang} ${linked ? 'linked' : 'unlinked'}`,
      chatBarText: ui.menuTitle[lang],
      areas: entries.map((entry, i) => ({
        bounds: { x: (i % COLUMNS) * cell, y: Math.floor(i / COLUMNS) * ROW_HEIGHT, width: cell, height: ROW_HEIGHT },
        action: intentAction(entry.label, entry.intent),
      })),
    },
  };
}
