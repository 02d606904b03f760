import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the real `wrangler dev --env dev` (as `npm run dev` does) on its own port and
 * state directory, so browser tests exercise workerd with local KV, Durable Objects and
 * Queues exactly as a developer does.
 */
export async function startDevServer(port: number): Promise<DevServer> {
  const persist = mkdtempSync(join(tmpdir(), 'wrangler-state-'));
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    'npx',
    [
      'wrangler', 'dev', '--env', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persist,
      '--var', `PUBLIC_BASE_URL:${url}`,
      '--var', `LINE_API_BASE_URL:${url}/dev/line-api`,
      '--var', `LINE_DATA_API_BASE_URL:${url}/dev/line-api`,
      '--var', `LINE_ACCOUNT_LINK_URL:${url}/dev/line/account-link`,
      '--show-interactive-dev-session=false',
    ],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/dev/line-api/messages`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (Date.now() >= deadline) throw new Error(`wrangler dev did not start:\n${output}`);
  return {
    url,
    async stop() {
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      rmSync(persist, { recursive: true, force: true });
    },
  };
}
