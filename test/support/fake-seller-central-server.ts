import { createServer } from 'node:http';
import { createFakeSellerCentral, FakeSellerCentralState } from '../../src/routes/dev-seller-central';

export const TEST_LWA = { clientId: 'test-lwa-client', clientSecret: 'test-lwa-secret', applicationId: 'amzn1.sp.solution.test' } as const;

/**
 * Serves the fake Seller Central (consent page + Login with Amazon token endpoint) over
 * real HTTP from Node, so the Worker's code exchange goes over the wire as in production.
 * Returns the bindings that point the Worker at it.
 */
export async function startFakeSellerCentralServer(): Promise<Record<string, string>> {
  const app = createFakeSellerCentral(new FakeSellerCentralState(), {
    credentials: () => TEST_LWA,
    isRegisteredRedirect: (uri) => /^https?:\/\/[^/]+\/link\/callback$/.test(uri),
  });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const response = await app.fetch(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake Seller Central has no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    SELLER_CENTRAL_URL: url,
    LWA_TOKEN_URL: `${url}/auth/o2/token`,
    SPAPI_APPLICATION_ID: TEST_LWA.applicationId,
    LWA_CLIENT_ID: TEST_LWA.clientId,
    LWA_CLIENT_SECRET: TEST_LWA.clientSecret,
  };
}
