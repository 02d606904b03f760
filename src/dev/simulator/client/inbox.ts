import type { messagingApi } from '@line/bot-sdk';
import type { LineCallsView } from '../protocol';
import { describeFailure, errorMessage, fetchJson } from './dom';
import type { Entry, UserStore } from './user-store';

/**
 * Reads what the fake LINE API received for each simulated user
 * (/dev/line-api/messages?since=<seq>&to=<userId>) and turns it into chat entries, so replies
 * and pushes (alerts, link notices) show up as they arrive: the bot answers a moment after
 * the webhook, not in its response.
 */

const POLL_MS = 800;
const SENT = new Set(['reply', 'push']);

export interface InboxEvents {
  onTyping(userId: string, seconds: number): void;
  onRichMenuChanged(userId: string): void;
  onError(message: string): void;
}

export class Inbox {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly store: UserStore,
    private readonly events: InboxEvents,
  ) {}

  start(): void {
    setInterval(() => this.store.users.forEach((u) => void this.poll(u.id)), POLL_MS);
  }

  /** Fetches new calls for one user; concurrent requests for the same user share one fetch. */
  poll(userId: string): Promise<void> {
    let run = this.inFlight.get(userId);
    if (!run) {
      run = this.fetchNew(userId).finally(() => this.inFlight.delete(userId));
      this.inFlight.set(userId, run);
    }
    return run;
  }

  private async fetchNew(userId: string): Promise<void> {
    const user = this.store.get(userId);
    if (!user) return;
    let view: LineCallsView;
    try {
      const answer = await fetchJson<LineCallsView>(`/dev/line-api/messages?since=${user.lastSeq}&to=${encodeURIComponent(userId)}`);
      if (!answer.ok || !answer.body) throw new Error(`the fake LINE API answered ${describeFailure(answer)}`);
      view = answer.body;
    } catch (error) {
      this.events.onError(`Polling the fake LINE API failed: ${errorMessage(error)}`);
      return;
    }
    // A restarted dev server starts counting again; read its calls from the beginning.
    if (view.seq < user.lastSeq) {
      this.store.setSeq(userId, 0);
      return this.fetchNew(userId);
    }
    const entries: Entry[] = [];
    for (const call of view.calls) {
      if (SENT.has(call.kind) && call.status === 200) {
        const messages = (call.body as { messages?: messagingApi.Message[] } | null)?.messages ?? [];
        for (const message of messages) entries.push({ kind: 'bot', via: call.kind, message, at: call.at, seq: call.seq, hiddenByBlock: user.friend === 'blocked' });
      } else if (call.kind === 'fault') {
        entries.push({ kind: 'system', error: true, at: call.at, text: `LINE API fault injected: ${call.status} on ${call.path}` });
      } else if (call.kind === 'loading') {
        this.events.onTyping(userId, (call.body as { loadingSeconds?: number } | null)?.loadingSeconds ?? 20);
      } else if (call.kind === 'richMenuLink' || call.kind === 'richMenuUnlink') {
        this.events.onRichMenuChanged(userId);
      }
    }
    this.store.setSeq(userId, view.seq);
    this.store.append(userId, entries);
  }
}
