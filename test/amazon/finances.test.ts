import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { AccessTokenCache } from '../../src/amazon/access-tokens';
import { disbursementAlerts } from '../../src/amazon/disbursement-alerts';
import { listFinancialEventGroups } from '../../src/amazon/finances';
import { sellerSpApiClient } from '../../src/amazon/seller-client';
import { addFinancialEventGroup, amazonCallsFor, authorizeSeller, testLwaConfig } from '../support/fake-amazon';
import { newSellerId } from '../support/linking';

const DAY = 86_400_000;

async function clientFor(sellerId: string) {
  return sellerSpApiClient({ lwa: testLwaConfig(), spApiEndpoint: env.SPAPI_ENDPOINT!, timeoutMs: 2000 }, await authorizeSeller(sellerId), { tokens: new AccessTokenCache(testLwaConfig()) });
}

describe('listFinancialEventGroups', () => {
  it('finds a failed fund transfer among the seller’s groups → one disbursement-failed alert per group, however often polled', async () => {
    const seller = newSellerId();
    const failed = await addFinancialEventGroup(seller, { amount: 45678, currency: 'JPY', startedDaysAgo: 10 });
    const client = await clientFor(seller);
    const since = new Date(Date.now() - 30 * DAY);
    const groups = await listFinancialEventGroups(client, { startedAfter: since });
    expect(groups.map((g) => g.FundTransferStatus).sort()).toEqual(['Failed', 'Succeeded']);
    const first = disbursementAlerts(seller, groups);
    expect(first).toEqual([{ sellerId: seller, type: 'disbursement-failed', details: { amount: 45678, currency: 'JPY' }, idempotencyKey: `spapi-disbursement:${failed.FinancialEventGroupId}` }]);
    expect(disbursementAlerts(seller, await listFinancialEventGroups(client, { startedAfter: since }))).toEqual(first);
  });

  it('follows NextToken across pages, within its page limit', async () => {
    const seller = newSellerId();
    for (let i = 0; i < 150; i++) await addFinancialEventGroup(seller, { amount: i, FundTransferStatus: 'Succeeded', startedDaysAgo: 3 });
    const client = await clientFor(seller);
    const since = new Date(Date.now() - 30 * DAY);
    expect(await listFinancialEventGroups(client, { startedAfter: since })).toHaveLength(151);
    expect(await listFinancialEventGroups(client, { startedAfter: since, maxPages: 1 })).toHaveLength(100);
    const pages = (await amazonCallsFor(seller)).filter((call) => call.path === '/finances/v0/financialEventGroups');
    expect(pages.map((call) => call.status)).toEqual([200, 200, 200]);
  });

  it('is refused, like Amazon, a start less than two minutes ago or another seller’s NextToken', async () => {
    const seller = newSellerId();
    const client = await clientFor(seller);
    await expect(listFinancialEventGroups(client, { startedAfter: new Date() })).rejects.toMatchObject({ status: 400, code: 'InvalidInput' });
    await expect(
      client.request('finances', { method: 'GET', path: '/finances/v0/financialEventGroups', query: { NextToken: 'eyJzZWxsZXJJZCI6Im90aGVyIiwib2Zmc2V0IjoxMDB9' } }, (await import('zod')).z.unknown()),
    ).rejects.toMatchObject({ status: 400 });
  });
});
