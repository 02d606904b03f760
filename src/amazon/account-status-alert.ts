import type { AlertInput } from '../model/alert';
import type { AccountStatus } from './notifications';
import type { AmazonSellerState } from './seller-state';

/**
 * One rule for the account status, whichever source saw it (an ACCOUNT_STATUS_CHANGED
 * notification, or the performance report as a backstop): AT_RISK → account-at-risk,
 * DEACTIVATED → account-suspended, each only if it is not the status we last alerted for;
 * NORMAL sends nothing and clears the memory, so a later relapse alerts again.
 *
 * Contract: pure; returns the alert (or null) and the seller's next state.
 */
export function accountStatusAlert(
  sellerId: string,
  status: AccountStatus,
  state: AmazonSellerState,
  idempotencyKey: string,
): { alert: AlertInput | null; state: AmazonSellerState } {
  if (status === 'NORMAL') return { alert: null, state: { ...state, account: { alerted: null } } };
  if (state.account?.alerted === status) return { alert: null, state };
  return {
    alert: { sellerId, type: status === 'AT_RISK' ? 'account-at-risk' : 'account-suspended', idempotencyKey },
    state: { ...state, account: { alerted: status } },
  };
}
