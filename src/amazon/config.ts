import { isDevMode, type Env } from '../env';

/**
 * Where Amazon is for this deployment and with which app credentials.
 *
 * Contract: `amazonConfig(env)` returns every base URL and credential the Amazon-facing code
 * needs, or throws AmazonNotConfiguredError naming (never showing) what is missing. With
 * DEV_MODE on and no SELLER_CENTRAL_URL, Seller Central and Login with Amazon are the local
 * fakes under PUBLIC_BASE_URL (src/dev/fake-amazon), with the dev app credentials below.
 */

export const DEFAULT_SPAPI_ENDPOINT = 'https://sellingpartnerapi-fe.amazon.com';
/** Amazon.co.jp. */
export const JP_MARKETPLACE_ID = 'A1VC38T7YXB528';
const DEFAULT_TIMEOUT_MS = 8000;

/** Where the local fakes live in `wrangler dev` (mounted by src/routes/dev.ts). */
export const DEV_SELLER_CENTRAL_PATH = '/dev/seller-central';
export const DEV_LWA_TOKEN_PATH = `${DEV_SELLER_CENTRAL_PATH}/auth/o2/token`;
export const DEV_SPAPI_PATH = '/dev/sp-api';
export const DEV_LWA_CLIENT = { clientId: 'dev-lwa-client', clientSecret: 'dev-lwa-secret', applicationId: 'amzn1.sp.solution.dev' } as const;

export interface LwaConfig {
  /** Login with Amazon token endpoint, e.g. https://api.amazon.com/auth/o2/token */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

export interface AmazonConfig {
  /** e.g. https://sellercentral-japan.amazon.com */
  sellerCentralUrl: string;
  applicationId: string;
  /** "beta" while the app is in draft; empty for a published app. */
  authVersion: string;
  lwa: LwaConfig;
  /** SP-API base URL, e.g. https://sellingpartnerapi-fe.amazon.com */
  spApiEndpoint: string;
  /** How long one LWA or SP-API call may take. */
  timeoutMs: number;
}

export class AmazonNotConfiguredError extends Error {
  constructor(readonly missing: string[]) {
    super(`Amazon is not configured: missing ${missing.join(', ')}`);
    this.name = 'AmazonNotConfiguredError';
  }
}

const isPlaceholder = (value: string | undefined) => !value || value.startsWith('REPLACE_WITH');

export function amazonConfig(env: Env): AmazonConfig {
  const timeoutMs = Number(env.AMAZON_API_TIMEOUT_MS) > 0 ? Number(env.AMAZON_API_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
  if (isDevMode(env) && !env.SELLER_CENTRAL_URL) {
    const base = env.PUBLIC_BASE_URL.replace(/\/+$/, '');
    // The fake's tokens mean nothing to Amazon: without an explicit SPAPI_ENDPOINT, dev uses the fake SP-API too.
    return {
      sellerCentralUrl: base + DEV_SELLER_CENTRAL_PATH,
      applicationId: env.SPAPI_APPLICATION_ID || DEV_LWA_CLIENT.applicationId,
      authVersion: 'beta',
      lwa: {
        tokenUrl: base + DEV_LWA_TOKEN_PATH,
        clientId: env.LWA_CLIENT_ID || DEV_LWA_CLIENT.clientId,
        clientSecret: env.LWA_CLIENT_SECRET || DEV_LWA_CLIENT.clientSecret,
        timeoutMs,
      },
      spApiEndpoint: (env.SPAPI_ENDPOINT || base + DEV_SPAPI_PATH).replace(/\/+$/, ''),
      timeoutMs,
    };
  }
  const missing = (['SELLER_CENTRAL_URL', 'SPAPI_APPLICATION_ID', 'LWA_TOKEN_URL', 'LWA_CLIENT_ID', 'LWA_CLIENT_SECRET'] as const).filter((key) => isPlaceholder(env[key]));
  if (missing.length > 0) throw new AmazonNotConfiguredError(missing);
  return {
    sellerCentralUrl: env.SELLER_CENTRAL_URL!.replace(/\/+$/, ''),
    applicationId: env.SPAPI_APPLICATION_ID!,
    authVersion: env.SPAPI_AUTH_VERSION ?? '',
    lwa: { tokenUrl: env.LWA_TOKEN_URL!, clientId: env.LWA_CLIENT_ID!, clientSecret: env.LWA_CLIENT_SECRET!, timeoutMs },
    spApiEndpoint: (env.SPAPI_ENDPOINT || DEFAULT_SPAPI_ENDPOINT).replace(/\/+$/, ''),
    timeoutMs,
  };
}
