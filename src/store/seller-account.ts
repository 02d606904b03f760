import { DurableObject } from 'cloudflare:workers';
import type { SwitchId } from '../../content/alerts';
import type { Lang } from '../../content/i18n';
import { defaultSettings, withDefaults, type SellerSettings, type SettingsChange } from '../model/settings';
import type { DeliveryTarget, KeyClaim, SellerAccountApi, SellerOwner } from './seller-account-api';

export { defaultSettings, type SellerSettings, type SettingsChange };

/**
 * One Amazon seller account: who receives its alerts (one LINE user at most), its alert
 * settings and its stored SP-API credentials. Every change to these goes through this
 * object, one at a time and in a transaction, so racing links, chat taps and ops calls
 * never lose an update or leave two owners.
 */

/** Idempotency keys are remembered this long; ops retry within minutes, not months. */
const KEY_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

export class SellerAccount extends DurableObject<unknown> implements SellerAccountApi {
  private readonly kv = this.ctx.storage.kv;
  private readonly sql = this.ctx.storage.sql;

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    this.sql.exec('CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, payload TEXT NOT NULL, alert_id TEXT NOT NULL, at INTEGER NOT NULL)');
  }

  owner(): SellerOwner | null {
    return this.kv.get<SellerOwner>('owner') ?? null;
  }

  /**
   * Makes `userId` the one owner. Returns who held the account before (another LINE user)
   * so that they can be told; re-linking by the same user keeps its history.
   */
  link(input: { userId: string; now: number; lang?: Lang; refreshTokenEnc?: string }): { previousUserId?: string } {
    return this.ctx.storage.transactionSync(() => {
      const before = this.owner();
      this.kv.put<SellerOwner>('owner', { userId: input.userId, linkedAt: input.now, active: true });
      // Alerts follow the language the seller chats in.
      if (input.lang) this.kv.put('settings', { ...withDefaults(this.kv.get('settings')), language: input.lang, updatedAt: input.now });
      if (input.refreshTokenEnc) this.kv.put('credentials', { refreshTokenEnc: input.refreshTokenEnc, storedAt: input.now });
      return before && before.userId !== input.userId ? { previousUserId: before.userId } : {};
    });
  }

  /** Removes the link if `userId` still owns it; false when someone else does (or nobody). */
  unlink(userId: string): boolean {
    return this.ctx.storage.transactionSync(() => {
      if (this.owner()?.userId !== userId) return false;
      this.kv.delete('owner');
      this.kv.delete('credentials');
      return true;
    });
  }

  /** Block (false) and unblock (true) of the owner's LINE account. */
  setActive(userId: string, active: boolean, now: number): boolean {
    return this.ctx.storage.transactionSync(() => {
      const owner = this.owner();
      if (owner?.userId !== userId) return false;
      const next: SellerOwner = { userId, linkedAt: owner.linkedAt, active };
      if (!active) next.deactivatedAt = owner.deactivatedAt ?? now;
      this.kv.put('owner', next);
      return true;
    });
  }

  settings(): SellerSettings {
    return withDefaults(this.kv.get('settings'));
  }

  /**
   * Applies a partial change; what it leaves out keeps its value. With `asUserId` the change
   * is made only if that user owns the account (a chat tap), atomically with the check.
   */
  updateSettings(change: SettingsChange, now: number, asUserId?: string): SellerSettings | null {
    return this.ctx.storage.transactionSync(() => {
      if (asUserId !== undefined && this.owner()?.userId !== asUserId) return null;
      const current = this.settings();
      const next: SellerSettings = { language: change.language ?? current.language, switches: { ...current.switches, ...change.switches }, updatedAt: now };
      this.kv.put('settings', next);
      return next;
    });
  }

  /** Who an alert goes to, read in one step with the settings that may silence it. */
  deliveryTarget(switchId: SwitchId | null): DeliveryTarget {
    const owner = this.owner();
    if (!owner) return { ok: false, reason: 'not-linked' };
    if (!owner.active) return { ok: false, reason: 'blocked' };
    const settings = this.settings();
    if (switchId && !settings.switches[switchId]) return { ok: false, reason: 'switched-off' };
    return { ok: true, userId: owner.userId, language: settings.language };
  }

  /** The encrypted SP-API refresh token kept at linking, if any. */
  credentials(): { refreshTokenEnc: string; storedAt: number } | null {
    return this.kv.get('credentials') ?? null;
  }

  /**
   * An idempotency key belongs to the first alert that used it. The same key with the same
   * payload is that alert again; with another payload it is a conflict, never a silent reuse.
   * All claims of one request are made in one transaction.
   */
  claimIdempotencyKeys(claims: { key: string; payload: string; alertId: string }[], now: number): KeyClaim[] {
    return this.ctx.storage.transactionSync(() => {
      this.sql.exec('DELETE FROM idempotency WHERE at < ?', now - KEY_RETENTION_MS);
      return claims.map(({ key, payload, alertId }): KeyClaim => {
        const row = this.sql.exec<{ payload: string; alert_id: string }>('SELECT payload, alert_id FROM idempotency WHERE key = ?', key).toArray()[0];
        if (row) return row.payload === payload ? { result: 'same', alertId: row.alert_id } : { result: 'conflict', alertId: row.alert_id };
        this.sql.exec('INSERT INTO idempotency (key, payload, alert_id, at) VALUES (?, ?, ?, ?)', key, payload, alertId, now);
        return { result: 'new' };
      });
    });
  }

  /** Gives keys back when their alerts could not be stored or queued, so a retry starts clean. */
  releaseIdempotencyKeys(claims: { key: string; alertId: string }[]): void {
    this.ctx.storage.transactionSync(() => {
      for (const { key, alertId } of claims) this.sql.exec('DELETE FROM idempotency WHERE key = ? AND alert_id = ?', key, alertId);
    });
  }
}
