import { createFakeAmazon, FakeAmazonState } from '../../src/dev/fake-amazon';
import { serveOverHttp } from './serve-over-http';

export const TEST_LWA = { clientId: 'test-lwa-client', clientSecret: 'test-lwa-secret', applicationId: 'amzn1.sp.solution.test' } as const;

/** A fixed AES-256 key for the tests (base64 of 32 bytes); never used anywhere else. */
export const TEST_TOKEN_ENCRYPTION_KEY = 'dGVzdC10b2tlbi1lbmNyeXB0aW9uLWtleS0zMmJ5dGU=';

/**
 * Serves the fake Amazon (Seller Central consent, Login with Amazon, SP-API and its control
 * endpoints) over real HTTP from Node, all on one origin, so the Worker's code exchange,
 * identity check and SP-API calls go over the wire as in production. Returns the bindings
 * that point the Worker at it.
 */
export async function startFakeAmazonServer(): Promise<Record<string, string>> {
  const fake = createFakeAmazon(new FakeAmazonState(), {
    app: () => TEST_LWA,
    isRegisteredRedirect: (uri) => /^https?:\/\/[^/]+\/link\/callback$/.test(uri),
  });
  const { url } = await serveOverHttp('fake Amazon', (request) => fake.all.fetch(request));
  return {
    SELLER_CENTRAL_URL: url,
    LWA_TOKEN_URL: `${url}/auth/o2/token`,
    SPAPI_ENDPOINT: url,
    SPAPI_APPLICATION_ID: TEST_LWA.applicationId,
    LWA_CLIENT_ID: TEST_LWA.clientId,
    LWA_CLIENT_SECRET: TEST_LWA.clientSecret,
    TOKEN_ENCRYPTION_KEY: TEST_TOKEN_ENCRYPTION_KEY,
  };
}
