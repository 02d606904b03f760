export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

/** One piece of content in every language; the compiler refuses a missing one. */
export type Localized<T = string> = { readonly ja: T; readonly en: T };

export const isLang = (value: unknown): value is Lang => value === 'ja' || value === 'en';

/** LINE profiles report BCP 47 tags such as "ja" or "en-US"; anything not Japanese gets English. */
export const langFromLineLanguage = (language: string | undefined): Lang =>
  language === undefined || language.toLowerCase().startsWith('ja') ? 'ja' : 'en';

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
