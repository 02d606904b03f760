import { describe, expect, it } from 'vitest';
import { ALERT_TYPES, SWITCH_IDS, alertSwitches, alertTypes, alertUi } from '../../content/alerts';
import { LANGS } from '../../content/i18n';
import type { AlertDetails } from '../../src/alerts/details';
import { parsePostback } from '../../src/bot/postback';
import { alertCardMessage, alertHistoryMessage, detailRows, SELLER_CENTRAL_URL } from '../../src/render/alert-card';
import { alertSettingsMessage, languageChoiceMessage } from '../../src/render/alert-settings';
import { messageViolations } from '../../src/render/message-guard';
import type { AlertRecord } from '../../src/store/alerts';
import { defaultSettings } from '../../src/store/settings';
import { visibleText } from '../support/fake-line';

const everyDetail: AlertDetails = {
  marketplace: 'Amazon.co.jp',
  category: 'ホーム＆キッチン',
  asin: 'B0ABCDEF12',
  sku: 'SKU-0001-長い名前の商品'.padEnd(40, 'x'),
  metricValue: 12.5,
  threshold: 4,
  amount: 1234567,
  currency: 'JPY',
  deadline: '2026-01-31',
};

const createdAt = '2026-01-05T03:04:00.000Z'; // 12:04 in Japan

describe('the alert card', () => {
  for (const type of ALERT_TYPES) {
    for (const lang of LANGS) {
      it(`${type} (${lang}) is valid and carries what happened, the action, Seller Central and the email reminder`, () => {
        for (const details of [undefined, everyDetail]) {
          const message = alertCardMessage({ type, createdAt, ...(details ? { details } : {}) }, lang);
          expect(messageViolations([message])).toEqual([]);
          const shown = visibleText(message);
          expect(shown).toContain(alertTypes[type].title[lang]);
          expect(shown).toContain(alertTypes[type].happened[lang]);
          expect(shown).toContain(alertTypes[type].action[lang]);
          expect(shown).toContain(alertUi.emailReminder[lang]);
          expect(shown).toContain(alertUi.sellerCentralButton[lang]);
          expect(JSON.stringify(message)).toContain(`"uri":"${SELLER_CENTRAL_URL}"`);
        }
      });
    }
  }

  it('uses the official Japanese titles word for word', () => {
    expect(ALERT_TYPES.map((t) => alertTypes[t].title.ja)).toEqual([
      '銀行口座への送金に失敗しました',
      '出荷遅延率が要件を満たしていません',
      '追跡可能率が要件を下回っています',
      '出品用アカウントのパフォーマンス改善や出品継続のためにサポートチームがご連絡します',
      '出品用アカウントが停止されました',
      '出品用アカウントが停止される可能性があります',
      '出品商品が停止されました',
      '出品商品が停止される可能性があります',
    ]);
    expect(ALERT_TYPES.filter((t) => alertTypes[t].switchId === null)).toEqual(['late-shipment-rate', 'support-contact']);
    expect(new Set(ALERT_TYPES.map((t) => alertTypes[t].switchId).filter(Boolean))).toEqual(new Set(SWITCH_IDS));
  });

  it('shows details formatted for each language, times in JST', () => {
    expect(detailRows(everyDetail, 'ja')).toEqual(
      expect.arrayContaining([
        { label: '現在の値', value: '12.5%' },
        { label: '基準値', value: '4%' },
        { label: '金額', value: '1,234,567円' },
        { label: '対応期限', value: '2026年1月31日' },
      ]),
    );
    expect(detailRows({ amount: 99.5, currency: 'USD', deadline: '2026-02-01T14:59:00Z' }, 'en')).toEqual([
      { label: 'Amount', value: '99.5 USD' },
      { label: 'Respond by', value: '2026-02-01 23:59 JST' },
    ]);
    expect(visibleText(alertCardMessage({ type: 'account-suspended', createdAt }, 'ja'))).toContain('2026年1月5日 12:04');
  });
});

describe('the alert history carousel', () => {
  const record = (i: number): AlertRecord => ({
    id: `al_history${String(i).padStart(10, '0')}`,
    sellerId: 'A1SELLER',
    type: ALERT_TYPES[i % ALERT_TYPES.length]!,
    status: (['delivered', 'skipped', 'failed', 'queued'] as const)[i % 4]!,
    attempts: 1,
    createdAt,
    updatedAt: createdAt,
  });

  for (const lang of LANGS) {
    it(`(${lang}) is valid, keeps the order given and opens each alert by its id`, () => {
      const alerts = Array.from({ length: 12 }, (_, i) => record(i));
      const message = alertHistoryMessage(alerts, lang);
      expect(messageViolations([message])).toEqual([]);
      const carousel = message.contents as { contents: { footer: { contents: { action: { data: string } }[] } }[] };
      expect(carousel.contents).toHaveLength(10);
      expect(carousel.contents.map((b) => parsePostback(b.footer.contents[0]!.action.data))).toEqual(alerts.slice(0, 10).map((a) => ({ a: 'alert', id: a.id })));
      expect(visibleText(message)).toContain(alertUi.status.skipped[lang]);
    });
  }
});

describe('the settings card', () => {
  for (const lang of LANGS) {
    it(`(${lang}) shows the six switches with their state, a tap that sets the opposite, and the language`, () => {
      const settings = defaultSettings();
      settings.switches['tracking-rate'] = false;
      settings.language = 'en';
      const message = alertSettingsMessage(settings, lang);
      expect(messageViolations([message])).toEqual([]);
      const shown = visibleText(message);
      for (const id of SWITCH_IDS) expect(shown).toContain(alertSwitches[id].label[lang]);
      expect(shown).toContain('English');
      const json = JSON.stringify(message);
      expect(json).toContain('v=1&a=set&k=tracking-rate&on=1');
      expect(json).toContain('v=1&a=set&k=bank-account&on=0');
    });

    it(`(${lang}) offers 日本語 and English`, () => {
      const message = languageChoiceMessage(lang);
      expect(messageViolations([message])).toEqual([]);
      expect(JSON.stringify(message)).toContain('v=1&a=lang&l=ja');
      expect(JSON.stringify(message)).toContain('v=1&a=lang&l=en');
    });
  }
});
