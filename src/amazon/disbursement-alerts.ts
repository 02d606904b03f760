import type { AlertInput } from '../model/alert';
import { amazonDetails, idempotencyKey } from './alert-details';
import type { FinancialEventGroup } from './finances';

/**
 * Financial event groups → disbursement-failed alerts. No SP-API notification announces a
 * failed payout, so the Finances API is polled and this picks out the groups whose fund
 * transfer failed.
 *
 * Contract: pure and stateless. One alert per group whose FundTransferStatus says it failed
 * (case-insensitive "Failed"), with the group's amount (absolute) and currency when Amazon gives
 * them, keyed `spapi-disbursement:<FinancialEventGroupId>`: the intake makes it once per group
 * however often the same group is seen. A group without a usable id is skipped (no key, no
 * once-only guarantee).
 */

const USABLE_ID = /^[\x21-\x7e]{1,100}$/;

export const isFailedTransfer = (group: FinancialEventGroup): boolean => /^failed$/i.test(group.FundTransferStatus?.trim() ?? '');

export function disbursementAlerts(sellerId: string, groups: readonly FinancialEventGroup[]): AlertInput[] {
  return groups
    .filter((group) => isFailedTransfer(group) && USABLE_ID.test(group.FinancialEventGroupId ?? ''))
    .map((group) => {
      const amount = group.OriginalTotal?.CurrencyAmount;
      const details = amazonDetails({
        amount: amount === undefined ? undefined : Math.abs(amount),
        currency: group.OriginalTotal?.CurrencyCode,
      });
      return { sellerId, type: 'disbursement-failed' as const, ...(details ? { details } : {}), idempotencyKey: idempotencyKey('spapi-disbursement', group.FinancialEventGroupId!) };
    });
}
