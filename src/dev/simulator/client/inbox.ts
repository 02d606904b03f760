/**
 * inbox.js: reads what the fake LINE API received for each simulated user
 * (/dev/line-api/messages?since=<seq>&to=<userId>) and turns it into chat entries, so
 * replies and pushes (alerts, link notices) show up as they arrive.
 */
export const inboxJs = /* js */ String.raw`
import { readJson } from './dom.js';

const POLL_MS = 800;
const SENT = new Set(['reply', 'push']);

export class Inbox {
  constructor(store, { onTyping, onRichMenuChanged, onError }) {
    this.store = store;
    this.onTyping = onTyping;
    this.onRichMenuChanged = onRichMenuChanged;
    this.onError = onError;
    this.inFlight = new Map();
  }

  start() {
    setInterval(() => this.store.users.forEach((u) => this.poll(u.id)), POLL_MS);
  }

  /** Fetches new calls for one user; concurrent requests for the same user share one fetch. */
  poll(userId) {
    if (!this.inFlight.has(userId)) {
      const run = this.fetchNew(userId).finally(() => this.inFlight.delete(userId));
      this.inFlight.set(userId, run);
    }
    return this.inFlight.get(userId);
  }

  async fetchNew(userId) {
    const user = this.store.get(userId);
    if (!user) return;
    let body;
    try {
      const res = await fetch('/dev/line-api/messages?since=' + user.lastSeq + '&to=' + encodeURIComponent(userId));
      body = await readJson(res);
      if (!res.ok) throw new Error('fake LINE API answered ' + res.status);
    } catch (error) {
      this.onError(error);
      return;
    }
    // A restarted dev server starts counting again; read its calls from the beginning.
    if (body.seq < user.lastSeq) {
      this.store.setSeq(userId, 0);
      return this.fetchNew(userId);
    }
    const entries = [];
    for (const call of body.calls) {
      if (SENT.has(call.kind) && call.status === 200) {
        for (const message of call.body.messages || []) {
          entries.push({ kind: 'bot', via: call.kind, message, at: call.at, seq: call.seq, hiddenByBlock: user.friend === 'blocked' });
        }
      } else if (call.kind === 'fault') {
        entries.push({ kind: 'system', error: true, at: call.at, text: 'LINE API fault injected: ' + call.status + ' on ' + call.path });
      } else if (call.kind === 'loading') {
        this.onTyping(userId, (call.body && call.body.loadingSeconds) || 20);
      } else if (call.kind === 'richMenuLink' || call.kind === 'richMenuUnlink') {
        this.onRichMenuChanged(userId);
      }
    }
    this.store.setSeq(userId, body.seq);
    this.store.append(userId, entries);
  }
}
`;
