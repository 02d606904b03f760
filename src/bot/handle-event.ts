import type { webhook } from '@line/bot-sdk';
import { langFromLineLanguage } from '../../content/i18n';
import { ui } from '../../content/ui';
import { greetingMessage } from '../render/greeting';
import { menuMessage } from '../render/menu';
import { hasIntentHandler, isLinked, runIntent, showMenu } from './intent-handlers';
import { parsePostback, type Postback } from './postback';
import type { Reply, Turn } from './turn';

async function onFollow(turn: Turn): Promise<Reply> {
  if (!turn.state.lang) {
    const profile = await turn.line.getProfile(turn.userId).catch(() => undefined);
    turn.lang = turn.state.lang = langFromLineLanguage(profile?.language);
  }
  return [greetingMessage(turn.lang)];
}

async function onText(turn: Turn, _text: string): Promise<Reply> {
  return showMenu(turn);
}

/** A tap we cannot act on: a stale, replaced or forged button. Never guess; offer the menu. */
export async function expiredButton(turn: Turn): Promise<Reply> {
  return [menuMessage({ lang: turn.lang, linked: await isLinked(turn) }, ui.expiredButton[turn.lang])];
}

async function onPostback(turn: Turn, postback: Postback | null): Promise<Reply> {
  if (!postback) return expiredButton(turn);
  switch (postback.a) {
    case 'intent':
      return hasIntentHandler(postback.id) ? runIntent(turn, postback.id) : expiredButton(turn);
    default:
      return expiredButton(turn);
  }
}

/** One webhook event of one user → the messages to reply with (possibly none). */
export async function handleEvent(turn: Turn, event: webhook.Event): Promise<Reply> {
  switch (event.type) {
    case 'follow':
      return onFollow(turn);
    case 'message':
      return event.message.type === 'text' ? onText(turn, event.message.text) : [menuMessage({ lang: turn.lang, linked: await isLinked(turn) }, ui.unsupportedMessage[turn.lang])];
    case 'postback':
      return onPostback(turn, parsePostback(event.postback.data));
    default:
      return [];
  }
}
