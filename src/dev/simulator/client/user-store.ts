import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../../../content/i18n';
import { newUserId } from './event-factory';

/**
 * The simulated LINE users and each one's chat log, kept in localStorage so a reload (or a
 * restarted dev server) does not lose the conversation on screen. Which seller a user linked
 * is never kept here: the dev server is asked each time (selected-seller.ts).
 */

export type Friendship = 'new' | 'friend' | 'blocked';

export type Entry =
  | { kind: 'user'; text: string; at: number }
  | { kind: 'bot'; via: string; message: messagingApi.Message; at: number; seq: number; hiddenByBlock: boolean }
  | { kind: 'system'; text: string; error: boolean; at: number };

export interface SimUser {
  id: string;
  name: string;
  /** The language of the user's LINE app, which the fake LINE API reports in their profile. */
  lang: Lang;
  friend: Friendship;
  /** The last call of the fake LINE API read for this user. */
  lastSeq: number;
  log: Entry[];
  unread: number;
}

export type StoreChange = { type: 'users' } | { type: 'friend'; userId: string } | { type: 'log'; userId: string; entries: Entry[] };

const KEY = 'line-simulator.v1';
const LOG_KEPT = 300;

function load(): { users: SimUser[]; selectedId?: string } {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { users?: unknown; selectedId?: unknown } | null;
    if (saved && Array.isArray(saved.users)) return { users: saved.users as SimUser[], ...(typeof saved.selectedId === 'string' ? { selectedId: saved.selectedId } : {}) };
  } catch {
    // A broken save starts afresh.
  }
  return { users: [] };
}

export class UserStore {
  users: SimUser[];
  selectedId: string;
  private readonly listeners = new Set<(change: StoreChange) => void>();

  constructor() {
    const saved = load();
    this.users = saved.users;
    if (this.users.length === 0) this.users.push(this.newUser('ja'));
    this.selectedId = saved.selectedId && this.get(saved.selectedId) ? saved.selectedId : this.users[0]!.id;
  }

  get current(): SimUser {
    const user = this.get(this.selectedId);
    if (!user) throw new Error('no selected user');
    return user;
  }

  get(id: string): SimUser | undefined {
    return this.users.find((u) => u.id === id);
  }

  private newUser(lang: Lang): SimUser {
    return { id: newUserId(), name: `User ${this.users.length + 1}`, lang, friend: 'new', lastSeq: 0, log: [], unread: 0 };
  }

  add(lang: Lang): SimUser {
    const user = this.newUser(lang);
    this.users.push(user);
    this.selectedId = user.id;
    this.changed({ type: 'users' });
    return user;
  }

  select(id: string): void {
    const user = this.get(id);
    if (!user) return;
    this.selectedId = id;
    user.unread = 0;
    this.changed({ type: 'users' });
  }

  setFriend(id: string, friend: Friendship): void {
    const user = this.get(id);
    if (!user) return;
    user.friend = friend;
    this.changed({ type: 'friend', userId: id });
  }

  append(id: string, entries: Entry[]): void {
    const user = this.get(id);
    if (!user || entries.length === 0) return;
    user.log = user.log.concat(entries).slice(-LOG_KEPT);
    if (id !== this.selectedId) user.unread += entries.filter((e) => e.kind === 'bot').length;
    this.changed({ type: 'log', userId: id, entries });
  }

  setSeq(id: string, seq: number): void {
    const user = this.get(id);
    if (!user) return;
    user.lastSeq = seq;
    this.save();
  }

  onChange(listener: (change: StoreChange) => void): void {
    this.listeners.add(listener);
  }

  private changed(change: StoreChange): void {
    this.save();
    for (const listener of this.listeners) listener(change);
  }

  private save(): void {
    localStorage.setItem(KEY, JSON.stringify({ users: this.users, selectedId: this.selectedId }));
  }
}
