import { DEFAULT_LANG, type Lang } from '../../content/i18n';
import { SWITCH_IDS, type SwitchId } from '../../content/alerts';
import type { Env } from '../env';

/**
 * A seller's alert settings, `settings:<sellerId>` in KV. The chat and the ops API read
 * and write this same record, so a change made in one shows in the other.
 */
export interface SellerSettings {
  language: Lang;
  switches: Record<SwitchId, boolean>;
  updatedAt?: number;
}

export type SettingsChange = Partial<Pick<SellerSettings, 'language'>> & { switches?: Partial<Record<SwitchId, boolean>> };

const key = (sellerId: string) => `settings:${sellerId}`;

export const defaultSettings = (): SellerSettings => ({
  language: DEFAULT_LANG,
  switches: Object.fromEntries(SWITCH_IDS.map((id) => [id, true])) as Record<SwitchId, boolean>,
});

/** Stored settings over the defaults, so a switch added later starts ON for everyone. */
export async function getSettings(env: Pick<Env, 'KV'>, sellerId: string): Promise<SellerSettings> {
  const stored = await env.KV.get<Partial<SellerSettings>>(key(sellerId), 'json');
  const defaults = defaultSettings();
  if (!stored) return defaults;
  return {
    language: stored.language ?? defaults.language,
    switches: { ...defaults.switches, ...stored.switches },
    ...(stored.updatedAt ? { updatedAt: stored.updatedAt } : {}),
  };
}

/** Applies a partial change; what it leaves out keeps its value. */
export async function updateSettings(env: Pick<Env, 'KV'>, sellerId: string, change: SettingsChange, now = Date.now()): Promise<SellerSettings> {
  const current = await getSettings(env, sellerId);
  const next: SellerSettings = {
    language: change.language ?? current.language,
    switches: { ...current.switches, ...change.switches },
    updatedAt: now,
  };
  await env.KV.put(key(sellerId), JSON.stringify(next));
  return next;
}
