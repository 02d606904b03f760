import { Hono } from 'hono';
import { toBase64Url, fromBase64Url } from '../../crypto/base64';
import { spApiErrors, type FakeEnv } from './fake-env';
import type { FakeAmazonState } from './state';

/**
 * Finances API v0, listFinancialEventGroups: the seller's groups that opened within
 * [FinancialEventGroupStartedAfter, FinancialEventGroupStartedBefore), newest first, paged
 * by MaxResultsPerPage (1–100) with an opaque NextToken that only works for the same seller
 * and the same filter. StartedAfter must be more than two minutes in the past, as at Amazon.
 */

interface PageToken {
  sellerId: string;
  after: string;
  before: string;
  offset: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encodeToken = (token: PageToken) => toBase64Url(encoder.encode(JSON.stringify(token)));
const decodeToken = (text: string): PageToken | null => {
  try {
    const bytes = fromBase64Url(text);
    return bytes ? (JSON.parse(decoder.decode(bytes)) as PageToken) : null;
  } catch {
    return null;
  }
};

export function fakeFinances(state: FakeAmazonState) {
  const app = new Hono<FakeEnv>();

  app.get('/finances/v0/financialEventGroups', (c) => {
    const sellerId = c.get('sellerId')!;
    const size = Number(c.req.query('MaxResultsPerPage') ?? 10);
    if (!Number.isInteger(size) || size < 1 || size > 100) return c.json(spApiErrors('InvalidInput', 'MaxResultsPerPage must be 1-100'), 400);
    const after = c.req.query('FinancialEventGroupStartedAfter') ?? '';
    const before = c.req.query('FinancialEventGroupStartedBefore') ?? '';
    const afterMs = after ? Date.parse(after) : state.now() - 90 * 86_400_000;
    const beforeMs = before ? Date.parse(before) : state.now() - 2 * 60_000;
    if (Number.isNaN(afterMs) || Number.isNaN(beforeMs)) return c.json(spApiErrors('InvalidInput', 'Dates must be ISO 8601'), 400);
    if (afterMs > state.now() - 2 * 60_000) return c.json(spApiErrors('InvalidInput', 'FinancialEventGroupStartedAfter must be more than two minutes before the request'), 400);
    let offset = 0;
    const nextToken = c.req.query('NextToken');
    if (nextToken) {
      const token = decodeToken(nextToken);
      if (!token || token.sellerId !== sellerId || token.after !== after || token.before !== before) return c.json(spApiErrors('InvalidInput', 'Invalid NextToken'), 400);
      offset = token.offset;
    }
    const groups = state
      .seller(sellerId)
      .financialEventGroups.filter((g) => {
        const start = Date.parse(g.FinancialEventGroupStart);
        return start >= afterMs && start < beforeMs && beforeMs - afterMs <= 180 * 86_400_000;
      })
      .sort((a, b) => Date.parse(b.FinancialEventGroupStart) - Date.parse(a.FinancialEventGroupStart));
    const page = groups.slice(offset, offset + size);
    const more = offset + size < groups.length;
    return c.json({
      payload: {
        FinancialEventGroupList: page,
        ...(more ? { NextToken: encodeToken({ sellerId, after, before, offset: offset + size }) } : {}),
      },
    });
  });

  return app;
}
