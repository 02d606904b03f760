/**
 * chat-view.js: the chat of the selected user: bubbles (bot left, user right) with
 * timestamps, system notes, the typing indicator, quick-reply chips of the latest bot
 * message, and the follow / block / unblock bar.
 */
export const chatViewJs = /* js */ String.raw`
import { h, timeLabel } from './dom.js';
import { actionLabel, renderMessage } from './flex-renderer.js';

export class ChatView {
  constructor({ chat, quickReplies, friendBar }, onAction) {
    this.chat = chat;
    this.quickReplies = quickReplies;
    this.friendBar = friendBar;
    this.onAction = onAction;
    this.typing = null;
    this.typingTimer = undefined;
  }

  /** Draws the whole log of a user (on selection). */
  show(user) {
    this.setTyping(false);
    this.chat.replaceChildren(...user.log.map((entry) => this.row(entry)));
    this.afterChange(user);
  }

  /** Adds entries just appended to the log of the shown user. */
  append(user, entries) {
    this.setTyping(false);
    for (const entry of entries) this.chat.append(this.row(entry));
    this.afterChange(user);
  }

  afterChange(user) {
    this.renderQuickReplies(user);
    this.chat.scrollTop = this.chat.scrollHeight;
  }

  row(entry) {
    if (entry.kind === 'system') return h('div', { class: 'system' + (entry.error ? ' error' : '') }, entry.text);
    const time = h('span', { class: 'time' }, entry.via ? h('span', { class: 'via' }, entry.via) : null, timeLabel(entry.at));
    if (entry.kind === 'user') return h('div', { class: 'row user', dataset: { kind: 'user' } }, h('div', { class: 'msg-text' }, entry.text), time);
    return h('div', { class: 'row bot' + (entry.hiddenByBlock ? ' hidden-by-block' : ''), dataset: { kind: 'bot', via: entry.via, type: entry.message.type } },
      h('span', { class: 'avatar', 'aria-hidden': 'true' }, 'a'),
      renderMessage(entry.message, (action) => this.onAction(action)),
      time);
  }

  /** Like LINE: chips belong to the latest message, and vanish once the user sends anything. */
  renderQuickReplies(user) {
    const last = user.log.filter((e) => e.kind !== 'system').at(-1);
    const items = last && last.kind === 'bot' && last.message.quickReply ? last.message.quickReply.items : [];
    this.quickReplies.replaceChildren(...items.map((item) =>
      h('button', { type: 'button', class: 'chip', onclick: () => this.onAction(item.action) }, actionLabel(item.action))));
  }

  /** LINE's loading animation: until the next message, or for the seconds the bot asked for. */
  setTyping(on, seconds) {
    clearTimeout(this.typingTimer);
    if (on) this.typingTimer = setTimeout(() => this.setTyping(false), seconds * 1000);
    if (on && !this.typing) {
      this.typing = h('div', { class: 'typing', 'aria-label': 'typing' }, '•••');
      this.chat.append(this.typing);
      this.chat.scrollTop = this.chat.scrollHeight;
    } else if (!on && this.typing) {
      this.typing.remove();
      this.typing = null;
    }
  }

  renderFriendBar(user, { follow, block, unblock }) {
    const states = {
      new: ['Not a friend yet', h('button', { type: 'button', id: 'follow', onclick: follow }, '友だち追加 (follow)')],
      friend: ['Friend', h('button', { type: 'button', id: 'block', class: 'danger', onclick: block }, 'ブロック (block)')],
      blocked: ['Blocked: the bot cannot reach this user', h('button', { type: 'button', id: 'unblock', onclick: unblock }, 'ブロック解除 (unblock)')],
    };
    const [label, control] = states[user.friend] || states.new;
    this.friendBar.replaceChildren(h('span', { class: 'state' }, user.name + ' · ' + user.id.slice(0, 9) + '… · ' + label), control);
  }
}
`;
