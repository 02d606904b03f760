import type { SwitchId } from '../../content/alerts';
import type { Lang } from '../../content/i18n';
import type { AccountHealthReport } from '../amazon/account-health';
import type { KnownNotification } from '../amazon/notifications';
import type { AmazonSellerState } from '../amazon/seller-state';
import type { AlertInput } from '../model/alert';
import type { SellerSettings, SettingsChange } from '../model/settings';
import type { AuthorizationMark, NotificationAcceptance, PendingReport } from './seller-sources';

export interface SellerOwner {
  userId: string;
  linkedAt: number;
  /** False after the owner blocked the LINE account; alerts pause, the link is kept for recovery. */
  active: boolean;
  deactivatedAt?: number;
}

export type DeliveryTarget = { ok: true; userId: string; language: Lang } | { ok: false; reason: 'not-linked' | 'blocked' | 'switched-off' };

export type KeyClaim = { result: 'new' } | { result: 'same'; alertId: string } | { result: 'conflict'; alertId: string };

/** Whether the Amazon pollers may call SP-API for this seller now, and with what. */
export type PollTarget =
  | { ok: true; refreshTokenEnc: string; pendingReport: PendingReport | null }
  | { ok: false; reason: 'not-linked' | 'no-credentials' }
  | { ok: false; reason: 'revoked'; notice?: RevokedNotice };

/** The owner still has to be told that the authorization was revoked. */
export interface RevokedNotice {
  userId: string;
  revokedAt: number;
}

export interface AmazonSourceStatus {
  state: AmazonSellerState;
  authorization: AuthorizationMark | null;
  pendingReport: PendingReport | null;
  pollable: boolean;
}

/**
 * What the rest of the Worker may ask of a seller's SellerAccount object (seller-account.ts).
 * The SELLERS namespace is typed by this, not by the class, so that nothing that needs the
 * namespace depends on the object's implementation.
 */
export interface SellerAccountApi extends Rpc.DurableObjectBranded {
  owner(): SellerOwner | null;
  /** Makes `userId` the one owner; says who held the account before (another LINE user). */
  link(input: { userId: string; now: number; lang?: Lang; refreshTokenEnc?: string }): Promise<{ previousUserId?: string }>;
  /** Removes the link if `userId` still owns it; false when someone else does (or nobody). */
  unlink(userId: string): Promise<boolean>;
  /** Block (false) and unblock (true) of the owner's LINE account. */
  setActive(userId: string, active: boolean, now: number): boolean;
  settings(): SellerSettings;
  /** A partial change; with `asUserId`, made only if that user owns the account. */
  updateSettings(change: SettingsChange, now: number, asUserId?: string): SellerSettings | null;
  /** Who an alert goes to, read in one step with the settings that may silence it. */
  deliveryTarget(switchId: SwitchId | null): DeliveryTarget;
  /** The encrypted SP-API refresh token kept at linking, if any. */
  credentials(): { refreshTokenEnc: string; storedAt: number } | null;
  claimIdempotencyKeys(claims: { key: string; payload: string; alertId: string }[], now: number): KeyClaim[];
  releaseIdempotencyKeys(claims: { key: string; alertId: string }[]): void;
  /** Takes in one SP-API notification for this seller. */
  acceptNotification(event: KnownNotification, now: number, windowMs: number): Promise<NotificationAcceptance>;
  /** Whether (and with which credentials) the pollers may call SP-API for this seller. */
  pollTarget(now: number): PollTarget;
  /** Amazon refused this refresh token: polling stops until the seller links again; whom to tell, once. */
  markAuthorizationRevoked(refreshTokenEnc: string, now: number): Promise<RevokedNotice | null>;
  authorizationNoticeSent(revokedAt: number): void;
  reportRequested(reportId: string, now: number): void;
  reportChecked(reportId: string): number | null;
  reportSettled(reportId: string): void;
  applyPerformanceReport(sellerId: string, reportId: string, report: AccountHealthReport, now: number): AlertInput[];
  /** What the sources know of this seller (for ops and tests). */
  amazonSourceStatus(): AmazonSourceStatus;
}
