import type { messagingApi } from '@line/bot-sdk';
import { ui } from '../../content/ui';
import { textMessage } from '../render/flex';
import { menuQuickReply } from '../render/menu';
import { isLinked } from './own-link';
import type { Reply, Turn } from './turn';

/**
 * Replies every feature may give. A reply offers the menu at most once, as chips under its
 * last message: the rich menu is always there, so no reply repeats it as a card too.
 */
export const menuChips = async (turn: Turn): Promise<messagingApi.QuickReply> => menuQuickReply({ lang: turn.lang, linked: await isLinked(turn) });

/** A line of text with the menu as chips. */
export const withMenu = async (turn: Turn, text: string): Promise<Reply> => [textMessage(text, await menuChips(turn))];

/** A tap we cannot act on (a stale, replaced or forged button): never guess; say so and offer the menu. */
export const expiredButton = (turn: Turn): Promise<Reply> => withMenu(turn, ui.expiredButton[turn.lang]);
