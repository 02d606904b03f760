import { ui } from '../../content/ui';
import { parsePostback, type Postback } from '../render/postback';
import { EVENTS, FLOWS, hasIntent, POSTBACKS, runIntent, TEXT } from './dispatch';
import { activeFlow } from './flow-runner';
import type { InboundEvent, InternalEvent } from './internal-events';
import { expiredButton, withMenu } from './replies';
import { repairRichMenu } from './rich-menu-sync';
import type { Reply, Turn } from './turn';

async function onText(turn: Turn, text: string): Promise<Reply> {
  for (const handler of TEXT) {
    const reply = await handler(turn, text);
    if (reply) return reply;
  }
  return [];
}

async function onPostback(turn: Turn, postback: Postback | null): Promise<Reply> {
  if (!postback) return expiredButton(turn);
  switch (postback.a) {
    case 'intent':
      return hasIntent(postback.id) ? runIntent(turn, postback.id) : expiredButton(turn);
    case 'flow': {
      const owner = Object.hasOwn(FLOWS, postback.f) ? FLOWS[postback.f] : undefined;
      const flow = activeFlow(turn, postback.f);
      // Buttons of a finished, replaced or idle run have expired.
      return owner && flow?.run === postback.r ? owner(turn, postback) : expiredButton(turn);
    }
    default:
      return (POSTBACKS[postback.a] as (turn: Turn, postback: Postback) => Promise<Reply>)(turn, postback);
  }
}

function onInternal(turn: Turn, event: InternalEvent): Promise<Reply> {
  // EVENTS.internal pairs each kind with a handler of that kind's event (checked there).
  return (EVENTS.internal[event.kind] as (turn: Turn, event: InternalEvent) => Promise<Reply>)(turn, event);
}

/** One event of one user → the messages to reply with (possibly none). */
export async function handleEvent(turn: Turn, event: InboundEvent): Promise<Reply> {
  // A rich-menu switch LINE refused earlier is tried again before anything else.
  if (event.type !== 'follow' && event.type !== 'unfollow') await repairRichMenu(turn);
  switch (event.type) {
    case 'internal':
      return onInternal(turn, event);
    case 'follow':
      return EVENTS.follow(turn);
    case 'unfollow':
      return EVENTS.unfollow(turn);
    case 'accountLink':
      return EVENTS.accountLink(turn, event);
    case 'message':
      return event.message.type === 'text' ? onText(turn, event.message.text) : withMenu(turn, ui.unsupportedMessage[turn.lang]);
    case 'postback':
      return onPostback(turn, parsePostback(event.postback.data));
  }
}
