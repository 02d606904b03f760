import { isLang } from '../../content/i18n';
import { isSwitchId, SWITCH_IDS } from '../../content/alerts';
import type { SettingsChange } from '../model/settings';
import type { FieldError } from './details';
import { isPlainObject } from '../is-plain-object';


/** `{language?, switches?: {<switch id>: boolean}}`, strictly: unknown keys and wrong types are named. */
export function validateSettingsChange(body: unknown): { ok: true; change: SettingsChange } | { ok: false; errors: FieldError[] } {
  if (!isPlainObject(body)) return { ok: false, errors: [{ field: 'body', message: 'must be an object with language and/or switches' }] };
  const errors: FieldError[] = [];
  const change: SettingsChange = {};
  for (const key of Object.keys(body)) {
    if (key !== 'language' && key !== 'switches') errors.push({ field: key, message: 'is not a known field; use language, switches' });
  }
  if (!('language' in body) && !('switches' in body)) errors.push({ field: 'body', message: 'send language and/or switches' });
  if ('language' in body) {
    if (isLang(body.language)) change.language = body.language;
    else errors.push({ field: 'language', message: 'must be "ja" or "en"' });
  }
  if ('switches' in body) {
    const switches = body.switches;
    if (!isPlainObject(switches)) errors.push({ field: 'switches', message: `must be an object of ${SWITCH_IDS.join(', ')} → true/false` });
    else {
      change.switches = {};
      for (const [id, on] of Object.entries(switches)) {
        if (!isSwitchId(id)) errors.push({ field: `switches.${id}`, message: `is not a switch; use ${SWITCH_IDS.join(', ')}` });
        else if (typeof on !== 'boolean') errors.push({ field: `switches.${id}`, message: 'must be true or false' });
        else change.switches[id] = on;
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, change };
}
