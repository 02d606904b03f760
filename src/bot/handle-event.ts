import type { webhook } from '@line/bot-sdk';
import { langFromLineLanguage } from '../../content/i18n';
import { ui } from '../../content/ui';
import { greetingMessage } from '../render/greeting';
import { onAuthorizationRevoked } from './features/amazon-authorization';
import { features } from './features';
import { activeFlow } from './flow-runner';
import { hasIntentHandler, runIntent, showMenu } from './intent-handlers';
import { parsePostback, type Postback } from '../render/postback';
import type { InboundEvent } from './internal-events';
import type { Reply, Turn } from './turn';

async function onFollow(turn: Turn, event: webhook.FollowEvent): Promise<Reply> {
  if (!turn.state.lang) {
    const profile = await turn.line.getProfile(turn.userId).catch(() => undefined);
    turn.lang = turn.state.lang = langFromLineLanguage(profile?.language);
  }
  for (const feature of features) {
    const reply = await feature.onFollow?.(turn, event);
    if (reply) return reply;
  }
  return [greetingMessage(turn.lang)];
}

async function onText(turn: Turn, text: string): Promise<Reply> {
  for (const feature of features) {
    const reply = await feature.onText?.(turn, text);
    if (reply) return reply;
  }
  const answerer = features.find((f) => f.answerText);
  return answerer?.answerText ? answerer.answerText(turn, text) : showMenu(turn);
}

/** A tap we cannot act on: a stale, replaced or forged button. Never guess; offer the menu. */
export async function expiredButton(turn: Turn): Promise<Reply> {
  return showMenu(turn, ui.expiredButton[turn.lang]);
}

async function onPostback(turn: Turn, postback: Postback | null): Promise<Reply> {
  if (!postback) return expiredButton(turn);
  if (postback.a === 'intent') return hasIntentHandler(postback.id) ? runIntent(turn, postback.id) : expiredButton(turn);
  if (postback.a === 'flow') {
    const handler = features.find((f) => f.flows?.[postback.f])?.flows?.[postback.f];
    const flow = activeFlow(turn, postback.f);
    return handler && flow && flow.run === postback.r ? handler(turn, postback) : expiredButton(turn);
  }
  for (const feature of features) {
    const handler = feature.postbacks?.[postback.a] as ((turn: Turn, p: Postback) => Promise<Reply>) | undefined;
    if (handler) return handler(turn, postback);
  }
  return expiredButton(turn);
}

/** One event of one user → the messages to reply with (possibly none). */
export async function handleEvent(turn: Turn, event: InboundEvent): Promise<Reply> {
  switch (event.type) {
    case 'internal': {
      if (event.kind === 'authorization-revoked') return onAuthorizationRevoked(turn, event);
      const feature = features.find((f) => f.onInternal);
      return feature?.onInternal ? feature.onInternal(turn, event) : [];
    }
    case 'follow':
      return onFollow(turn, event);
    case 'unfollow':
      for (const feature of features) await feature.onUnfollow?.(turn, event);
      return [];
    case 'accountLink': {
      const feature = features.find((f) => f.onAccountLink);
      return feature?.onAccountLink ? feature.onAccountLink(turn, event) : [];
    }
    case 'message':
      return event.message.type === 'text' ? onText(turn, event.message.text) : showMenu(turn, ui.unsupportedMessage[turn.lang]);
    case 'postback':
      return onPostback(turn, parsePostback(event.postback.data));
  }
}
