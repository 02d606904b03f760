import { isDevMode, type Env } from './env';

/**
 * What is wrong with this deployment's configuration, by name only (never a value), for
 * /healthz and for refusing to run at all when running would be dangerous.
 */
export interface ConfigReport {
  missing: string[];
  placeholder: string[];
  invalid: string[];
  /** Set when the Worker must not serve anything: it would talk to the real LINE with dev tools on. */
  fatal?: string;
}

const LINE_PRODUCTION_HOSTS = new Set(['api.line.me', 'api-data.line.me']);
const ALWAYS_REQUIRED = ['LINE_CHANNEL_SECRET', 'LINE_CHANNEL_ACCESS_TOKEN', 'OPS_API_TOKEN', 'PUBLIC_BASE_URL', 'LINE_API_BASE_URL', 'LINE_DATA_API_BASE_URL', 'LINE_ACCOUNT_LINK_URL'] as const;
/** Linking needs the Seller Central app; in DEV_MODE the local stand-ins fill these in. */
const LINKING_REQUIRED = ['SELLER_CENTRAL_URL', 'SPAPI_APPLICATION_ID', 'LWA_TOKEN_URL', 'LWA_CLIENT_ID', 'LWA_CLIENT_SECRET', 'TOKEN_ENCRYPTION_KEY'] as const;
const URLS = ['PUBLIC_BASE_URL', 'LINE_API_BASE_URL', 'LINE_DATA_API_BASE_URL', 'LINE_ACCOUNT_LINK_URL', 'SELLER_CENTRAL_URL', 'LWA_TOKEN_URL', 'SPAPI_ENDPOINT'] as const;

/** Values wrangler.toml ships with, meant to be replaced before a deploy. */
const isPlaceholder = (value: string) => value.startsWith('REPLACE_WITH') || /(^|[./])example\.(com|workers\.dev)(\/|$|:)/.test(value.replace(/^https?:\/\//, ''));

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

const reports = new WeakMap<object, ConfigReport>();

export function checkConfig(env: Env): ConfigReport {
  const cached = reports.get(env);
  if (cached) return cached;
  const values = env as unknown as Record<string, string | undefined>;
  const report: ConfigReport = { missing: [], placeholder: [], invalid: [] };
  const required = isDevMode(env) ? ALWAYS_REQUIRED : [...ALWAYS_REQUIRED, ...LINKING_REQUIRED];
  for (const name of required) {
    const value = values[name];
    if (!value) report.missing.push(name);
    else if (isPlaceholder(value)) report.placeholder.push(name);
  }
  for (const name of URLS) {
    const value = values[name];
    if (value && !isPlaceholder(value) && !hostOf(value)) report.invalid.push(name);
  }
  const key = values.TOKEN_ENCRYPTION_KEY;
  if (key && !isPlaceholder(key) && decodedLength(key) !== 32) report.invalid.push('TOKEN_ENCRYPTION_KEY');
  if (isDevMode(env) && [env.LINE_API_BASE_URL, env.LINE_DATA_API_BASE_URL].some((url) => LINE_PRODUCTION_HOSTS.has(hostOf(url) ?? ''))) {
    report.fatal = 'DEV_MODE is on while LINE_API_BASE_URL or LINE_DATA_API_BASE_URL points at LINE itself';
  }
  reports.set(env, report);
  return report;
}

export const configIsHealthy = (report: ConfigReport) => report.missing.length + report.placeholder.length + report.invalid.length === 0 && !report.fatal;

function decodedLength(base64: string): number {
  try {
    return atob(base64).length;
  } catch {
    return -1;
  }
}
