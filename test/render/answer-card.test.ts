import { describe, expect, it } from 'vitest';
import { LANGS } from '../../content/i18n';
import { intentContents } from '../../content/intents';
import { intentContent, isCommandIntent } from '../../src/conversation-content';
import { parsePostback } from '../../src/render/postback';
import { answerCardMessage, cannotAnswerMessage, didYouMeanMessage, faqListMessage } from '../../src/render/answer-card';
import { messageViolations } from '../../src/line/message-guard';
import { visibleText } from '../support/fake-line';

/** Every postback data string anywhere in a message. */
const postbacks = (node: unknown): string[] =>
  Array.isArray(node)
    ? node.flatMap(postbacks)
    : node && typeof node === 'object'
      ? Object.entries(node).flatMap(([k, v]) => (k === 'data' && typeof v === 'string' ? [v] : postbacks(v)))
      : [];

const answerIntents = intentContents.filter((c) => !isCommandIntent(c.id));

describe('answer cards', () => {
  it('are valid LINE messages for every intent, in Japanese and English', () => {
    for (const content of answerIntents) {
      for (const lang of LANGS) expect(messageViolations([answerCardMessage(content, lang)]), `${content.id} ${lang}`).toEqual([]);
    }
  });

  it('carry feedback buttons naming the intent, and buttons that act', () => {
    const card = answerCardMessage(intentContent('faq.how-to-receive')!, 'ja');
    const data = postbacks(card);
    expect(data).toContain('v=1&a=fb&id=faq.how-to-receive&vote=up');
    expect(data).toContain('v=1&a=fb&id=faq.how-to-receive&vote=down');
    expect(data.map(parsePostback)).not.toContain(null);
    expect(data.map(parsePostback)).toContainEqual({ a: 'intent', id: 'link.start' });
    const text = visibleText(card);
    expect(text).toContain('役に立った');
    // 役に立たなかった is cut on a phone as one of two buttons: the label is shorter, the chat still shows the full words.
    expect(text).toContain('役に立たない');
    expect(JSON.stringify(card)).toContain('"displayText":"役に立たなかった"');
    expect(text).toContain('友だち追加');
    expect(visibleText(answerCardMessage(intentContent('faq.how-to-receive')!, 'en'))).toContain('Not helpful');
  });

  it('number the steps and offer related questions as quick replies', () => {
    const card = answerCardMessage(intentContent('account.plan-of-action')!, 'en');
    const text = visibleText(card);
    expect(text).toContain('7.');
    expect(text).toContain('The name of the person responsible');
    const quick = card.quickReply?.items?.map((i) => (i.action as { data?: string }).data) ?? [];
    expect(quick).toContain('v=1&a=intent&id=account.suspended');
  });
});

describe('other FAQ replies', () => {
  it('are valid LINE messages in both languages', () => {
    for (const lang of LANGS) {
      for (const linked of [true, false]) expect(messageViolations([faqListMessage({ lang, linked })])).toEqual([]);
      expect(messageViolations([didYouMeanMessage(['link.start', 'link.status', 'link.relink'], lang)])).toEqual([]);
      expect(messageViolations([cannotAnswerMessage(lang)])).toEqual([]);
    }
  });

  it('list every answer in the FAQ list', () => {
    const data = postbacks(faqListMessage({ lang: 'ja', linked: false }));
    for (const content of answerIntents) expect(data, content.id).toContain(`v=1&a=intent&id=${content.id}`);
  });

  it('point an unanswerable question to Seller Central help', () => {
    const message = cannotAnswerMessage('en');
    expect(JSON.stringify(message)).toContain('https://sellercentral.amazon.co.jp/help/hub');
    expect(visibleText(message)).toContain('does not take inquiries');
  });
});
