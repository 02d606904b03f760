import * as z from './model/zod';

/**
 * The deployment's vars and secrets, parsed once per `env` object into typed values: base URLs
 * without a trailing slash, timeouts as numbers with their defaults, DEV_MODE as a boolean, an
 * empty value as absent. Parsing never fails: what is missing, still a placeholder or malformed
 * is reported by name (never by value) in `report`, for /healthz and for refusing to run at all
 * when running would be dangerous.
 */

export interface ConfigReport {
  missing: string[];
  placeholder: string[];
  invalid: string[];
  /** Set when the Worker must not serve anything: it would talk to the real LINE with dev tools on. */
  fatal?: string;
}

const DEFAULT_LINE_TIMEOUT_MS = 5000;
const DEFAULT_AMAZON_TIMEOUT_MS = 8000;
/** Several listing changes of one seller within this long become one alert. */
const DEFAULT_LISTING_WINDOW_MS = 3 * 60 * 1000;

/** A var as wrangler hands it over: a string, where an empty one counts as unset. */
const text = z.pipe(z.optional(z.unknown()), z.transform((value) => (typeof value === 'string' && value !== '' ? value : undefined)));
const baseUrl = z.pipe(text, z.transform((value) => value?.replace(/\/+$/, '')));
const milliseconds = (fallback: number) =>
  z.pipe(
    text,
    z.transform((value) => {
      const ms = Number(value);
      return value !== undefined && Number.isFinite(ms) && ms > 0 ? ms : fallback;
    }),
  );

const varsSchema = z.object({
  LINE_CHANNEL_SECRET: text,
  LINE_CHANNEL_ACCESS_TOKEN: text,
  OPS_API_TOKEN: text,
  PUBLIC_BASE_URL: baseUrl,
  LINE_API_BASE_URL: baseUrl,
  LINE_DATA_API_BASE_URL: baseUrl,
  LINE_ACCOUNT_LINK_URL: text,
  LINE_API_TIMEOUT_MS: milliseconds(DEFAULT_LINE_TIMEOUT_MS),
  DEV_MODE: z.pipe(text, z.transform((value) => value === 'true')),
  SELLER_CENTRAL_URL: baseUrl,
  SPAPI_APPLICATION_ID: text,
  SPAPI_AUTH_VERSION: text,
  LWA_TOKEN_URL: text,
  LWA_CLIENT_ID: text,
  LWA_CLIENT_SECRET: text,
  SPAPI_ENDPOINT: baseUrl,
  AMAZON_API_TIMEOUT_MS: milliseconds(DEFAULT_AMAZON_TIMEOUT_MS),
  AMAZON_LISTING_WINDOW_MS: milliseconds(DEFAULT_LISTING_WINDOW_MS),
  AMAZON_EVENTS_TOKEN: text,
  TOKEN_ENCRYPTION_KEY: text,
});
type Vars = z.infer<typeof varsSchema>;
/** What readConfig reads: the Worker's `env` (or any object with some of its vars). */
export type ConfigSource = z.input<typeof varsSchema>;
/** The vars that stay text after parsing (not the flag or the timeouts). */
type TextVar = { [K in keyof Vars]: Vars[K] extends string | undefined ? K : never }[keyof Vars];

export interface Config {
  devMode: boolean;
  /** Where this Worker is reachable, e.g. https://bot.example.com (link pages, callbacks). */
  publicBaseUrl: string;
  /** Unset: the ops API refuses every request. */
  opsApiToken: string | undefined;
  line: {
    apiBaseUrl: string;
    dataApiBaseUrl: string;
    accountLinkUrl: string;
    channelSecret: string;
    channelAccessToken: string;
    timeoutMs: number;
  };
  /** As configured; src/amazon/config.ts fills in the defaults and the DEV_MODE stand-ins. */
  amazon: {
    sellerCentralUrl: string | undefined;
    applicationId: string | undefined;
    /** "beta" while the SP-API app is in draft; empty once it is published. */
    authVersion: string;
    lwaTokenUrl: string | undefined;
    lwaClientId: string | undefined;
    lwaClientSecret: string | undefined;
    spApiEndpoint: string | undefined;
    timeoutMs: number;
    /** How long a seller's listing changes are gathered into one alert. */
    listingWindowMs: number;
    /** Bearer of POST /sources/amazon/events; unset, the endpoint refuses everything. */
    eventsToken: string | undefined;
  };
  /** Base64 of 32 bytes when valid (see report); linking is off without it. */
  tokenEncryptionKey: string | undefined;
  report: ConfigReport;
}

const LINE_PRODUCTION_HOSTS = new Set(['api.line.me', 'api-data.line.me']);
const ALWAYS_REQUIRED: readonly TextVar[] = ['LINE_CHANNEL_SECRET', 'LINE_CHANNEL_ACCESS_TOKEN', 'OPS_API_TOKEN', 'PUBLIC_BASE_URL', 'LINE_API_BASE_URL', 'LINE_DATA_API_BASE_URL', 'LINE_ACCOUNT_LINK_URL'];
/** Linking needs the Seller Central app; in DEV_MODE the local stand-ins fill these in. */
const LINKING_REQUIRED: readonly TextVar[] = ['SELLER_CENTRAL_URL', 'SPAPI_APPLICATION_ID', 'LWA_TOKEN_URL', 'LWA_CLIENT_ID', 'LWA_CLIENT_SECRET', 'TOKEN_ENCRYPTION_KEY'];
const URLS: readonly TextVar[] = ['PUBLIC_BASE_URL', 'LINE_API_BASE_URL', 'LINE_DATA_API_BASE_URL', 'LINE_ACCOUNT_LINK_URL', 'SELLER_CENTRAL_URL', 'LWA_TOKEN_URL', 'SPAPI_ENDPOINT'];

/** Values wrangler.toml ships with, meant to be replaced before a deploy. */
const isPlaceholder = (value: string) => value.startsWith('REPLACE_WITH') || /(^|[./])example\.(com|workers\.dev)(\/|$|:)/.test(value.replace(/^https?:\/\//, ''));

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

function decodedLength(base64: string): number {
  try {
    return atob(base64).length;
  } catch {
    return -1;
  }
}

function reportOf(vars: Vars): ConfigReport {
  const report: ConfigReport = { missing: [], placeholder: [], invalid: [] };
  for (const name of vars.DEV_MODE ? ALWAYS_REQUIRED : [...ALWAYS_REQUIRED, ...LINKING_REQUIRED]) {
    const value = vars[name];
    if (value === undefined) report.missing.push(name);
    else if (isPlaceholder(value)) report.placeholder.push(name);
  }
  for (const name of URLS) {
    const value = vars[name];
    if (value !== undefined && !isPlaceholder(value) && !hostOf(value)) report.invalid.push(name);
  }
  const key = vars.TOKEN_ENCRYPTION_KEY;
  if (key !== undefined && !isPlaceholder(key) && decodedLength(key) !== 32) report.invalid.push('TOKEN_ENCRYPTION_KEY');
  if (vars.DEV_MODE && [vars.LINE_API_BASE_URL, vars.LINE_DATA_API_BASE_URL].some((url) => LINE_PRODUCTION_HOSTS.has(hostOf(url) ?? ''))) {
    report.fatal = 'DEV_MODE is on while LINE_API_BASE_URL or LINE_DATA_API_BASE_URL points at LINE itself';
  }
  return report;
}

const toConfig = (vars: Vars): Config => ({
  devMode: vars.DEV_MODE,
  publicBaseUrl: vars.PUBLIC_BASE_URL ?? '',
  opsApiToken: vars.OPS_API_TOKEN,
  line: {
    apiBaseUrl: vars.LINE_API_BASE_URL ?? '',
    dataApiBaseUrl: vars.LINE_DATA_API_BASE_URL ?? '',
    accountLinkUrl: vars.LINE_ACCOUNT_LINK_URL ?? '',
    channelSecret: vars.LINE_CHANNEL_SECRET ?? '',
    channelAccessToken: vars.LINE_CHANNEL_ACCESS_TOKEN ?? '',
    timeoutMs: vars.LINE_API_TIMEOUT_MS,
  },
  amazon: {
    sellerCentralUrl: vars.SELLER_CENTRAL_URL,
    applicationId: vars.SPAPI_APPLICATION_ID,
    authVersion: vars.SPAPI_AUTH_VERSION ?? '',
    lwaTokenUrl: vars.LWA_TOKEN_URL,
    lwaClientId: vars.LWA_CLIENT_ID,
    lwaClientSecret: vars.LWA_CLIENT_SECRET,
    spApiEndpoint: vars.SPAPI_ENDPOINT,
    timeoutMs: vars.AMAZON_API_TIMEOUT_MS,
    listingWindowMs: vars.AMAZON_LISTING_WINDOW_MS,
    eventsToken: vars.AMAZON_EVENTS_TOKEN,
  },
  tokenEncryptionKey: vars.TOKEN_ENCRYPTION_KEY,
  report: reportOf(vars),
});

const parsed = new WeakMap<object, Config>();

/** This deployment's configuration; parsed on first use per `env` object. */
export function readConfig(env: ConfigSource): Config {
  const cached = parsed.get(env);
  if (cached) return cached;
  const config = toConfig(varsSchema.parse(env));
  parsed.set(env, config);
  return config;
}

/** What is wrong with this deployment's configuration, by name only. */
export const checkConfig = (env: ConfigSource): ConfigReport => readConfig(env).report;

export const configIsHealthy = (report: ConfigReport) => report.missing.length + report.placeholder.length + report.invalid.length === 0 && !report.fatal;
