import type { Lang } from '../../../content/i18n';
import type { SmallTalkIntent } from '../../../content/small-talk';
import { ui } from '../../../content/ui';
import { helpMessage } from '../../render/help';
import { smallTalkMessage } from '../../render/small-talk';
import { isLinked } from '../own-link';
import { menuChips, withMenu } from '../replies';
import type { Reply, Turn } from '../turn';

/** What any chat partner expects to work: help, small talk, and "cancel" when nothing runs. */

/** The help card: what the bot does and does not do, and where to ask instead. */
export const help = async (turn: Turn): Promise<Reply> => [helpMessage(turn.lang, await isLinked(turn), await menuChips(turn))];

/** A short, warm line in the language it was said in, and what the bot can do. */
export const smallTalk =
  (intent: SmallTalkIntent) =>
  async (turn: Turn, lang: Lang = turn.lang): Promise<Reply> => [smallTalkMessage(intent, lang, await menuChips({ ...turn, lang }))];

/** キャンセル / やめる typed when no flow runs: nothing happens to the account, and the bot says so. */
export const nothingToCancel = (turn: Turn): Promise<Reply> => withMenu(turn, ui.nothingToCancel[turn.lang]);
