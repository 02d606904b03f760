import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { amazonConfig, AmazonNotConfiguredError, DEFAULT_SPAPI_ENDPOINT } from '../../src/amazon/config';
import type { Env } from '../../src/env';

const deployed: Env = {
  ...env,
  DEV_MODE: 'false',
  SELLER_CENTRAL_URL: 'https://sellercentral-japan.amazon.com',
  SPAPI_APPLICATION_ID: 'amzn1.sp.solution.real',
  LWA_TOKEN_URL: 'https://api.amazon.com/auth/o2/token',
  LWA_CLIENT_ID: 'amzn1.application-oa2-client.real',
  LWA_CLIENT_SECRET: 'secret',
  SPAPI_ENDPOINT: undefined,
  AMAZON_API_TIMEOUT_MS: undefined,
};

describe('amazonConfig', () => {
  it('defaults SP-API to the Far East endpoint and calls to 8 s', () => {
    expect(amazonConfig(deployed)).toMatchObject({ spApiEndpoint: DEFAULT_SPAPI_ENDPOINT, timeoutMs: 8000, lwa: { timeoutMs: 8000 } });
    expect(amazonConfig({ ...deployed, SPAPI_ENDPOINT: 'https://sp.example/', AMAZON_API_TIMEOUT_MS: '1500' })).toMatchObject({ spApiEndpoint: 'https://sp.example', timeoutMs: 1500 });
  });

  it('names every missing or placeholder setting, never its value', () => {
    const error = (() => {
      try {
        amazonConfig({ ...deployed, LWA_CLIENT_ID: 'REPLACE_WITH_LWA_CLIENT_ID', LWA_CLIENT_SECRET: '' });
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(AmazonNotConfiguredError);
    expect((error as AmazonNotConfiguredError).missing).toEqual(['LWA_CLIENT_ID', 'LWA_CLIENT_SECRET']);
  });

  it('in DEV_MODE without SELLER_CENTRAL_URL, every Amazon URL is the local fake, SP-API included', () => {
    const dev = amazonConfig({ ...deployed, DEV_MODE: 'true', SELLER_CENTRAL_URL: undefined, PUBLIC_BASE_URL: 'http://127.0.0.1:8787', SPAPI_APPLICATION_ID: undefined, LWA_CLIENT_ID: undefined, LWA_CLIENT_SECRET: undefined });
    expect(dev).toMatchObject({
      sellerCentralUrl: 'http://127.0.0.1:8787/dev/seller-central',
      lwa: { tokenUrl: 'http://127.0.0.1:8787/dev/seller-central/auth/o2/token', clientId: 'dev-lwa-client' },
      spApiEndpoint: 'http://127.0.0.1:8787/dev/sp-api',
    });
  });
});
