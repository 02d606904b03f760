import * as z from './zod';
import { SWITCH_IDS, type SwitchId } from '../../content/alerts';
import { DEFAULT_LANG } from '../../content/i18n';
import { langSchema } from './lang';
import { objectErrors } from './object-errors';

const SWITCHES = SWITCH_IDS.join(', ');
const switchShape = Object.fromEntries(SWITCH_IDS.map((id) => [id, z.boolean({ error: 'must be true or false' })])) as Record<SwitchId, z.ZodMiniBoolean>;

/** The six switches, each ON (true) or OFF. */
export const switchesSchema = z.strictObject(switchShape, { error: objectErrors(`must be an object of ${SWITCHES} → true/false`, `is not a switch; use ${SWITCHES}`) });

/** A seller's alert settings: the notification language and the six switches (all ON until changed). */
export const sellerSettingsSchema = z.object({
  language: langSchema,
  switches: switchesSchema,
  updatedAt: z.optional(z.number()),
});
export type SellerSettings = z.infer<typeof sellerSettingsSchema>;

/** What `GET|PUT /api/sellers/:sellerId/settings` answer. */
export const settingsViewSchema = z.object({ sellerId: z.string(), language: langSchema, switches: switchesSchema });

/** The largest settings change is far smaller. */
export const MAX_SETTINGS_BYTES = 4096;

/** A change to the settings: what it leaves out keeps its value. */
export const settingsChangeSchema = z
  .strictObject(
    { language: z.optional(langSchema), switches: z.optional(z.partial(switchesSchema)) },
    { error: objectErrors('must be an object with language and/or switches', 'is not a known field; use language, switches') },
  )
  .check(
    z.refine((change) => change.language !== undefined || change.switches !== undefined, 'send language and/or switches'),
    z.meta({ minProperties: 1 }),
  );
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

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
