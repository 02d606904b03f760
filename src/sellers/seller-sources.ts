import type { AccountHealthReport } from '../amazon/account-health';
import { mergeListingChanges, type ListingChange } from '../amazon/listing-alerts';
import { notificationOutcome } from '../amazon/notification-alerts';
import type { KnownNotification } from '../amazon/notifications';
import { evaluatePerformanceReport } from '../amazon/performance-alerts';
import type { AmazonSellerState } from '../amazon/seller-state';
import type { AlertInput } from '../model/alert';

/**
 * What the Amazon alert sources keep in a seller's Durable Object (SellerAccount), next to
 * the owner and settings: the seller's AmazonSellerState, the outcome of every notification
 * and report already taken in (so a redelivery or a retry gives the same alerts, never new
 * ones), the open listing window, an outbox of alerts the object still has to hand to the
 * intake, the report being waited for, and whether Amazon revoked the authorization.
 *
 * Contract: every method is synchronous and runs in one storage transaction, so the state,
 * the outcome and the window change together or not at all. Nothing here talks to the network;
 * SellerAccount does (intake, KV index) around it.
 */

/** Outcomes are kept longer than EventBridge retries (24 h) and a report is waited for. */
export const OUTCOME_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Intake attempts for a windowed alert before it is given up (logged), with these waits in between. */
export const OUTBOX_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000];
/** A report requested longer ago than this is not waited for any more; the next poll asks anew. */
export const REPORT_MAX_AGE_MS = 2 * 60 * 60 * 1000;

export interface NotificationAcceptance {
  /** The notification was taken in before: `alerts` are what it made then. */
  duplicate: boolean;
  /** Alerts to hand to the intake now (idempotency keys fixed, so handing them again is harmless). */
  alerts: AlertInput[];
  /** Listing changes it added to the seller's window, merged into one alert when the window closes. */
  windowed: number;
}

export interface PendingReport {
  reportId: string;
  requestedAt: number;
  /** How often it was found still in progress. */
  checks: number;
}

export interface AuthorizationMark {
  revokedAt: number;
  /** The owner was told to link again (an event stored in their conversation). */
  noticeSent: boolean;
}

export interface OutboxEntry {
  key: string;
  alert: AlertInput;
  attempts: number;
}

interface ListingWindow {
  sellerId: string;
  dueAt: number;
}

const STATE = 'amazon:state';
const WINDOW = 'amazon:window';
const REPORT = 'amazon:report';
const AUTHORIZATION = 'amazon:authorization';

export class SellerSources {
  private readonly sql: SqlStorage;
  private readonly kv: SyncKvStorage;

  constructor(private readonly storage: DurableObjectStorage) {
    this.sql = storage.sql;
    this.kv = storage.kv;
    this.sql.exec('CREATE TABLE IF NOT EXISTS source_outcomes (key TEXT PRIMARY KEY, alerts TEXT NOT NULL, at INTEGER NOT NULL)');
    this.sql.exec('CREATE TABLE IF NOT EXISTS listing_window (notification_id TEXT PRIMARY KEY, change TEXT NOT NULL)');
    this.sql.exec('CREATE TABLE IF NOT EXISTS source_outbox (key TEXT PRIMARY KEY, alert TEXT NOT NULL, attempts INTEGER NOT NULL, next_at INTEGER NOT NULL)');
  }

  state(): AmazonSellerState {
    return this.kv.get<AmazonSellerState>(STATE) ?? {};
  }

  private outcome(key: string): AlertInput[] | null {
    const row = this.sql.exec<{ alerts: string }>('SELECT alerts FROM source_outcomes WHERE key = ?', key).toArray()[0];
    return row ? (JSON.parse(row.alerts) as AlertInput[]) : null;
  }

  private recordOutcome(key: string, alerts: AlertInput[], state: AmazonSellerState, now: number): void {
    this.sql.exec('DELETE FROM source_outcomes WHERE at < ?', now - OUTCOME_RETENTION_MS);
    this.sql.exec('INSERT INTO source_outcomes (key, alerts, at) VALUES (?, ?, ?)', key, JSON.stringify(alerts), now);
    this.kv.put(STATE, state);
  }

  /**
   * One SP-API notification, deduplicated on its NotificationId: the first delivery is
   * evaluated against the seller's state; listing changes join the seller's window (the first
   * change opens it for `windowMs`); a repeat, even while its change waits in the window,
   * changes nothing and returns what the first made.
   */
  acceptNotification(event: KnownNotification, now: number, windowMs: number): NotificationAcceptance {
    return this.storage.transactionSync(() => {
      const key = `notification:${event.notification.NotificationMetadata.NotificationId}`;
      const before = this.outcome(key);
      if (before) return { duplicate: true, alerts: before, windowed: 0 };
      const outcome = notificationOutcome(event, this.state());
      this.recordOutcome(key, outcome.alerts, outcome.state, now);
      for (const change of outcome.listingChanges) this.sql.exec('INSERT INTO listing_window (notification_id, change) VALUES (?, ?)', change.notificationId, JSON.stringify(change));
      if (outcome.listingChanges.length > 0 && !this.kv.get<ListingWindow>(WINDOW)) this.kv.put<ListingWindow>(WINDOW, { sellerId: outcome.sellerId, dueAt: now + windowMs });
      return { duplicate: false, alerts: outcome.alerts, windowed: outcome.listingChanges.length };
    });
  }

  /**
   * Closes the listing window once it is due: its changes become one merged alert in the
   * outbox, fixed from then on (its idempotency key and content never change, so handing it to
   * the intake again never conflicts). Changes arriving later open a new window.
   */
  closeDueWindow(now: number): AlertInput | null {
    return this.storage.transactionSync(() => {
      const window = this.kv.get<ListingWindow>(WINDOW);
      if (!window || window.dueAt > now) return null;
      const changes = this.sql.exec<{ change: string }>('SELECT change FROM listing_window').toArray().map((row) => JSON.parse(row.change) as ListingChange);
      this.sql.exec('DELETE FROM listing_window');
      this.kv.delete(WINDOW);
      const merged = mergeListingChanges(window.sellerId, changes);
      if (!merged) return null;
      const key = merged.alert.idempotencyKey!;
      this.sql.exec('INSERT OR IGNORE INTO source_outbox (key, alert, attempts, next_at) VALUES (?, ?, 0, ?)', key, JSON.stringify(merged.alert), now);
      return merged.alert;
    });
  }

  dueOutbox(now: number): OutboxEntry[] {
    return this.sql
      .exec<{ key: string; alert: string; attempts: number }>('SELECT key, alert, attempts FROM source_outbox WHERE next_at <= ? ORDER BY next_at', now)
      .toArray()
      .map((row) => ({ key: row.key, alert: JSON.parse(row.alert) as AlertInput, attempts: row.attempts }));
  }

  outboxDone(key: string): void {
    this.sql.exec('DELETE FROM source_outbox WHERE key = ?', key);
  }

  /** One more failed intake; false when the entry was given up (and removed). */
  outboxFailed(key: string, now: number): boolean {
    return this.storage.transactionSync(() => {
      const row = this.sql.exec<{ attempts: number }>('SELECT attempts FROM source_outbox WHERE key = ?', key).toArray()[0];
      if (!row) return false;
      const delay = OUTBOX_RETRY_DELAYS_MS[row.attempts];
      if (delay === undefined) {
        this.sql.exec('DELETE FROM source_outbox WHERE key = ?', key);
        return false;
      }
      this.sql.exec('UPDATE source_outbox SET attempts = ?, next_at = ? WHERE key = ?', row.attempts + 1, now + delay, key);
      return true;
    });
  }

  /** When the object has something to do next (window to close, outbox to retry), if ever. */
  nextDueAt(): number | null {
    const window = this.kv.get<ListingWindow>(WINDOW);
    const outbox = this.sql.exec<{ at: number | null }>('SELECT MIN(next_at) AS at FROM source_outbox').one().at;
    const times = [window?.dueAt, outbox ?? undefined].filter((t): t is number => t !== undefined);
    return times.length > 0 ? Math.min(...times) : null;
  }

  /** The report being waited for, unless it is too old to wait for any longer. */
  pendingReport(now: number): PendingReport | null {
    const report = this.kv.get<PendingReport>(REPORT);
    return report && now - report.requestedAt < REPORT_MAX_AGE_MS ? report : null;
  }

  reportRequested(reportId: string, now: number): void {
    this.kv.put<PendingReport>(REPORT, { reportId, requestedAt: now, checks: 0 });
  }

  /** The report was still in progress once more: how often so far, or null if it is not the one waited for. */
  reportChecked(reportId: string): number | null {
    return this.storage.transactionSync(() => {
      const report = this.kv.get<PendingReport>(REPORT);
      if (report?.reportId !== reportId) return null;
      const next = { ...report, checks: report.checks + 1 };
      this.kv.put(REPORT, next);
      return next.checks;
    });
  }

  /** Stops waiting for a report (it failed, vanished or took too long). */
  reportSettled(reportId: string): void {
    if (this.kv.get<PendingReport>(REPORT)?.reportId === reportId) this.kv.delete(REPORT);
  }

  /**
   * A finished performance report, evaluated once against the seller's state: a second call
   * for the same report (a retry after the intake failed) returns the same alerts.
   */
  applyPerformanceReport(sellerId: string, reportId: string, report: AccountHealthReport, now: number): AlertInput[] {
    return this.storage.transactionSync(() => {
      const key = `report:${reportId}`;
      const before = this.outcome(key);
      if (before) return before;
      const result = evaluatePerformanceReport(sellerId, report, this.state(), now);
      this.recordOutcome(key, result.alerts, result.state, now);
      this.reportSettled(reportId);
      return result.alerts;
    });
  }

  authorization(): AuthorizationMark | null {
    return this.kv.get<AuthorizationMark>(AUTHORIZATION) ?? null;
  }

  /** Marks the authorization revoked (the first time only) and returns the mark. */
  markRevoked(now: number): AuthorizationMark {
    const mark = this.authorization() ?? { revokedAt: now, noticeSent: false };
    this.kv.put(AUTHORIZATION, mark);
    return mark;
  }

  noticeSent(revokedAt: number): void {
    const mark = this.authorization();
    if (mark?.revokedAt === revokedAt) this.kv.put<AuthorizationMark>(AUTHORIZATION, { ...mark, noticeSent: true });
  }

  /** A new authorization (the seller linked again) or none at all (unlinked). */
  clearAuthorization(): void {
    this.kv.delete(AUTHORIZATION);
    this.kv.delete(REPORT);
  }
}
