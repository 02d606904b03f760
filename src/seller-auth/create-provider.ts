import { isDevMode, type Env } from '../env';
import { SellerAuthError, type SellerAuthProvider } from './provider';
import { SpApiAuthProvider } from './sp-api-provider';

/** Where the local fake Seller Central lives (src/routes/dev-seller-central.ts). */
export const DEV_SELLER_CENTRAL_PATH = '/dev/seller-central';
export const DEV_LWA_TOKEN_PATH = `${DEV_SELLER_CENTRAL_PATH}/auth/o2/token`;
export const DEV_LWA_CLIENT = { clientId: 'dev-lwa-client', clientSecret: 'dev-lwa-secret', applicationId: 'amzn1.sp.solution.dev' } as const;

export const linkCallbackUrl = (env: Pick<Env, 'PUBLIC_BASE_URL'>) => `${env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/link/callback`;

/**
 * The provider for this deployment. In DEV_MODE without a SELLER_CENTRAL_URL, the same
 * SP-API provider talks to the local consent page and token endpoint, so the exchange
 * code that runs in production also runs on one machine.
 */
export function createSellerAuthProvider(env: Env): SellerAuthProvider {
  const redirectUri = linkCallbackUrl(env);
  if (isDevMode(env) && !env.SELLER_CENTRAL_URL) {
    const base = env.PUBLIC_BASE_URL.replace(/\/+$/, '');
    return new SpApiAuthProvider({
      sellerCentralUrl: base + DEV_SELLER_CENTRAL_PATH,
      tokenUrl: base + DEV_LWA_TOKEN_PATH,
      applicationId: env.SPAPI_APPLICATION_ID || DEV_LWA_CLIENT.applicationId,
      clientId: env.LWA_CLIENT_ID || DEV_LWA_CLIENT.clientId,
      clientSecret: env.LWA_CLIENT_SECRET || DEV_LWA_CLIENT.clientSecret,
      version: 'beta',
      redirectUri,
    });
  }
  const missing = (['SELLER_CENTRAL_URL', 'SPAPI_APPLICATION_ID', 'LWA_TOKEN_URL', 'LWA_CLIENT_ID', 'LWA_CLIENT_SECRET'] as const).filter(
    (key) => !env[key] || env[key]!.startsWith('REPLACE_WITH'),
  );
  if (missing.length > 0) throw new SellerAuthError('not-configured', `missing ${missing.join(', ')}`);
  return new SpApiAuthProvider({
    sellerCentralUrl: env.SELLER_CENTRAL_URL!,
    applicationId: env.SPAPI_APPLICATION_ID!,
    version: env.SPAPI_AUTH_VERSION ?? '',
    tokenUrl: env.LWA_TOKEN_URL!,
    clientId: env.LWA_CLIENT_ID!,
    clientSecret: env.LWA_CLIENT_SECRET!,
    redirectUri,
  });
}
