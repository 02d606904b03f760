import { Hono } from 'hono';
import { spApiErrors, type FakeEnv } from './fake-env';
import type { FakeAmazonState } from './state';

/**
 * Listings Items API 2021-08-01, searchListingsItems: seller-scoped, so a token answers only
 * for its own seller id (403 otherwise), which is what linking relies on to prove identity.
 */
export function fakeListings(state: FakeAmazonState) {
  const app = new Hono<FakeEnv>();

  app.get('/listings/2021-08-01/items/:sellerId', (c) => {
    if (c.req.param('sellerId') !== c.get('sellerId')) return c.json(spApiErrors('Unauthorized', 'Access to requested resource is denied.'), 403);
    const marketplaceIds = (c.req.query('marketplaceIds') ?? '').split(',').filter(Boolean);
    if (marketplaceIds.length === 0) return c.json(spApiErrors('InvalidInput', 'Missing required parameter: marketplaceIds'), 400);
    const pageSize = Number(c.req.query('pageSize') ?? 10);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 20) return c.json(spApiErrors('InvalidInput', 'pageSize must be 1-20'), 400);
    const listings = state.seller(c.req.param('sellerId')).listings;
    return c.json({
      numberOfResults: listings.length,
      items: listings.slice(0, pageSize).map((item) => ({
        sku: item.sku,
        summaries: marketplaceIds.map((marketplaceId) => ({ marketplaceId, asin: item.asin, status: item.status, productType: 'PRODUCT', itemName: item.sku, createdDate: '2024-01-01T00:00:00Z', lastUpdatedDate: '2024-01-01T00:00:00Z' })),
      })),
    });
  });

  return app;
}
