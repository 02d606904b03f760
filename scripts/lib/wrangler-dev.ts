import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningWorker {
  url: string;
  /** The wrangler process; workerd runs below it. */
  pid: number;
  stop(): Promise<void>;
}

/** wrangler runs workerd in its own children; stop the whole process group. */
function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

export const QUIET_WRANGLER = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' };

/**
 * Runs the real `wrangler dev <args>` on a port with its own state directory (so runs do not
 * share KV or Durable Object state) and waits until `readyPath` answers.
 */
export async function startWrangler(port: number, args: string[], readyPath = '/'): Promise<RunningWorker> {
  // Something already answering there would be measured or tested instead of this run.
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (busy) throw new Error(`port ${port} is already in use; stop what runs there first`);
  const persist = mkdtempSync(join(tmpdir(), 'wrangler-state-'));
  const child = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persist, '--show-interactive-dev-session=false', ...args], {
    env: { ...process.env, ...QUIET_WRANGLER, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      killGroup(child.pid);
      throw new Error(`wrangler dev exited early:\n${output}`);
    }
    try {
      await fetch(url + readyPath);
      return {
        url,
        pid: child.pid!,
        async stop() {
          killGroup(child.pid);
          await new Promise((r) => setTimeout(r, 300));
          rmSync(persist, { recursive: true, force: true });
        },
      };
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  killGroup(child.pid);
  throw new Error(`wrangler dev did not start:\n${output}`);
}

/** `npm run dev`'s configuration (env dev) on another port, with every self-URL pointing at it. */
export function startDevWorker(port: number, extraVars: Record<string, string> = {}): Promise<RunningWorker> {
  const url = `http://127.0.0.1:${port}`;
  const vars = {
    PUBLIC_BASE_URL: url,
    LINE_API_BASE_URL: `${url}/dev/line-api`,
    LINE_DATA_API_BASE_URL: `${url}/dev/line-api`,
    LINE_ACCOUNT_LINK_URL: `${url}/dev/line/account-link`,
    SPAPI_ENDPOINT: `${url}/dev/sp-api`,
    ...extraVars,
  };
  return startWrangler(port, ['--env', 'dev', ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])], '/dev/line-api/messages');
}
