import type { webhook } from '@line/bot-sdk';
import type { AnyStateMachine } from 'xstate';
import { fill, langFromLineLanguage, type Lang } from '../../../content/i18n';
import { linkingChat as t } from '../../../content/linking';
import { linkMachine, LINK_TAP_EVENTS, type LinkEffect } from '../../../flows/link';
import { relinkMachine, RELINK_TAP_EVENTS, type RelinkEffect } from '../../../flows/relink';
import { unlinkMachine, UNLINK_TAP_EVENTS, type UnlinkEffect } from '../../../flows/unlink';
import { maskId } from '../../log';
import { button, card, flexMessage, postbackAction, textMessage, uriAction } from '../../render/flex';
import { greetingMessage } from '../../render/greeting';
import { unlinkConfirmMessage } from '../../render/linking-cards';
import { intentAction, menuQuickReply } from '../../render/menu';
import { consumeLinkNonce, markLinkTokenUsed, rememberLinkToken, type LinkNonceRecord } from '../../store/link-sessions';
import { maskSellerId, sellerAccount, type UserLink } from '../../sellers/links';
import { activeFlow, endFlow, saveFlow, stepMachine } from '../flow-runner';
import type { LinkReplacedEvent } from '../internal-events';
import { isLinked, ownLink } from '../own-link';
import { encodePostback, type Postback } from '../../render/postback';
import { linkUrl } from '../login-url';
import { expiredButton, menuChips } from '../replies';
import { syncUserRichMenu } from '../rich-menu-sync';
import type { Reply, Turn } from '../turn';

/**
 * Linking a seller account (design.md, Linking 1–8): the chat side of link, unlink,
 * status, and the recovery after a block. The flows in flows/ decide what happens; this
 * module carries out their effects (LINE link tokens, KV links, replies).
 */

type Kind = 'link' | 'relink' | 'unlink';
type Effect = LinkEffect | RelinkEffect | UnlinkEffect;
type FlowRef = { kind: Kind; run: string };

const FLOWS: Record<Kind, { machine: AnyStateMachine; taps: readonly string[] }> = {
  link: { machine: linkMachine, taps: LINK_TAP_EVENTS },
  relink: { machine: relinkMachine, taps: RELINK_TAP_EVENTS },
  unlink: { machine: unlinkMachine, taps: UNLINK_TAP_EVENTS },
};

/** What the effects of one step may need to know besides the turn. */
interface StepContext {
  link?: UserLink;
}


const flowButton = (ref: FlowRef, label: string, event: string, style: 'primary' | 'secondary' = 'secondary') =>
  button(postbackAction(label, encodePostback({ a: 'flow', f: ref.kind, r: ref.run, e: event, o: '' }), label), style);

function formatSince(at: number, lang: Lang): string {
  const formatted = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    timeZone: 'Asia/Tokyo',
    dateStyle: lang === 'ja' ? 'long' : 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
  return lang === 'ja' ? formatted : `${formatted} (JST)`;
}

/** After a failure: a fresh login button (straight to Seller Central), and a way out of the running flow. */
async function retryButtons(turn: Turn, ref: FlowRef | undefined) {
  const url = await linkUrl(turn);
  const retry = url ? button(uriAction(t.relinkButton[turn.lang], url), 'primary') : button(intentAction(t.relinkButton[turn.lang], 'link.start'), 'primary');
  if (!ref || ref.kind === 'unlink') return [retry];
  return [retry, ref.kind === 'link' ? flowButton(ref, t.cancelButton[turn.lang], 'CANCEL') : flowButton(ref, t.notNowButton[turn.lang], 'DECLINE')];
}

/** Carries out one effect. `next` is an event to feed back to the flow (a token could not be issued). */
async function perform(turn: Turn, effect: Effect, ref: FlowRef | undefined, context: StepContext): Promise<{ messages: Reply; next?: { type: 'UNAVAILABLE' } }> {
  const lang = turn.lang;
  switch (effect.type) {
    case 'offerLink':
    case 'offerRelink': {
      const url = await linkUrl(turn);
      if (!url) return { messages: [], next: { type: 'UNAVAILABLE' } };
      const current = await ownLink(turn);
      const reason = effect.type === 'offerRelink' ? effect.reason : undefined;
      const title = reason === 'returned' ? t.welcomeBackTitle[lang] : reason ? t.relinkTitle[lang] : t.startTitle[lang];
      const body =
        reason === 'returned' ? [t.welcomeBackBody[lang]]
        : reason === 'asked' ? [t.relinkBody[lang]]
        : [...(current?.active ? [fill(t.alreadyLinked[lang], { seller: maskSellerId(current.sellerId) })] : []), t.startIntro[lang]];
      const dismiss = ref?.kind === 'relink' ? flowButton(ref, t.notNowButton[lang], 'DECLINE') : flowButton(ref!, t.cancelButton[lang], 'CANCEL');
      const bubble = card({
        title,
        body,
        steps: reason === 'asked' ? t.unblockSteps[lang] : reason === 'returned' ? undefined : t.steps[lang],
        note: t.buttonNote[lang],
        buttons: [button(uriAction(reason ? t.relinkButton[lang] : t.loginButton[lang], url), 'primary'), dismiss],
      });
      return { messages: [flexMessage(`${title} ${body.join(' ')}`, bubble)] };
    }
    case 'confirmLinked':
    case 'confirmRestored': {
      const seller = maskSellerId(context.link?.sellerId ?? '');
      const body = fill((effect.type === 'confirmRestored' ? t.restoredBody : t.linkedBody)[lang], { seller });
      const bubble = card({ title: t.linkedTitle[lang], body: [body], note: t.linkedNote[lang] });
      return { messages: [flexMessage(`${t.linkedTitle[lang]} ${body}`, bubble, menuQuickReply({ lang, linked: true }))] };
    }
    case 'explainFailure':
    case 'explainRejected': {
      const body = (effect.type === 'explainRejected' ? t.rejectedBody : t.failedBody)[lang];
      const bubble = card({ title: t.failedTitle[lang], body: [body], buttons: await retryButtons(turn, ref) });
      return { messages: [flexMessage(`${t.failedTitle[lang]} ${body}`, bubble)] };
    }
    case 'explainUnavailable':
      return { messages: [textMessage(t.unavailable[lang], await menuChips(turn))] };
    case 'explainCancelled':
      return { messages: [textMessage(t.cancelled[lang], await menuChips(turn))] };
    case 'explainLater':
      return { messages: [textMessage(t.later[lang], await menuChips(turn))] };
    case 'askConfirmation':
      return { messages: [unlinkConfirmMessage(lang, maskSellerId(context.link?.sellerId ?? ''), ref!.run)] };
    case 'unlink': {
      const link = await ownLink(turn);
      // The seller's object removes it only if this user still owns it, whatever happened since the question.
      if (!link || !(await sellerAccount(turn.env, link.sellerId).unlink(turn.userId))) {
        delete turn.state.link;
        return { messages: [textMessage(t.notLinked[lang], await menuChips(turn))] };
      }
      delete turn.state.link;
      await syncUserRichMenu(turn, false);
      turn.log.info('unlinked', { seller: maskSellerId(link.sellerId) });
      return { messages: [textMessage(t.unlinked[lang], menuQuickReply({ lang, linked: false }))] };
    }
    case 'keepLink':
      return { messages: [textMessage(t.kept[lang], await menuChips(turn))] };
  }
}

/**
 * Steps a flow with events (a fresh run when `fresh`), persists or ends it, and carries
 * out what it emitted; an effect that could not be carried out feeds its event back.
 */
async function runFlow(turn: Turn, kind: Kind, events: { type: string; [key: string]: unknown }[], options: { fresh?: boolean; context?: StepContext } = {}): Promise<Reply> {
  const current = options.fresh ? undefined : activeFlow(turn, kind);
  const step = stepMachine(FLOWS[kind].machine, current?.snapshot, events as never);
  const ref: FlowRef = { kind, run: saveFlow(turn, kind, step.persisted, current?.run) };
  if (step.snapshot.status === 'done') endFlow(turn);
  const messages: Reply = [];
  for (const effect of step.emitted as Effect[]) {
    const done = await perform(turn, effect, ref, options.context ?? {});
    messages.push(...done.messages);
    if (done.next) messages.push(...(await runFlow(turn, kind, [done.next], { context: options.context })));
  }
  return messages;
}

/** The running link or relink flow, if any: an accountLink event moves it on. */
function linkingFlow(turn: Turn): Kind | undefined {
  return (['link', 'relink'] as const).find((kind) => activeFlow(turn, kind));
}

/**
 * One person per seller account. The seller's object makes this user the owner in one step
 * and names who held it before; that user is told through their own conversation (stored,
 * retried, handled once), so a takeover is never silent, even while LINE is failing.
 */
async function recordLink(turn: Turn, session: LinkNonceRecord, eventId: string): Promise<UserLink> {
  const { previousUserId } = await sellerAccount(turn.env, session.sellerId).link({
    userId: turn.userId,
    now: turn.now,
    lang: turn.lang,
    ...(session.refreshTokenEnc ? { refreshTokenEnc: session.refreshTokenEnc } : {}),
  });
  if (previousUserId) {
    const replaced: LinkReplacedEvent = {
      type: 'internal',
      kind: 'link-replaced',
      webhookEventId: `link-replaced:${eventId}`,
      timestamp: turn.now,
      source: { type: 'user', userId: previousUserId },
      sellerId: session.sellerId,
    };
    await turn.env.CONVERSATIONS.get(turn.env.CONVERSATIONS.idFromName(previousUserId)).enqueue([replaced], eventId);
    turn.log.info('seller account moved to a new LINE user', { seller: maskSellerId(session.sellerId), previous: maskId(previousUserId) });
  }
  // One seller per user too: a different seller this user held before is let go.
  const before = turn.state.link;
  if (before && before.sellerId !== session.sellerId) await sellerAccount(turn.env, before.sellerId).unlink(turn.userId);
  turn.state.link = { sellerId: session.sellerId, linkedAt: turn.now };
  await markLinkTokenUsed(turn.env, session.linkToken, turn.now);
  turn.state.lang = turn.lang;
  await syncUserRichMenu(turn, true);
  turn.log.info('linked', { seller: maskSellerId(session.sellerId) });
  return { userId: turn.userId, sellerId: session.sellerId, linkedAt: turn.now, active: true };
}

/** In the previous holder's conversation: their link is gone; say so and give them the unlinked menu. */
async function onLinkReplaced(turn: Turn, event: LinkReplacedEvent): Promise<Reply> {
  if (turn.state.link?.sellerId === event.sellerId) delete turn.state.link;
  if (turn.state.flow?.kind === 'unlink') endFlow(turn);
  await syncUserRichMenu(turn, await isLinked(turn));
  const text = fill(t.replacedPush[turn.lang], { seller: maskSellerId(event.sellerId) });
  return [textMessage(text, await menuChips(turn))];
}

/** Moves the running linking flow on, or answers on its own when none is running. */
async function answerLinkOutcome(turn: Turn, outcome: 'LINKED' | 'FAILED' | 'REJECTED', context: StepContext): Promise<Reply> {
  const kind = linkingFlow(turn);
  if (kind) return runFlow(turn, kind, [{ type: outcome }], { context });
  const effect: Effect = { type: outcome === 'LINKED' ? 'confirmLinked' : outcome === 'FAILED' ? 'explainFailure' : 'explainRejected' };
  return (await perform(turn, effect, undefined, context)).messages;
}

async function onAccountLink(turn: Turn, event: webhook.AccountLinkEvent): Promise<Reply> {
  const nonce = typeof event.link?.nonce === 'string' ? event.link.nonce : '';
  const session = await consumeLinkNonce(turn.env, nonce, turn.userId, turn.now);
  if (event.link?.result !== 'ok') {
    turn.log.info('LINE reported a failed account link', { nonceKnown: session.ok });
    return answerLinkOutcome(turn, 'FAILED', {});
  }
  if (!session.ok) {
    turn.log.warn('account link refused', { reason: session.reason });
    return answerLinkOutcome(turn, 'REJECTED', {});
  }
  const link = await recordLink(turn, session.record, event.webhookEventId);
  return answerLinkOutcome(turn, 'LINKED', { link });
}

export async function status(turn: Turn): Promise<Reply> {
  const lang = turn.lang;
  const link = await ownLink(turn);
  if (!link) {
    const bubble = card({ title: t.statusTitle[lang], body: [t.statusNotLinked[lang]], buttons: [button(intentAction(t.linkButton[lang], 'link.start'), 'primary')] });
    return [flexMessage(`${t.statusTitle[lang]} ${t.statusNotLinked[lang]}`, bubble, menuQuickReply({ lang, linked: false }))];
  }
  const seller = maskSellerId(link.sellerId);
  const body = link.active
    ? [fill(t.statusLinked[lang], { seller }), fill(t.statusSince[lang], { since: formatSince(link.linkedAt, lang) })]
    : [fill(t.statusPaused[lang], { seller })];
  const relinkUrl = link.active ? null : await linkUrl(turn);
  const action = link.active
    ? intentAction(t.unlinkMenuButton[lang], 'link.unlink')
    : relinkUrl
      ? uriAction(t.relinkButton[lang], relinkUrl)
      : intentAction(t.relinkButton[lang], 'link.relink');
  const bubble = card({ title: t.statusTitle[lang], body, buttons: [button(action, link.active ? 'secondary' : 'primary')] });
  return [flexMessage(`${t.statusTitle[lang]} ${body.join(' ')}`, bubble, menuQuickReply({ lang, linked: link.active }))];
}

export async function unlink(turn: Turn): Promise<Reply> {
  const link = await ownLink(turn);
  if (!link) return [textMessage(t.notLinked[turn.lang], menuQuickReply({ lang: turn.lang, linked: false }))];
  return runFlow(turn, 'unlink', [{ type: 'START' }], { fresh: true, context: { link } });
}

/** A tap on one of our flow buttons: only the events the flow takes in its current state. */
export function onTap(kind: Kind) {
  return async (turn: Turn, postback: Extract<Postback, { a: 'flow' }>): Promise<Reply> => {
    const flow = activeFlow(turn, kind);
    const event = { type: postback.e };
    const accepts = FLOWS[kind].taps.includes(postback.e) && flow && stepMachine(FLOWS[kind].machine, flow.snapshot, []).snapshot.can(event);
    if (!accepts) return expiredButton(turn);
    return runFlow(turn, kind, [event], { context: { link: (await ownLink(turn)) ?? undefined } });
  };
}

export const start = (turn: Turn): Promise<Reply> => runFlow(turn, 'link', [{ type: 'START' }], { fresh: true });

export const relink = (turn: Turn): Promise<Reply> => runFlow(turn, 'relink', [{ type: 'START', reason: 'asked' }], { fresh: true });

/** Blocking pauses alerts but keeps the link, so that coming back can restore it. */
export async function onUnfollow(turn: Turn): Promise<Reply> {
  const link = await ownLink(turn);
  if (link?.active) await sellerAccount(turn.env, link.sellerId).setActive(turn.userId, false, turn.now);
  return [];
}

/**
 * Follow: a newcomer gets the greeting with the login button in it; someone who still holds
 * a link (LINE's follow.isUnblocked is not always accurate, so the link is what counts) is
 * welcomed back with a one-tap re-link. Either way their rich menu fits their language and link.
 */
export async function onFollow(turn: Turn): Promise<Reply> {
  if (!turn.state.lang) {
    const profile = await turn.line.getProfile(turn.userId).catch(() => undefined);
    turn.lang = turn.state.lang = langFromLineLanguage(profile?.language);
  }
  const link = await ownLink(turn);
  await syncUserRichMenu(turn, link?.active === true);
  if (link) return runFlow(turn, 'relink', [{ type: 'START', reason: 'returned' }], { fresh: true, context: { link } });
  return [greetingMessage(turn.lang, await linkUrl(turn))];
}

export { onAccountLink, onLinkReplaced };
