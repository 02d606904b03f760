import * as z from './zod';
import { LANGS } from '../../content/i18n';

/** The language a seller reads the bot in. */
export const langSchema = z.enum(LANGS, { error: 'must be "ja" or "en"' });
