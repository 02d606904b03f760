import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { QUIET_WRANGLER } from './wrangler-dev';

export interface WorkerBundle {
  /** The minified Worker script, as `wrangler deploy` would upload it. */
  code: string;
  /** Wrangler's own "Total Upload: … / gzip: …" line. */
  wranglerSize: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The production script's budget, gzip: 100 KB. What only a conversation reads (the model,
 * its answers and diagnosis) and the OpenAPI document are static assets, not script.
 */
export const PRODUCTION_GZIP_BUDGET_BYTES = 100_000;

/**
 * Bundles a Worker exactly as `wrangler deploy --dry-run --minify --outdir <tmp>` does:
 * `production` is the top-level environment of wrangler.toml, `dev` is [env.dev] (`npm run dev`).
 */
export async function bundleWorker(environment: 'production' | 'dev'): Promise<WorkerBundle> {
  const outdir = mkdtempSync(join(tmpdir(), `worker-bundle-${environment}-`));
  try {
    const args = ['wrangler', 'deploy', '--dry-run', '--minify', '--outdir', outdir, `--env=${environment === 'production' ? '' : environment}`];
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('npx', args, { env: { ...process.env, ...QUIET_WRANGLER, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (d) => (text += d));
      child.stderr.on('data', (d) => (text += d));
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`npx ${args.join(' ')} exited with ${code}:\n${text}`))));
    });
    const code = readFileSync(join(outdir, 'index.js'), 'utf8');
    const wranglerSize = /Total Upload: [^\n]*/.exec(output)?.[0] ?? '';
    return { code, wranglerSize, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).byteLength };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Whether a string is in a bundle, written as it is or with its non-ASCII characters escaped
 * (`\uXXXX`, esbuild's default output charset).
 */
export function bundleContains(code: string, text: string): boolean {
  const escaped = [...text].map((ch) => (ch.charCodeAt(0) > 0x7e ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('');
  const lower = code.toLowerCase();
  return code.includes(text) || lower.includes(escaped.toLowerCase());
}

/** Strings only the dev tools carry: the fakes, the simulator and its relays, LINE's dialog stand-in. */
export const DEV_TOOL_MARKERS = [
  'fake LINE API has no',
  '/control/sellers/:sellerId/financial-event-groups',
  'not an ops API path the simulator uses',
  'see [env.dev.vars] in wrangler.toml',
  '/dev/simulator/index.html',
  'LINE アカウント連携(開発用)',
  'セラーセントラル(開発用)',
] as const;
