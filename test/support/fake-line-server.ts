import { createServer, type Server } from 'node:http';
import { createFakeLineApi, FakeLineState } from '../../src/dev/fake-line-api';

/**
 * Serves the fake LINE API over real HTTP from Node, so the Worker under test reaches it
 * through LINE_API_BASE_URL exactly as it reaches LINE in production.
 */
export async function startFakeLineServer(accessToken: string): Promise<{ url: string; server: Server }> {
  const app = createFakeLineApi(new FakeLineState(), { accessToken });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const response = await app.fetch(
      new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake LINE server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
