import type { UserLinkView } from '../protocol';
import { describeFailure, errorMessage, fetchJson } from './dom';

/**
 * The seller account the user on screen has linked, as the bot recorded it: what the ops and
 * Amazon panels act on. Never remembered across reloads or users: each selection (and each
 * send) asks the dev server again, and an answer that is not the newest, or is about a user no
 * longer on screen, is dropped, so a panel can never act on the previous user's seller.
 */

export type SellerState =
  | { status: 'loading'; userId: string; userName: string }
  | { status: 'linked'; userId: string; userName: string; sellerId: string; active: boolean }
  | { status: 'unlinked'; userId: string; userName: string }
  | { status: 'error'; userId: string; userName: string; error: string };

export interface OnScreen {
  id: string;
  name: string;
}

export class SelectedSeller {
  private state: SellerState;
  /** Only the newest question's answer is shown; an older one may arrive later. */
  private asked = 0;
  private readonly listeners = new Set<(state: SellerState) => void>();

  constructor(private readonly onScreen: () => OnScreen) {
    const user = onScreen();
    this.state = { status: 'loading', userId: user.id, userName: user.name };
  }

  get current(): SellerState {
    return this.state;
  }

  onChange(listener: (state: SellerState) => void): void {
    this.listeners.add(listener);
    listener(this.state);
  }

  /** Reads the link of the user on screen now (call it on every selection and after the bot answers). */
  async refresh(): Promise<SellerState> {
    const user = this.onScreen();
    const question = ++this.asked;
    // A new user on screen shows nobody's seller until the server has answered for them.
    if (this.state.userId !== user.id) this.set({ status: 'loading', userId: user.id, userName: user.name });
    let next: SellerState;
    try {
      const answer = await fetchJson<UserLinkView>(`/dev/simulator/link?userId=${encodeURIComponent(user.id)}`);
      if (!answer.ok || !answer.body) next = { status: 'error', userId: user.id, userName: user.name, error: describeFailure(answer) };
      else if (answer.body.sellerId) next = { status: 'linked', userId: user.id, userName: user.name, sellerId: answer.body.sellerId, active: answer.body.active };
      else next = { status: 'unlinked', userId: user.id, userName: user.name };
    } catch (error) {
      next = { status: 'error', userId: user.id, userName: user.name, error: errorMessage(error) };
    }
    if (question === this.asked && this.onScreen().id === user.id) this.set(next);
    return next;
  }

  /**
   * The seller to send to, read afresh for the user on screen when the button was pressed;
   * an error message instead when that user has none.
   */
  async forSending(): Promise<{ ok: true; sellerId: string; userName: string } | { ok: false; error: string }> {
    const state = await this.refresh();
    if (state.status === 'linked') return { ok: true, sellerId: state.sellerId, userName: state.userName };
    if (state.status === 'unlinked') return { ok: false, error: `${state.userName} has not linked a seller account: link one in the chat first` };
    return { ok: false, error: state.status === 'error' ? `could not read ${state.userName}'s link: ${state.error}` : 'still loading' };
  }

  private set(state: SellerState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
