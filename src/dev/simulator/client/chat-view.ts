import type { messagingApi } from '@line/bot-sdk';
import { simulatorChrome as t } from '../../../../content/simulator';
import { h, timeLabel } from './dom';
import { actionLabel, renderMessage, type OnAction } from './flex-renderer';
import type { Entry, SimUser } from './user-store';

export interface FriendControls {
  follow(): void;
  block(): void;
  unblock(): void;
}

/** How close to the end counts as "reading the newest message" (px). */
const AT_END = 24;

/**
 * The chat of the selected user: bubbles (bot left, user right) with timestamps, system
 * notes, the typing indicator, quick-reply chips of the latest bot message, and the
 * follow / block / unblock bar, in the user's language.
 *
 * The newest message stays in view: a new message scrolls to the end, and so does anything
 * that changes the layout under it (the rich menu growing, an image loading, the window
 * resizing) as long as the user had not scrolled up to read older messages.
 */
export class ChatView {
  private typing: HTMLElement | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private pinned = true;

  constructor(
    private readonly chat: HTMLElement,
    private readonly quickReplies: HTMLElement,
    private readonly friendBar: HTMLElement,
    private readonly onAction: OnAction,
  ) {
    chat.addEventListener('scroll', () => (this.pinned = chat.scrollHeight - chat.scrollTop - chat.clientHeight <= AT_END), { passive: true });
    // The chat's own box shrinks when the rich menu or the chips grow; its content grows when an image loads.
    new ResizeObserver(() => this.keepPinned()).observe(chat);
    chat.addEventListener('load', () => this.keepPinned(), true);
  }

  /** Draws the whole log of a user (on selection). */
  show(user: SimUser): void {
    this.setTyping(false);
    this.chat.replaceChildren(...user.log.map((entry) => this.row(entry)));
    this.afterChange(user);
  }

  /** Adds entries just appended to the log of the shown user. */
  append(user: SimUser, entries: Entry[]): void {
    this.setTyping(false);
    for (const entry of entries) this.chat.append(this.row(entry));
    this.afterChange(user);
  }

  /** Shows the newest message, whatever the user was reading. */
  scrollToEnd(): void {
    this.pinned = true;
    this.chat.scrollTop = this.chat.scrollHeight;
  }

  private keepPinned(): void {
    if (this.pinned) this.chat.scrollTop = this.chat.scrollHeight;
  }

  private afterChange(user: SimUser): void {
    this.renderQuickReplies(user);
    this.scrollToEnd();
  }

  private row(entry: Entry): HTMLElement {
    if (entry.kind === 'system') return h('div', { class: `system${entry.error ? ' error' : ''}` }, entry.text);
    const via = entry.kind === 'bot' ? h('span', { class: 'via' }, entry.via) : null;
    const time = h('span', { class: 'time' }, via, timeLabel(entry.at));
    if (entry.kind === 'user') return h('div', { class: 'row user', dataset: { kind: 'user' } }, h('div', { class: 'msg-text' }, entry.text), time);
    return h(
      'div',
      { class: `row bot${entry.hiddenByBlock ? ' hidden-by-block' : ''}`, dataset: { kind: 'bot', via: entry.via, type: entry.message.type } },
      h('span', { class: 'avatar', 'aria-hidden': 'true' }, 'a'),
      renderMessage(entry.message, this.onAction),
      time,
    );
  }

  /** Like LINE: chips belong to the latest message, and vanish once the user sends anything. */
  private renderQuickReplies(user: SimUser): void {
    const last = user.log.filter((e) => e.kind !== 'system').at(-1);
    const items: messagingApi.QuickReplyItem[] = last?.kind === 'bot' ? (last.message.quickReply?.items ?? []) : [];
    this.quickReplies.replaceChildren(
      ...items.flatMap((item) => {
        const action = item.action;
        return action ? [h('button', { type: 'button', class: 'chip', onclick: () => this.onAction(action) }, actionLabel(action))] : [];
      }),
    );
  }

  /** LINE's loading animation: until the next message, or for the seconds the bot asked for. */
  setTyping(on: boolean, seconds = 20, label = ''): void {
    clearTimeout(this.typingTimer);
    if (on) this.typingTimer = setTimeout(() => this.setTyping(false), seconds * 1000);
    if (on && !this.typing) {
      this.typing = h('div', { class: 'typing', 'aria-label': label }, '•••');
      this.chat.append(this.typing);
      this.keepPinned();
    } else if (!on && this.typing) {
      this.typing.remove();
      this.typing = null;
    }
  }

  renderFriendBar(user: SimUser, controls: FriendControls): void {
    const lang = user.lang;
    const [label, control] =
      user.friend === 'friend'
        ? [t.friend[lang], h('button', { type: 'button', id: 'block', class: 'danger', onclick: controls.block }, t.block[lang])]
        : user.friend === 'blocked'
          ? [t.blocked[lang], h('button', { type: 'button', id: 'unblock', onclick: controls.unblock }, t.unblock[lang])]
          : [t.notFriend[lang], h('button', { type: 'button', id: 'follow', onclick: controls.follow }, t.follow[lang])];
    this.friendBar.replaceChildren(h('span', { class: 'state' }, `${user.name} · ${user.id.slice(0, 9)}… · ${label}`), control);
  }
}
