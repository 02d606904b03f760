import type { Server } from 'node:http';
import { createFakeLineApi, FakeLineState } from '../../src/dev/fake-line-api';
import { serveOverHttp } from './serve-over-http';

/**
 * Serves the fake LINE API over real HTTP from Node, so the Worker under test reaches it
 * through LINE_API_BASE_URL exactly as it reaches LINE in production.
 */
export async function startFakeLineServer(accessToken: string): Promise<{ url: string; server: Server }> {
  const app = createFakeLineApi(new FakeLineState(), { accessToken });
  return serveOverHttp('fake LINE server', (request) => app.fetch(request));
}
