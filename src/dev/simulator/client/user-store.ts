/**
 * user-store.js: the simulated LINE users and each one's chat log, kept in localStorage
 * so a reload (or a restarted dev server) does not lose the conversation on screen.
 */
export const userStoreJs = /* js */ String.raw`
import { newUserId } from './event-signer.js';

const KEY = 'line-simulator.v1';
const LOG_KEPT = 300;

export class UserStore {
  constructor() {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    } catch {
      saved = null;
    }
    this.users = saved && Array.isArray(saved.users) ? saved.users : [];
    this.selectedId = saved && saved.selectedId;
    this.listeners = new Set();
    if (this.users.length === 0) this.add('ja');
    if (!this.get(this.selectedId)) this.selectedId = this.users[0].id;
  }

  get current() {
    return this.get(this.selectedId);
  }

  get(id) {
    return this.users.find((u) => u.id === id);
  }

  add(lang) {
    const user = { id: newUserId(), name: 'User ' + (this.users.length + 1), lang, friend: 'new', lastSeq: 0, log: [], unread: 0 };
    this.users.push(user);
    this.selectedId = user.id;
    this.changed({ type: 'users' });
    return user;
  }

  select(id) {
    if (!this.get(id)) return;
    this.selectedId = id;
    this.get(id).unread = 0;
    this.changed({ type: 'users' });
  }

  /** friend: 'new' (never followed), 'friend', or 'blocked'. */
  setFriend(id, friend) {
    this.get(id).friend = friend;
    this.changed({ type: 'friend', userId: id });
  }

  append(id, entries) {
    const user = this.get(id);
    if (!user || entries.length === 0) return;
    user.log = user.log.concat(entries).slice(-LOG_KEPT);
    if (id !== this.selectedId) user.unread += entries.filter((e) => e.kind === 'bot').length;
    this.changed({ type: 'log', userId: id, entries });
  }

  setSeq(id, seq) {
    this.get(id).lastSeq = seq;
    this.save();
  }

  onChange(listener) {
    this.listeners.add(listener);
  }

  changed(change) {
    this.save();
    for (const listener of this.listeners) listener(change);
  }

  save() {
    localStorage.setItem(KEY, JSON.stringify({ users: this.users, selectedId: this.selectedId }));
  }
}
`;
