import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { ALERT_TYPES, SWITCH_IDS } from '../../content/alerts';
import { OUTCOME_IDS, QUESTION_IDS } from '../../content/diagnosis';
import { LANGS, type Lang } from '../../content/i18n';
import { intentContents } from '../../content/intents';
import { isCommandIntent } from '../../src/conversation-content';
import { MARKETPLACES } from '../../content/marketplaces';
import { SMALL_TALK_INTENTS } from '../../content/small-talk';
import type { AlertDetails } from '../../src/model/alert';
import { parsePostback } from '../../src/render/postback';
import { alertCardMessage, alertHistoryMessage } from '../../src/render/alert-card';
import { alertSettingsMessage, languageChoiceMessage, switchChangedMessage } from '../../src/render/alert-settings';
import { answerCardMessage, cannotAnswerMessage, didYouMeanMessage, faqListMessage } from '../../src/render/answer-card';
import { exhaustedMessage, outcomeMessage, questionMessage, questionReminderMessage, questionsOverMessage, restartOfferMessage } from '../../src/render/diagnosis-cards';
import { greetingMessage } from '../../src/render/greeting';
import { helpMessage } from '../../src/render/help';
import { unlinkConfirmMessage } from '../../src/render/linking-cards';
import { menuQuickReply } from '../../src/render/menu';
import { messageViolations } from '../../src/line/message-guard';
import { smallTalkMessage } from '../../src/render/small-talk';
import type { AlertRecord, AlertStatus } from '../../src/store/alerts';
import { defaultSettings } from '../../src/sellers/settings';

const createdAt = '2026-01-05T03:04:00.000Z';
const longest: AlertDetails = {
  marketplace: 'A2VIGQ35RCS4UG',
  category: 'Drugstore, Beauty, Health Care, Baby and Maternity Supplies'.slice(0, 60),
  asin: 'B0ABCDEF12',
  sku: 'SKU-0001-'.padEnd(40, 'x'),
  metricValue: 99.99,
  threshold: 95,
  amount: 999_999_999_999.99,
  currency: 'USD',
  deadline: '2026-12-31T23:59:00+09:00',
};

/** Every message the render layer can produce, in one language, named for the report. */
function everyCard(lang: Lang): [string, messagingApi.Message][] {
  const cards: [string, messagingApi.Message][] = [];
  const add = (name: string, message: messagingApi.Message) => cards.push([`${name} (${lang})`, message]);
  for (const linked of [false, true]) {
    add(`faq list ${linked}`, faqListMessage({ lang, linked }));
    add(`help ${linked}`, helpMessage(lang, linked, menuQuickReply({ lang, linked })));
  }
  add('greeting', greetingMessage(lang, 'https://bot.test/link?linkToken=lt-x&lang=' + lang));
  add('greeting without a link token', greetingMessage(lang, null));
  const answers = intentContents.filter((c) => !isCommandIntent(c.id));
  for (const content of answers) add(`answer ${content.id}`, answerCardMessage(content, lang));
  for (let i = 0; i < intentContents.length; i += 3) add(`did you mean ${i}`, didYouMeanMessage(intentContents.slice(i, i + 3).map((c) => c.id), lang));
  add('cannot answer', cannotAnswerMessage(lang));
  for (const question of QUESTION_IDS) {
    for (const answered of [0, 6]) {
      add(`question ${question} ${answered}`, questionMessage({ lang, run: 'r1', question, answered, intro: ['intro'] }));
      add(`reminder ${question} ${answered}`, questionReminderMessage({ lang, run: 'r1', question, answered }, 'lead'));
    }
  }
  for (const outcome of OUTCOME_IDS) add(`outcome ${outcome}`, outcomeMessage({ lang, outcome }));
  add('exhausted', exhaustedMessage(lang));
  add('restart offer', restartOfferMessage(lang));
  add('questions over', questionsOverMessage(lang));
  const statuses: [AlertStatus, string | undefined][] = [['queued', undefined], ['delivered', undefined], ['skipped', 'switched-off'], ['skipped', 'blocked'], ['skipped', 'not-linked'], ['failed', 'x']];
  for (const type of ALERT_TYPES) {
    for (const [status, reason] of statuses) add(`alert ${type} ${status}`, alertCardMessage({ type, createdAt, details: longest, status, ...(reason ? { reason } : {}) }, lang));
  }
  for (const m of MARKETPLACES) add(`alert in ${m.country}`, alertCardMessage({ type: 'listing-suspended', createdAt, details: { marketplace: m.id } }, lang));
  const history: AlertRecord[] = ALERT_TYPES.flatMap((type, i) => {
    const [status, reason] = statuses[i % statuses.length]!;
    return [{ id: `al_all${String(i).padStart(10, '0')}`, sellerId: 'A1SELLER', type, status, ...(reason ? { reason } : {}), attempts: 1, createdAt, updatedAt: createdAt }];
  });
  add('history', alertHistoryMessage(history, lang, menuQuickReply({ lang, linked: true })));
  for (const on of [true, false]) {
    const settings = defaultSettings();
    for (const id of SWITCH_IDS) settings.switches[id] = on;
    add(`settings ${on}`, alertSettingsMessage(settings, lang, undefined, menuQuickReply({ lang, linked: true })));
    for (const id of SWITCH_IDS) add(`switched ${id} ${on}`, switchChangedMessage(id, on, lang, menuQuickReply({ lang, linked: true })));
  }
  for (const current of LANGS) add(`language ${current}`, languageChoiceMessage(lang, current));
  for (const intent of SMALL_TALK_INTENTS) add(`small talk ${intent}`, smallTalkMessage(intent, lang, menuQuickReply({ lang, linked: false })));
  add('unlink', unlinkConfirmMessage(lang, 'A1***XYZ', 'r1'));
  return cards;
}

/** Buttons that take something away; they must never be the filled, highlighted one. */
function highlightedDestructive(message: messagingApi.Message): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      const action = n.action as { data?: string; label?: string } | undefined;
      if (n.type === 'button' && n.style === 'primary' && action?.data) {
        const p = parsePostback(action.data);
        if ((p?.a === 'intent' && p.id === 'link.unlink') || (p?.a === 'flow' && p.f === 'unlink' && p.e === 'CONFIRM')) out.push(action.label ?? '');
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(message);
  return out;
}

describe('every card the render layer produces', () => {
  for (const lang of LANGS) {
    const cards = everyCard(lang);

    it(`(${lang}) passes the message guard, labels fitting a phone included`, () => {
      expect(cards.length).toBeGreaterThan(150);
      const problems = cards.flatMap(([name, message]) => messageViolations([message]).map((v) => `${name}: ${v}`));
      expect(problems).toEqual([]);
    });

    it(`(${lang}) never highlights a destructive action`, () => {
      expect(cards.flatMap(([name, message]) => highlightedDestructive(message).map((label) => `${name}: ${label}`))).toEqual([]);
    });

    if (lang === 'en') {
      it('(en) uses no Japanese bullet and no raw marketplace id', () => {
        for (const [name, message] of cards) {
          const json = JSON.stringify(message);
          expect(json, name).not.toContain('・');
          for (const m of MARKETPLACES) expect(json, name).not.toContain(m.id);
        }
      });
    }
  }
});
