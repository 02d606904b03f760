import type { Lang, Localized } from './i18n';

/**
 * Amazon's marketplaces as SP-API names them (developer-docs.amazon.com/sp-api/docs/marketplace-ids),
 * by selling region, with the name a seller reads. Alerts may name a marketplace by its id
 * (A1VC38T7YXB528) or its country code (JP); the card shows 日本 / Japan instead.
 */
export type SellingRegion = 'FE' | 'NA' | 'EU';

export interface Marketplace {
  id: string;
  /** The country code Amazon uses (UK, not GB). */
  country: string;
  region: SellingRegion;
  name: Localized;
}

export const MARKETPLACES: readonly Marketplace[] = [
  { id: 'A1VC38T7YXB528', country: 'JP', region: 'FE', name: { ja: '日本', en: 'Japan' } },
  { id: 'A39IBJ37TRP1C6', country: 'AU', region: 'FE', name: { ja: 'オーストラリア', en: 'Australia' } },
  { id: 'A19VAU5U5O7RUS', country: 'SG', region: 'FE', name: { ja: 'シンガポール', en: 'Singapore' } },
  { id: 'ATVPDKIKX0DER', country: 'US', region: 'NA', name: { ja: 'アメリカ', en: 'United States' } },
  { id: 'A2EUQ1WTGCTBG2', country: 'CA', region: 'NA', name: { ja: 'カナダ', en: 'Canada' } },
  { id: 'A1AM78C64UM0Y8', country: 'MX', region: 'NA', name: { ja: 'メキシコ', en: 'Mexico' } },
  { id: 'A2Q3Y263D00KWC', country: 'BR', region: 'NA', name: { ja: 'ブラジル', en: 'Brazil' } },
  { id: 'A28R8C7NBKEWEA', country: 'IE', region: 'EU', name: { ja: 'アイルランド', en: 'Ireland' } },
  { id: 'A1RKKUPIHCS9HS', country: 'ES', region: 'EU', name: { ja: 'スペイン', en: 'Spain' } },
  { id: 'A1F83G8C2ARO7P', country: 'UK', region: 'EU', name: { ja: 'イギリス', en: 'United Kingdom' } },
  { id: 'A13V1IB3VIYZZH', country: 'FR', region: 'EU', name: { ja: 'フランス', en: 'France' } },
  { id: 'AMEN7PMS3EDWL', country: 'BE', region: 'EU', name: { ja: 'ベルギー', en: 'Belgium' } },
  { id: 'A1805IZSGTT6HS', country: 'NL', region: 'EU', name: { ja: 'オランダ', en: 'Netherlands' } },
  { id: 'A1PA6795UKMFR9', country: 'DE', region: 'EU', name: { ja: 'ドイツ', en: 'Germany' } },
  { id: 'APJ6JRA9NG5V4', country: 'IT', region: 'EU', name: { ja: 'イタリア', en: 'Italy' } },
  { id: 'A2NODRKZP88ZB9', country: 'SE', region: 'EU', name: { ja: 'スウェーデン', en: 'Sweden' } },
  { id: 'AE08WJ6YKNBMC', country: 'ZA', region: 'EU', name: { ja: '南アフリカ', en: 'South Africa' } },
  { id: 'A1C3SOZRARQ6R3', country: 'PL', region: 'EU', name: { ja: 'ポーランド', en: 'Poland' } },
  { id: 'ARBP9OOSHTCHU', country: 'EG', region: 'EU', name: { ja: 'エジプト', en: 'Egypt' } },
  { id: 'A33AVAJ2PDY3EV', country: 'TR', region: 'EU', name: { ja: 'トルコ', en: 'Türkiye' } },
  { id: 'A17E79C6D8DWNP', country: 'SA', region: 'EU', name: { ja: 'サウジアラビア', en: 'Saudi Arabia' } },
  { id: 'A2VIGQ35RCS4UG', country: 'AE', region: 'EU', name: { ja: 'アラブ首長国連邦', en: 'United Arab Emirates' } },
  { id: 'A21TJRUUN4KGV', country: 'IN', region: 'EU', name: { ja: 'インド', en: 'India' } },
];

/** Codes people write for a country that Amazon spells differently. */
const COUNTRY_ALIASES: Record<string, string> = { GB: 'UK' };

/** A marketplace named by its id or country code, in any case; undefined for anything else. */
export function findMarketplace(value: string): Marketplace | undefined {
  const key = value.trim().toUpperCase();
  const country = COUNTRY_ALIASES[key] ?? key;
  return MARKETPLACES.find((m) => m.id === key || m.country === country);
}

/** The marketplace's name in the language, or the value as given when it names none we know. */
export const marketplaceName = (value: string, lang: Lang): string => findMarketplace(value)?.name[lang] ?? value;
