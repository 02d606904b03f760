import { Hono, type Context } from 'hono';
import type { FakeEnv } from './fake-env';
import { injectedFault } from './faults';
import type { FakeAmazonOptions } from './options';
import { ACCESS_TOKEN_TTL_S, type FakeAmazonState } from './state';

/**
 * Login with Amazon's token endpoint, as strict as the real one: the client must
 * authenticate; an authorization code is redeemed once, within five minutes, by the app and
 * with the redirect URI it was issued for; a refresh token works only for the client it was
 * issued to and dies when the seller revokes the app (then: invalid_grant). Every token
 * issued answers only for the seller who consented.
 */
export function fakeLwa(state: FakeAmazonState, options: FakeAmazonOptions) {
  const app = new Hono<FakeEnv>();
  const oauthError = (c: Context, status: 400 | 401, error: string, description: string) => c.json({ error, error_description: description }, status);

  app.post('/auth/o2/token', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const grantType = field('grant_type');
    const code = field('code');
    const refreshToken = field('refresh_token');

    const fault = state.tokenFaults.get(code);
    if (code && fault) return c.json({ error: fault >= 500 ? 'server_error' : 'invalid_request', error_description: 'injected fault' }, fault as 400);
    const sellerId = grantType === 'refresh_token' ? state.refreshTokens.get(refreshToken)?.sellerId : state.codes.get(code)?.sellerId;
    c.set('sellerId', sellerId);
    const injected = await injectedFault(state, c.req.path, sellerId, 'lwa');
    if (injected) return injected;

    const registered = options.app(c);
    if (field('client_id') !== registered.clientId || field('client_secret') !== registered.clientSecret) {
      return oauthError(c, 401, 'invalid_client', 'Client authentication failed');
    }
    if (grantType === 'authorization_code') {
      const grant = state.redeemCode(code, registered.applicationId, field('redirect_uri'));
      if (!grant) return oauthError(c, 400, 'invalid_grant', 'The authorization code is invalid or expired');
      const refresh = state.issueRefreshToken(grant.sellerId, registered.clientId);
      return c.json({ access_token: state.issueAccessToken(grant.sellerId, refresh), refresh_token: refresh, token_type: 'bearer', expires_in: ACCESS_TOKEN_TTL_S });
    }
    if (grantType === 'refresh_token') {
      const grant = state.refreshTokens.get(refreshToken);
      if (!grant || grant.revoked || grant.clientId !== registered.clientId) return oauthError(c, 400, 'invalid_grant', 'The request has an invalid grant parameter : refresh_token');
      return c.json({ access_token: state.issueAccessToken(grant.sellerId, refreshToken), token_type: 'bearer', expires_in: ACCESS_TOKEN_TTL_S });
    }
    return oauthError(c, 400, 'unsupported_grant_type', 'Only authorization_code and refresh_token are supported');
  });

  return app;
}
