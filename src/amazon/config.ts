import { readConfig, type ConfigSource } from '../config';

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

export function amazonConfig(env: ConfigSource): AmazonConfig {
  const { devMode, publicBaseUrl, amazon } = readConfig(env);
  const { timeoutMs } = amazon;
  if (devMode && !amazon.sellerCentralUrl) {
    // The fake's tokens mean nothing to Amazon: without an explicit SPAPI_ENDPOINT, dev uses the fake SP-API too.
    return {
      sellerCentralUrl: publicBaseUrl + DEV_SELLER_CENTRAL_PATH,
      applicationId: amazon.applicationId || DEV_LWA_CLIENT.applicationId,
      authVersion: 'beta',
      lwa: {
        tokenUrl: publicBaseUrl + DEV_LWA_TOKEN_PATH,
        clientId: amazon.lwaClientId || DEV_LWA_CLIENT.clientId,
        clientSecret: amazon.lwaClientSecret || DEV_LWA_CLIENT.clientSecret,
        timeoutMs,
      },
      spApiEndpoint: amazon.spApiEndpoint ?? publicBaseUrl + DEV_SPAPI_PATH,
      timeoutMs,
    };
  }
  const settings = {
    SELLER_CENTRAL_URL: amazon.sellerCentralUrl,
    SPAPI_APPLICATION_ID: amazon.applicationId,
    LWA_TOKEN_URL: amazon.lwaTokenUrl,
    LWA_CLIENT_ID: amazon.lwaClientId,
    LWA_CLIENT_SECRET: amazon.lwaClientSecret,
  };
  const missing = Object.entries(settings).flatMap(([name, value]) => (isPlaceholder(value) ? [name] : []));
  if (missing.length > 0) throw new AmazonNotConfiguredError(missing);
  return {
    sellerCentralUrl: settings.SELLER_CENTRAL_URL!,
    applicationId: settings.SPAPI_APPLICATION_ID!,
    authVersion: amazon.authVersion,
    lwa: { tokenUrl: settings.LWA_TOKEN_URL!, clientId: settings.LWA_CLIENT_ID!, clientSecret: settings.LWA_CLIENT_SECRET!, timeoutMs },
    spApiEndpoint: amazon.spApiEndpoint ?? DEFAULT_SPAPI_ENDPOINT,
    timeoutMs,
  };
}
