import * as z from '../model/zod';
import type { SpApiClient } from './sp-api-client';

/**
 * Finances API v0: listFinancialEventGroups (the settlement periods and their payouts).
 *
 * Contract: `listFinancialEventGroups(client, {startedAfter})` returns every group that opened
 * at or after `startedAfter` (Amazon wants it more than two minutes in the past and at most 180
 * days before `startedBefore`), following NextToken for at most `maxPages` pages of 100, so a
 * run can never page forever. Fields are read as Amazon's schema types them, all optional.
 */

const currencySchema = z.looseObject({ CurrencyCode: z.optional(z.string()), CurrencyAmount: z.optional(z.number()) });

export const financialEventGroupSchema = z.looseObject({
  FinancialEventGroupId: z.optional(z.string()),
  ProcessingStatus: z.optional(z.string()),
  FundTransferStatus: z.optional(z.string()),
  OriginalTotal: z.optional(currencySchema),
  ConvertedTotal: z.optional(currencySchema),
  FundTransferDate: z.optional(z.string()),
  TraceId: z.optional(z.string()),
  AccountTail: z.optional(z.string()),
  BeginningBalance: z.optional(currencySchema),
  FinancialEventGroupStart: z.optional(z.string()),
  FinancialEventGroupEnd: z.optional(z.string()),
});
export type FinancialEventGroup = z.infer<typeof financialEventGroupSchema>;

const listResponseSchema = z.object({
  payload: z.optional(
    z.looseObject({
      NextToken: z.optional(z.string()),
      FinancialEventGroupList: z.optional(z.array(financialEventGroupSchema)),
    }),
  ),
});

export async function listFinancialEventGroups(
  client: SpApiClient,
  options: { startedAfter: Date; startedBefore?: Date; maxPages?: number },
): Promise<FinancialEventGroup[]> {
  const groups: FinancialEventGroup[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < (options.maxPages ?? 10); page++) {
    const body = await client.request(
      'finances.listFinancialEventGroups',
      {
        method: 'GET',
        path: '/finances/v0/financialEventGroups',
        query: {
          MaxResultsPerPage: 100,
          FinancialEventGroupStartedAfter: options.startedAfter.toISOString(),
          FinancialEventGroupStartedBefore: options.startedBefore?.toISOString(),
          NextToken: nextToken,
        },
      },
      listResponseSchema,
    );
    groups.push(...(body.payload?.FinancialEventGroupList ?? []));
    nextToken = body.payload?.NextToken || undefined;
    if (!nextToken) break;
  }
  return groups;
}
