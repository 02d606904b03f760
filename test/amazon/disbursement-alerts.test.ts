import { describe, expect, it } from 'vitest';
import { disbursementAlerts } from '../../src/amazon/disbursement-alerts';
import type { FinancialEventGroup } from '../../src/amazon/finances';
import { alertBatchSchema } from '../../src/model/alert';

const SELLER = 'A1SELLER0001';
const group = (overrides: Partial<FinancialEventGroup>): FinancialEventGroup => ({
  FinancialEventGroupId: 'FEG-1',
  ProcessingStatus: 'Closed',
  FundTransferStatus: 'Succeeded',
  OriginalTotal: { CurrencyCode: 'JPY', CurrencyAmount: 120000 },
  FinancialEventGroupStart: '2026-02-01T00:00:00Z',
  ...overrides,
});

describe('disbursementAlerts', () => {
  it('a group whose fund transfer failed → disbursement-failed with amount and currency, keyed by the group', () => {
    const alerts = disbursementAlerts(SELLER, [group({}), group({ FinancialEventGroupId: 'FEG-2', FundTransferStatus: 'Failed', OriginalTotal: { CurrencyCode: 'JPY', CurrencyAmount: 98765.5 } })]);
    expect(alerts).toEqual([{ sellerId: SELLER, type: 'disbursement-failed', details: { amount: 98765.5, currency: 'JPY' }, idempotencyKey: 'spapi-disbursement:FEG-2' }]);
    expect(alertBatchSchema.safeParse({ alerts }).success).toBe(true);
  });

  it('the same group seen again makes the same alert (so the intake keeps one)', () => {
    const failed = group({ FundTransferStatus: 'FAILED' });
    expect(disbursementAlerts(SELLER, [failed])).toEqual(disbursementAlerts(SELLER, [failed]));
  });

  it('an amount Amazon gives as a charge (negative) is shown as its size; an odd currency is left out', () => {
    const [alert] = disbursementAlerts(SELLER, [group({ FundTransferStatus: 'Failed', OriginalTotal: { CurrencyCode: 'yen', CurrencyAmount: -500 } })]);
    expect(alert!.details).toEqual({ amount: 500 });
    const [bare] = disbursementAlerts(SELLER, [group({ FundTransferStatus: 'Failed', OriginalTotal: undefined })]);
    expect(bare).toEqual({ sellerId: SELLER, type: 'disbursement-failed', idempotencyKey: 'spapi-disbursement:FEG-1' });
  });

  it('ignores transfers in progress, succeeded or unknown, and a failed group without a usable id', () => {
    const groups = ['Succeeded', 'Processing', 'Initiated', 'Unknown', undefined].map((FundTransferStatus) => group({ FundTransferStatus }));
    expect(disbursementAlerts(SELLER, groups)).toEqual([]);
    expect(disbursementAlerts(SELLER, [group({ FundTransferStatus: 'Failed', FinancialEventGroupId: undefined }), group({ FundTransferStatus: 'Failed', FinancialEventGroupId: 'has space' })])).toEqual([]);
  });
});
