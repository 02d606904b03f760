import { describe, expect, it } from 'vitest';
import { ALERT_TYPES, SWITCH_IDS, alertSwitches, alertTypes, alertUi, detailLabels } from '../../content/alerts';
import { fill, LANGS } from '../../content/i18n';
import type { AlertDetails } from '../../src/model/alert';
import { parsePostback } from '../../src/render/postback';
import { alertCardMessage, alertHistoryMessage, detailRows, SELLER_CENTRAL_URL } from '../../src/render/alert-card';
import { alertSettingsMessage, languageChoiceMessage, switchChangedMessage } from '../../src/render/alert-settings';
import { messageViolations } from '../../src/line/message-guard';
import type { AlertRecord } from '../../src/store/alerts';
import { defaultSettings } from '../../src/sellers/settings';
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
        { label: '金額', value: '¥1,234,567' },
        { label: '対応期限', value: '2026年1月31日' },
      ]),
    );
    expect(detailRows({ amount: 99.5, currency: 'USD', deadline: '2026-02-01T14:59:00Z' }, 'en')).toEqual([
      { label: 'Amount', value: 'US$99.50' },
      { label: 'Respond by', value: '2026-02-01 23:59 JST' },
    ]);
    expect(visibleText(alertCardMessage({ type: 'account-suspended', createdAt }, 'ja'))).toContain('2026年1月5日 12:04');
  });

  it('formats money per currency: the yen without decimals, a dollar with its country', () => {
    const amount = (value: number, currency: string | undefined, lang: 'ja' | 'en') =>
      detailRows({ amount: value, ...(currency ? { currency } : {}) }, lang).find((r) => r.label === detailLabels.amount[lang])?.value;
    for (const lang of LANGS) {
      expect(amount(1500, 'JPY', lang)).toBe('¥1,500');
      expect(amount(1500, undefined, lang)).toBe('¥1,500');
      expect(amount(1500.4, 'JPY', lang)).toBe('¥1,500');
      expect(amount(1500.5, 'USD', lang)).toBe('US$1,500.50');
      expect(amount(12.3, 'EUR', lang)).toBe('€12.30');
    }
  });

  it('names marketplaces in the card language, whether given by id or country code', () => {
    const shown = (marketplace: string, lang: 'ja' | 'en') => detailRows({ marketplace }, lang)[0]?.value;
    expect(shown('A1VC38T7YXB528', 'ja')).toBe('日本');
    expect(shown('A1VC38T7YXB528', 'en')).toBe('Japan');
    expect(shown('JP', 'ja')).toBe('日本');
    expect(shown('jp', 'en')).toBe('Japan');
    expect(shown('ATVPDKIKX0DER', 'ja')).toBe('アメリカ');
    expect(shown('GB', 'en')).toBe('United Kingdom');
    expect(shown('A1PA6795UKMFR9', 'en')).toBe('Germany');
    // Anything else is shown as it came.
    expect(shown('Amazon.co.jp', 'ja')).toBe('Amazon.co.jp');
    const card = visibleText(alertCardMessage({ type: 'listing-suspended', createdAt, details: { marketplace: 'A1VC38T7YXB528' } }, 'en'));
    expect(card).toContain('Japan');
    expect(card).not.toContain('A1VC38T7YXB528');
  });

  it('puts each detail label above its value, so a long label never shares (and breaks) a line', () => {
    const message = alertCardMessage({ type: 'disbursement-failed', createdAt, details: everyDetail }, 'ja');
    const rowsOfLabelAndValue = JSON.stringify(message).match(/"layout":"baseline","spacing":"sm","contents":\[\{"type":"text","text":"マーケットプレイス"/g);
    expect(rowsOfLabelAndValue).toBeNull();
    expect(visibleText(message)).toContain('マーケットプレイス');
  });

  it('says why an alert was not delivered, and never calls it received', () => {
    for (const lang of LANGS) {
      for (const [status, reason, expected] of [
        ['skipped', 'switched-off', alertUi.notSentReason['switched-off'][lang]],
        ['skipped', 'not-linked', alertUi.notSentReason['not-linked'][lang]],
        ['skipped', 'blocked', alertUi.notSentReason.blocked[lang]],
        ['skipped', undefined, alertUi.notSentReason.unknown[lang]],
        ['failed', 'LINE said 400', alertUi.notSentReason.failed[lang]],
      ] as const) {
        const shown = visibleText(alertCardMessage({ type: 'account-suspended', createdAt, status, ...(reason ? { reason } : {}) }, lang));
        expect(shown, `${status} ${reason}`).toContain(expected);
        expect(shown).toContain(alertUi.raisedAt[lang]);
        expect(shown).not.toMatch(/受信|Received/);
        // LINE's own words stay in the ops log, not in the seller's chat.
        expect(shown).not.toContain('LINE said 400');
      }
      const delivered = visibleText(alertCardMessage({ type: 'account-suspended', createdAt, status: 'delivered' }, lang));
      for (const reason of Object.values(alertUi.notSentReason)) expect(delivered).not.toContain(reason[lang]);
      // At push time the record is still queued: no "not sent" on the card the seller receives.
      const pushed = visibleText(alertCardMessage({ type: 'account-suspended', createdAt, status: 'queued' }, lang));
      for (const reason of Object.values(alertUi.notSentReason)) expect(pushed).not.toContain(reason[lang]);
    }
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

    it(`(${lang}) says for each alert that was not delivered why not`, () => {
      const alerts: AlertRecord[] = [
        { ...record(0), status: 'skipped', reason: 'switched-off' },
        { ...record(1), status: 'skipped', reason: 'blocked' },
        { ...record(2), status: 'failed', reason: 'invalid reply token' },
        { ...record(3), status: 'delivered' },
      ];
      const bubbles = (alertHistoryMessage(alerts, lang).contents as { contents: unknown[] }).contents.map((b) => visibleText(b));
      expect(bubbles[0]).toContain(alertUi.notSentReason['switched-off'][lang]);
      expect(bubbles[1]).toContain(alertUi.notSentReason.blocked[lang]);
      expect(bubbles[2]).toContain(alertUi.notSentReason.failed[lang]);
      for (const reason of Object.values(alertUi.notSentReason)) expect(bubbles[3]).not.toContain(reason[lang]);
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

    it(`(${lang}) marks the language in use, on its button and in words`, () => {
      for (const current of LANGS) {
        const message = languageChoiceMessage(lang, current);
        expect(messageViolations([message])).toEqual([]);
        const buttons = actionsIn(message).filter((a) => a.data?.startsWith('v=1&a=lang'));
        const marked = buttons.filter((a) => a.label.startsWith('✓'));
        expect(new Set(marked.map((a) => a.data))).toEqual(new Set([`v=1&a=lang&l=${current}`]));
        expect(visibleText(message)).toContain(fill(alertUi.currentLanguage[lang], { language: alertUi.languageName[current] }));
        // Whatever the label, the chat shows the plain name of the language chosen.
        for (const b of buttons) expect(Object.values(alertUi.languageName)).toContain(b.displayText);
      }
      // Without a second argument the chat's language is the current one.
      expect(actionsIn(languageChoiceMessage(lang)).find((a) => a.label.startsWith('✓'))?.data).toBe(`v=1&a=lang&l=${lang}`);
    });

    it(`(${lang}) answers one toggle with that switch only, its new state and a tap back`, () => {
      for (const id of SWITCH_IDS) {
        for (const on of [true, false]) {
          const message = switchChangedMessage(id, on, lang);
          expect(messageViolations([message])).toEqual([]);
          const shown = visibleText(message);
          expect(shown).toContain(fill((on ? alertUi.switchedOn : alertUi.switchedOff)[lang], { label: alertSwitches[id].label[lang] }));
          expect(shown).toContain(on ? alertUi.on[lang] : alertUi.off[lang]);
          for (const other of SWITCH_IDS) if (other !== id) expect(shown).not.toContain(alertSwitches[other].description[lang]);
          const data = actionsIn(message).map((a) => a.data);
          expect(data).toContain(`v=1&a=set&k=${id}&on=${on ? 0 : 1}`);
          expect(data).toContain('v=1&a=intent&id=settings.open');
          expect(data.filter((d) => d?.startsWith('v=1&a=set'))).toHaveLength(1);
        }
      }
      expect(JSON.stringify(switchChangedMessage('bank-account', false, lang).contents).length).toBeLessThan(JSON.stringify(alertSettingsMessage(defaultSettings(), lang).contents).length / 3);
    });
  }
});

/** Every action in a message (buttons and quick replies). */
function actionsIn(message: unknown): { label: string; data?: string; displayText?: string }[] {
  const out: { label: string; data?: string; displayText?: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'action' || n.type === 'button') walk(n.action);
      else if (typeof n.label === 'string' && (n.type === 'postback' || n.type === 'uri')) out.push(n as { label: string; data?: string; displayText?: string });
      else Object.values(n).forEach(walk);
    }
  };
  walk(message);
  return out;
}
