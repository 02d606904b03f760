import { sellerAccount } from './links';
import type { SellerSettings, SettingsChange } from '../model/settings';
import type { SellerAccountApi } from './seller-account-api';

export { defaultSettings, type SellerSettings, type SettingsChange } from '../model/settings';

/**
 * A seller's alert settings. They live in the seller's own object, so the chat and the ops
 * API change them one at a time and never lose each other's change.
 */
interface SettingsEnv {
  SELLERS: DurableObjectNamespace<SellerAccountApi>;
}

export const getSettings = (env: SettingsEnv, sellerId: string): Promise<SellerSettings> => sellerAccount(env, sellerId).settings();

/** Applies a partial change; what it leaves out keeps its value. */
export async function updateSettings(env: SettingsEnv, sellerId: string, change: SettingsChange, now = Date.now()): Promise<SellerSettings> {
  return (await sellerAccount(env, sellerId).updateSettings(change, now))!;
}

/** A change from the chat: made only if this user owns the seller account; null otherwise. */
export const updateSettingsAsOwner = (env: SettingsEnv, sellerId: string, userId: string, change: SettingsChange, now = Date.now()): Promise<SellerSettings | null> =>
  sellerAccount(env, sellerId).updateSettings(change, now, userId);
