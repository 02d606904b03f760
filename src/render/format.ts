import type { Lang } from '../../content/i18n';

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/**
 * The currency sign as sellers in Japan read it: one half-width yen sign in both languages
 * (ja-JP writes it full width), and a bare "$" qualified by its country (US$), since a
 * seller who also sells abroad sees several dollars.
 */
function currencySign(currency: string, sign: string): string {
  if (currency === 'JPY') return '¥';
  return sign === '$' ? `${currency.slice(0, 2)}$` : sign;
}

/** An amount in its currency with the language's grouping and the currency's decimals: ¥1,500, US$1,500.50. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency })
    .formatToParts(amount)
    .map((part) => (part.type === 'currency' ? currencySign(currency, part.value) : part.value))
    .join('');
}
