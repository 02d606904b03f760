import { DurableObject } from 'cloudflare:workers';
import type { SwitchId } from '../../content/alerts';
import type { Lang } from '../../content/i18n';
import type { AccountHealthReport } from '../amazon/account-health';
import type { KnownNotification } from '../amazon/notifications';
import { IdempotencyConflictError, intakeAlerts } from '../alerts/intake';
import type { Env } from '../env';
import { createLogger } from '../log';
import type { AlertInput } from '../model/alert';
import { defaultSettings, withDefaults, type SellerSettings, type SettingsChange } from '../model/settings';
import type { AmazonSourceStatus, DeliveryTarget, KeyClaim, PollTarget, RevokedNotice, SellerAccountApi, SellerOwner } from './seller-account-api';
import { setPollable } from '../store/poll-index';
import { SellerSources, type NotificationAcceptance } from './seller-sources';

export { defaultSettings, type SellerSettings, type SettingsChange };

/**
 * One Amazon seller account: who receives its alerts (one LINE user at most), its alert
 * settings and its stored SP-API credentials. Every change to these goes through this
 * object, one at a time and in a transaction, so racing links, chat taps and ops calls
 * never lose an update or leave two owners. It also keeps what the Amazon alert sources
 * know of the seller (SellerSources), closes their listing window from its alarm, and keeps
 * the seller's entry in the poll index in step with whether it can be polled.
 */

/** Idempotency keys are remembered this long; ops retry within minutes, not months. */
const KEY_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;
/** Whether this seller's entry in the poll index is written, and when to try again if KV failed. */
const POLL_INDEXED = 'amazon:pollIndexed';
const POLL_INDEX_RETRY_AT = 'amazon:pollIndexRetryAt';
const POLL_INDEX_RETRY_MS = 60_000;

export class SellerAccount extends DurableObject<Env> implements SellerAccountApi {
  private readonly kv = this.ctx.storage.kv;
  private readonly sql = this.ctx.storage.sql;
  private readonly sources: SellerSources;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql.exec('CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, payload TEXT NOT NULL, alert_id TEXT NOT NULL, at INTEGER NOT NULL)');
    this.sources = new SellerSources(ctx.storage);
  }

  /** The seller id this object stands for (its name), remembered for alarms. */
  private sellerId(): string | null {
    const name = this.ctx.id.name;
    if (!name) return this.kv.get<string>('sellerId') ?? null;
    if (this.kv.get<string>('sellerId') !== name) this.kv.put('sellerId', name);
    return name;
  }

  owner(): SellerOwner | null {
    return this.kv.get<SellerOwner>('owner') ?? null;
  }

  /**
   * Makes `userId` the one owner. Returns who held the account before (another LINE user)
   * so that they can be told; re-linking by the same user keeps its history.
   */
  async link(input: { userId: string; now: number; lang?: Lang; refreshTokenEnc?: string }): Promise<{ previousUserId?: string }> {
    const result = this.ctx.storage.transactionSync(() => {
      const before = this.owner();
      this.kv.put<SellerOwner>('owner', { userId: input.userId, linkedAt: input.now, active: true });
      // Alerts follow the language the seller chats in.
      if (input.lang) this.kv.put('settings', { ...withDefaults(this.kv.get('settings')), language: input.lang, updatedAt: input.now });
      if (input.refreshTokenEnc) {
        this.kv.put('credentials', { refreshTokenEnc: input.refreshTokenEnc, storedAt: input.now });
        // A fresh authorization: whatever Amazon refused before no longer applies.
        this.sources.clearAuthorization();
      }
      return before && before.userId !== input.userId ? { previousUserId: before.userId } : {};
    });
    await this.syncPollIndex();
    return result;
  }

  /** Removes the link if `userId` still owns it; false when someone else does (or nobody). */
  async unlink(userId: string): Promise<boolean> {
    const removed = this.ctx.storage.transactionSync(() => {
      if (this.owner()?.userId !== userId) return false;
      this.kv.delete('owner');
      this.kv.delete('credentials');
      this.sources.clearAuthorization();
      return true;
    });
    if (removed) await this.syncPollIndex();
    return removed;
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

  // ------------------------------------------------------------------ Amazon alert sources

  /** Takes in one SP-API notification for this seller (see SellerSources.acceptNotification). */
  async acceptNotification(event: KnownNotification, now: number, windowMs: number): Promise<NotificationAcceptance> {
    this.sellerId();
    const accepted = this.sources.acceptNotification(event, now, windowMs);
    // Also repairs a window whose alarm was lost (the object restarted between the two).
    await this.scheduleAlarm();
    return accepted;
  }

  /** Closes a due listing window and hands the alerts of the outbox to the intake. */
  override async alarm(): Promise<void> {
    const sellerId = this.sellerId();
    const log = createLogger({ seller: sellerId ?? undefined, object: 'SellerAccount' });
    const now = Date.now();
    const closed = this.sources.closeDueWindow(now);
    if (closed) log.info('listing window closed', { type: closed.type });
    for (const entry of this.sources.dueOutbox(now)) {
      try {
        await intakeAlerts(this.env, [entry.alert], Date.now());
        this.sources.outboxDone(entry.key);
      } catch (err) {
        if (err instanceof IdempotencyConflictError) {
          // Cannot happen for a fixed window alert; never retry what can only fail again.
          log.error('windowed alert refused by the intake', { error: err });
          this.sources.outboxDone(entry.key);
          continue;
        }
        const retrying = this.sources.outboxFailed(entry.key, now);
        log[retrying ? 'warn' : 'error'](retrying ? 'windowed alert not taken in; will retry' : 'windowed alert given up', { attempts: entry.attempts + 1, error: err });
      }
    }
    const retryAt = this.kv.get<number>(POLL_INDEX_RETRY_AT);
    if (retryAt !== undefined && retryAt <= now) await this.syncPollIndex();
    await this.scheduleAlarm();
  }

  /** Whether (and with which credentials) the pollers may call SP-API for this seller. */
  pollTarget(now: number): PollTarget {
    const owner = this.owner();
    if (!owner) return { ok: false, reason: 'not-linked' };
    const revoked = this.sources.authorization();
    if (revoked) return { ok: false, reason: 'revoked', ...(revoked.noticeSent ? {} : { notice: { userId: owner.userId, revokedAt: revoked.revokedAt } }) };
    const credentials = this.credentials();
    if (!credentials) return { ok: false, reason: 'no-credentials' };
    return { ok: true, refreshTokenEnc: credentials.refreshTokenEnc, pendingReport: this.sources.pendingReport(now) };
  }

  /**
   * Amazon refused the refresh token `refreshTokenEnc` (LWA invalid_grant): polling stops until
   * the seller links again. Returns whom to tell, until they have been told; null when the
   * token is no longer the stored one (the seller linked again meanwhile) or nobody owns the seller.
   */
  async markAuthorizationRevoked(refreshTokenEnc: string, now: number): Promise<RevokedNotice | null> {
    const notice = this.ctx.storage.transactionSync((): RevokedNotice | null => {
      const owner = this.owner();
      if (!owner || this.credentials()?.refreshTokenEnc !== refreshTokenEnc) return null;
      const mark = this.sources.markRevoked(now);
      return mark.noticeSent ? null : { userId: owner.userId, revokedAt: mark.revokedAt };
    });
    await this.syncPollIndex();
    return notice;
  }

  /** The owner's conversation has the notice (told once, whatever happens next). */
  authorizationNoticeSent(revokedAt: number): void {
    this.sources.noticeSent(revokedAt);
  }

  reportRequested(reportId: string, now: number): void {
    this.sources.reportRequested(reportId, now);
  }

  reportChecked(reportId: string): number | null {
    return this.sources.reportChecked(reportId);
  }

  reportSettled(reportId: string): void {
    this.sources.reportSettled(reportId);
  }

  applyPerformanceReport(sellerId: string, reportId: string, report: AccountHealthReport, now: number): AlertInput[] {
    return this.sources.applyPerformanceReport(sellerId, reportId, report, now);
  }

  /** What the sources know of this seller (for ops and tests). */
  amazonSourceStatus(): AmazonSourceStatus {
    return { state: this.sources.state(), authorization: this.sources.authorization(), pendingReport: this.sources.pendingReport(Date.now()), pollable: this.pollable() };
  }

  private pollable(): boolean {
    return this.owner() !== null && this.credentials() !== null && this.sources.authorization() === null;
  }

  /**
   * Keeps this seller's entry in the poll index (KV) in step with `pollable()`. Other calls
   * wait meanwhile, so a link and an unlink racing cannot leave the index the wrong way
   * round; a KV failure is retried from the alarm.
   */
  private async syncPollIndex(): Promise<void> {
    const sellerId = this.sellerId();
    if (!sellerId) return;
    await this.ctx.blockConcurrencyWhile(async () => {
      const want = this.pollable();
      if ((this.kv.get<boolean>(POLL_INDEXED) ?? false) !== want) {
        try {
          await setPollable(this.env, sellerId, want);
          this.kv.put(POLL_INDEXED, want);
        } catch (err) {
          createLogger({ seller: sellerId }).warn('poll index not updated; will retry', { error: err });
          this.kv.put(POLL_INDEX_RETRY_AT, Date.now() + POLL_INDEX_RETRY_MS);
          return;
        }
      }
      this.kv.delete(POLL_INDEX_RETRY_AT);
    });
    await this.scheduleAlarm();
  }

  private async scheduleAlarm(): Promise<void> {
    const due = [this.sources.nextDueAt(), this.kv.get<number>(POLL_INDEX_RETRY_AT) ?? null].filter((t): t is number => t !== null);
    if (due.length === 0) return;
    const next = Math.min(...due);
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > next) await this.ctx.storage.setAlarm(next);
  }
}
