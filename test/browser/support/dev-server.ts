import { startDevWorker } from '../../../scripts/lib/wrangler-dev';

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
  return startDevWorker(port);
}
