import { randomToken } from '../../crypto/random-token';

/**
 * The memory of the fake Amazon (Seller Central consent, Login with Amazon, SP-API): who
 * consented, which codes and tokens were issued to whom, each seller's account health,
 * listings and payouts, requested reports, injected faults and every call received.
 * One instance lives as long as the dev server or the test run.
 */

/** Amazon: the authorization code of a website authorization lives five minutes. */
export const CODE_TTL_MS = 5 * 60 * 1000;
/** LWA access tokens live one hour. */
export const ACCESS_TOKEN_TTL_S = 3600;
/** A report document's presigned URL works for five minutes. */
export const DOCUMENT_URL_TTL_MS = 5 * 60 * 1000;

export type AccountStatus = 'NORMAL' | 'AT_RISK' | 'DEACTIVATED';
export type TargetCondition = 'LESS_THAN' | 'GREATER_THAN' | 'EQUALS';

export interface FakeRateMetric {
  rate: number;
  targetValue: number;
  targetCondition: TargetCondition;
}

export interface FakeListing {
  sku: string;
  asin: string;
  status: string[];
}

export interface FakeFinancialEventGroup {
  FinancialEventGroupId: string;
  ProcessingStatus: 'Open' | 'Closed';
  FundTransferStatus?: string;
  OriginalTotal: { CurrencyCode: string; CurrencyAmount: number };
  FundTransferDate?: string;
  AccountTail?: string;
  FinancialEventGroupStart: string;
  FinancialEventGroupEnd?: string;
}

export interface FakeReportSettings {
  /** How long a new report stays IN_QUEUE/IN_PROGRESS before it settles. */
  processingDelayMs: number;
  outcome: 'DONE' | 'FATAL' | 'CANCELLED';
  /** Serve documents GZIP-compressed (compressionAlgorithm: GZIP). */
  gzip: boolean;
}

export interface FakeSeller {
  accountStatus: AccountStatus;
  lateShipmentRate: FakeRateMetric;
  validTrackingRate: FakeRateMetric;
  listings: FakeListing[];
  financialEventGroups: FakeFinancialEventGroup[];
  reports: FakeReportSettings;
}

interface CodeGrant {
  sellerId: string;
  applicationId: string;
  redirectUri: string;
  issuedAt: number;
  used: boolean;
}

export interface RefreshGrant {
  sellerId: string;
  clientId: string;
  revoked: boolean;
}

interface AccessGrant {
  sellerId: string;
  refreshToken: string;
  expiresAt: number;
}

export interface FakeReport {
  reportId: string;
  sellerId: string;
  reportType: string;
  marketplaceIds: string[];
  createdAt: number;
  settings: FakeReportSettings;
  /** The document as it will be served, fixed when the report was requested. */
  content: string;
  documentId?: string;
}

export interface FakeDocument {
  documentId: string;
  sellerId: string;
  content: string;
  gzip: boolean;
  /** The presigned URL's signature and its expiry. */
  signature: string;
  urlExpiresAt: number;
}

export interface FakeFault {
  /** Only calls for this seller (the token's or the code's). */
  sellerId?: string;
  /** Only calls whose path contains this. */
  path?: string;
  /** The status to answer instead (429, 500, 503…); absent = answer normally after `delayMs`. */
  status?: number;
  /** Share of matching calls to fault, 0–1, spread evenly over the calls (deterministic). */
  rate?: number;
  /** How many calls to fault; absent or -1 = until cleared. */
  count?: number;
  /** Sent as Retry-After with a 429/503. */
  retryAfterSeconds?: number;
  /** Hold the answer this long first (past a client's timeout). */
  delayMs?: number;
}

export interface FakeCall {
  seq: number;
  at: number;
  method: string;
  path: string;
  sellerId?: string;
  status: number;
}

interface ActiveFault extends FakeFault {
  seen: number;
}

const DAY_MS = 86_400_000;

/** A seller in good standing: healthy metrics, one buyable listing, one payout that went through. */
export const defaultSeller = (now: number): FakeSeller => ({
  accountStatus: 'NORMAL',
  lateShipmentRate: { rate: 0.012, targetValue: 0.04, targetCondition: 'LESS_THAN' },
  validTrackingRate: { rate: 0.991, targetValue: 0.95, targetCondition: 'GREATER_THAN' },
  listings: [{ sku: 'DEV-SKU-001', asin: 'B0DEV00001', status: ['BUYABLE', 'DISCOVERABLE'] }],
  financialEventGroups: [
    {
      FinancialEventGroupId: 'FEG-DEV-SUCCEEDED-1',
      ProcessingStatus: 'Closed',
      FundTransferStatus: 'Succeeded',
      OriginalTotal: { CurrencyCode: 'JPY', CurrencyAmount: 123456 },
      FundTransferDate: new Date(now - 2 * DAY_MS).toISOString(),
      AccountTail: '1234',
      FinancialEventGroupStart: new Date(now - 16 * DAY_MS).toISOString(),
      FinancialEventGroupEnd: new Date(now - 2 * DAY_MS).toISOString(),
    },
  ],
  reports: { processingDelayMs: 0, outcome: 'DONE', gzip: false },
});

export class FakeAmazonState {
  private seq = 0;
  readonly codes = new Map<string, CodeGrant>();
  readonly refreshTokens = new Map<string, RefreshGrant>();
  readonly accessTokens = new Map<string, AccessGrant>();
  /** Per authorization code: the status the token endpoint answers instead. */
  readonly tokenFaults = new Map<string, number>();
  readonly sellers = new Map<string, FakeSeller>();
  readonly reports = new Map<string, FakeReport>();
  readonly documents = new Map<string, FakeDocument>();
  faults: ActiveFault[] = [];
  calls: FakeCall[] = [];

  constructor(private readonly clock: () => number = Date.now) {}

  now(): number {
    return this.clock();
  }

  nextId(prefix: string): string {
    return `${prefix}${++this.seq}${randomToken(6).replace(/[^A-Za-z0-9]/g, '')}`;
  }

  seller(sellerId: string): FakeSeller {
    let seller = this.sellers.get(sellerId);
    if (!seller) {
      seller = defaultSeller(this.now());
      this.sellers.set(sellerId, seller);
    }
    return seller;
  }

  issueCode(grant: Omit<CodeGrant, 'issuedAt' | 'used'>): string {
    const code = `ANfake${randomToken(18)}`;
    this.codes.set(code, { ...grant, issuedAt: this.now(), used: false });
    return code;
  }

  /** Single use, short-lived, for the app and redirect URI it was issued for; null when refused. */
  redeemCode(code: string, applicationId: string, redirectUri: string): CodeGrant | null {
    const grant = this.codes.get(code);
    if (!grant || grant.used || this.now() - grant.issuedAt > CODE_TTL_MS) return null;
    if (grant.applicationId !== applicationId || grant.redirectUri !== redirectUri) return null;
    grant.used = true;
    return grant;
  }

  expireCode(code: string): boolean {
    const grant = this.codes.get(code);
    if (grant) grant.issuedAt = this.now() - CODE_TTL_MS - 1;
    return Boolean(grant);
  }

  issueRefreshToken(sellerId: string, clientId: string): string {
    const token = `Atzr|fake-${randomToken(24)}`;
    this.refreshTokens.set(token, { sellerId, clientId, revoked: false });
    return token;
  }

  issueAccessToken(sellerId: string, refreshToken: string): string {
    const token = `Atza|fake-${randomToken(24)}`;
    this.accessTokens.set(token, { sellerId, refreshToken, expiresAt: this.now() + ACCESS_TOKEN_TTL_S * 1000 });
    return token;
  }

  /** The seller behind an access token and whether it expired; undefined for an unknown or revoked one. */
  accessGrant(token: string | undefined): { sellerId: string; expired: boolean } | undefined {
    const grant = token ? this.accessTokens.get(token) : undefined;
    if (!grant || this.refreshTokens.get(grant.refreshToken)?.revoked) return undefined;
    return { sellerId: grant.sellerId, expired: this.now() >= grant.expiresAt };
  }

  refreshTokensOf(sellerId: string): string[] {
    return [...this.refreshTokens].filter(([, grant]) => grant.sellerId === sellerId && !grant.revoked).map(([token]) => token);
  }

  /** The seller withdrew our app's authorization: every refresh and access token of theirs dies. */
  revoke(sellerId: string): number {
    let revoked = 0;
    for (const grant of this.refreshTokens.values()) {
      if (grant.sellerId === sellerId && !grant.revoked) {
        grant.revoked = true;
        revoked++;
      }
    }
    for (const [token, grant] of this.accessTokens) if (grant.sellerId === sellerId) this.accessTokens.delete(token);
    return revoked;
  }

  expireAccessTokens(sellerId: string): number {
    let expired = 0;
    for (const grant of this.accessTokens.values()) {
      if (grant.sellerId === sellerId) {
        grant.expiresAt = this.now() - 1;
        expired++;
      }
    }
    return expired;
  }

  addFaults(faults: FakeFault[]): void {
    this.faults.push(...faults.map((fault) => ({ ...fault, seen: 0 })));
  }

  clearFaults(sellerId?: string): void {
    this.faults = sellerId ? this.faults.filter((f) => f.sellerId !== sellerId) : [];
  }

  /** The fault this call meets, if any (and counts it). */
  takeFault(path: string, sellerId: string | undefined): FakeFault | undefined {
    for (const fault of this.faults) {
      if (fault.count === 0) continue;
      if (fault.path && !path.includes(fault.path)) continue;
      if (fault.sellerId && fault.sellerId !== sellerId) continue;
      fault.seen++;
      // rate 0.2 faults calls 5, 10, 15…: exactly the share asked for, the same on every run.
      if (fault.rate !== undefined && Math.floor(fault.seen * fault.rate) === Math.floor((fault.seen - 1) * fault.rate)) continue;
      if (fault.count !== undefined && fault.count > 0) fault.count--;
      return fault;
    }
    return undefined;
  }

  record(call: Omit<FakeCall, 'seq' | 'at'>): void {
    this.calls.push({ seq: ++this.seq, at: this.now(), ...call });
  }
}
