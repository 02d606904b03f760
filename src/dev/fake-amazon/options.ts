import type { Context } from 'hono';

/** What the fake Amazon must know about our one SP-API app (it differs between dev and tests). */
export interface FakeAmazonOptions {
  app: (c: Context) => { applicationId: string; clientId: string; clientSecret: string };
  /** The redirect URIs "registered" for the app; others are refused like Amazon would. */
  isRegisteredRedirect: (uri: string, c: Context) => boolean;
}
