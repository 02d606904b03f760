import './test/support/require-node-22';
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { startFakeLineServer } from './test/support/fake-line-server';
import { startFakeAmazonServer } from './test/support/fake-amazon-server';

/** Long enough that a loaded machine does not time out healthy calls to the fake LINE API. */
export const TEST_LINE_TIMEOUT_MS = 2500;

export const TEST_SECRETS = {
  LINE_CHANNEL_SECRET: 'test-channel-secret',
  LINE_CHANNEL_ACCESS_TOKEN: 'test-channel-access-token',
  OPS_API_TOKEN: 'test-ops-token',
  AMAZON_EVENTS_TOKEN: 'test-amazon-events-token',
};

// The LINE platform is the one thing we fake, and only at the HTTP level.
const fakeLine = await startFakeLineServer(TEST_SECRETS.LINE_CHANNEL_ACCESS_TOKEN);
// Amazon (Seller Central consent, Login with Amazon, SP-API), faked the same way; the
// bindings point SELLER_CENTRAL_URL, LWA_TOKEN_URL and SPAPI_ENDPOINT at it and set a fixed
// TOKEN_ENCRYPTION_KEY.
const fakeAmazon = await startFakeAmazonServer();

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          ...TEST_SECRETS,
          LINE_API_BASE_URL: fakeLine.url,
          LINE_DATA_API_BASE_URL: fakeLine.url,
          LINE_API_TIMEOUT_MS: String(TEST_LINE_TIMEOUT_MS),
          PUBLIC_BASE_URL: 'https://bot.test',
          LINE_ACCOUNT_LINK_URL: 'https://access.line.test/dialog/bot/accountLink',
          DEV_MODE: 'false',
          ...fakeAmazon,
        },
      },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts', 'flows/**/*.test.ts', 'content/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/node/**'],
    // Tests that call the router, features or renderers directly get the data the Worker reads from its assets.
    setupFiles: ['test/support/worker-assets.ts'],
    testTimeout: 20_000,
    silent: 'passed-only',
  },
});
