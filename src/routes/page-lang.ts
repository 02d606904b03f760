import type { Context, MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../../content/i18n';

/**
 * Finds the language of a web page: `?lang=` wins, then Accept-Language by its q values
 * (`en-US` counts as English), then Japanese. Nothing is remembered in a cookie.
 */
export const pageLanguage: MiddlewareHandler = languageDetector({
  order: ['querystring', 'header'],
  lookupQueryString: 'lang',
  supportedLanguages: [...LANGS],
  fallbackLanguage: DEFAULT_LANG,
  caches: false,
});

/** The language pageLanguage found; a form that carries its own `lang` field keeps it. */
export function pageLang(c: Context, chosen?: string): Lang {
  if (isLang(chosen)) return chosen;
  const detected: unknown = c.get('language');
  return isLang(detected) ? detected : DEFAULT_LANG;
}
