import { SWITCH_IDS, type SwitchId } from '../../content/alerts';
import { DEFAULT_LANG, type Lang } from '../../content/i18n';

/** A seller's alert settings: the notification language and the six switches (all ON until changed). */
export interface SellerSettings {
  language: Lang;
  switches: Record<SwitchId, boolean>;
  updatedAt?: number;
}

export type SettingsChange = Partial<Pick<SellerSettings, 'language'>> & { switches?: Partial<Record<SwitchId, boolean>> };

export const defaultSettings = (): SellerSettings => ({
  language: DEFAULT_LANG,
  switches: Object.fromEntries(SWITCH_IDS.map((id) => [id, true])) as Record<SwitchId, boolean>,
});

/** Stored settings over the defaults, so a switch added later starts ON for everyone. */
export const withDefaults = (stored: Partial<SellerSettings> | undefined): SellerSettings => {
  const defaults = defaultSettings();
  return {
    language: stored?.language ?? defaults.language,
    switches: { ...defaults.switches, ...stored?.switches },
    ...(stored?.updatedAt ? { updatedAt: stored.updatedAt } : {}),
  };
};

