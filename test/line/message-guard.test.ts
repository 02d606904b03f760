import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { card, flexMessage, postbackAction, quickReply, textMessage, button, buttonRow, vbox } from '../../src/render/flex';
import { assertValidMessages, MessageGuardError, messageViolations, PHONE_LAYOUT } from '../../src/line/message-guard';
import { visualWidth } from '../../src/line/text-width';

const bubble = (label = 'OK'): messagingApi.FlexBubble => card({ title: 't', body: ['b'], buttons: [button(postbackAction(label, 'v=1&a=intent&id=menu.help'))] });

describe('message guard', () => {
  it('accepts valid messages', () => {
    expect(messageViolations([textMessage('hello'), flexMessage('alt', bubble())])).toEqual([]);
  });

  it.each<[string, messagingApi.Message[], string]>([
    ['no messages', [], 'no messages'],
    ['six messages', Array.from({ length: 6 }, () => textMessage('x')), 'more than 5'],
    ['a text over 5000', [textMessage('あ'.repeat(5001))], 'text must be'],
    ['an empty text', [textMessage('')], 'text must be'],
    ['altText over 1500', [{ type: 'flex', altText: 'a'.repeat(1501), contents: bubble() }], 'altText'],
    ['postback data over 300', [flexMessage('a', card({ title: 't', body: ['b'], buttons: [button(postbackAction('x', 'd'.repeat(301)))] }))], 'data is longer than 300'],
    ['a Flex button label over 40', [flexMessage('a', bubble('l'.repeat(41)))], 'label is longer than 40'],
    ['a quick-reply label over 20', [textMessage('x', quickReply([postbackAction('l'.repeat(21), 'v=1')]))], 'label is longer than 20'],
    ['14 quick-reply items', [{ type: 'text', text: 'x', quickReply: { items: Array.from({ length: 14 }, () => ({ type: 'action' as const, action: postbackAction('a', 'v=1') })) } }], 'more than 13 items'],
    ['a bubble over 30 KB', [flexMessage('a', card({ title: 't', body: Array.from({ length: 40 }, () => 'x'.repeat(900)) }))], 'larger than 30 KB'],
    ['the retired spacer', [flexMessage('a', { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'spacer' } as unknown as messagingApi.FlexComponent] } })], 'spacer'],
    ['13 carousel bubbles', [flexMessage('a', { type: 'carousel', contents: Array.from({ length: 13 }, () => bubble()) })], '1–12 bubbles'],
    ['a javascript: URI', [flexMessage('a', card({ title: 't', body: ['b'], buttons: [button({ type: 'uri', label: 'x', uri: 'javascript:alert(1)' })] }))], 'uri is invalid'],
  ])('refuses %s', (_, messages, expected) => {
    const violations = messageViolations(messages);
    expect(violations.join('\n')).toContain(expected);
    expect(() => assertValidMessages(messages)).toThrow(MessageGuardError);
  });

  it('counts characters, not UTF-16 units, for text length', () => {
    expect(messageViolations([textMessage('😀'.repeat(5000))])).toEqual([]);
  });
});

describe('visual width', () => {
  it.each<[string, number]>([
    ['Yes', 3],
    ['はい', 4],
    ['役に立たなかった', 16],
    ['ＯＮにする', 10],
    ['ｱｶｳﾝﾄ', 5],
    ['「戻る」', 8],
    ['Start over', 10],
    ['e\u0301', 1],
    ['✓ 日本語', 8],
    ['👍', 2],
    ['', 0],
  ])('of %j is %i', (value, width) => {
    expect(visualWidth(value)).toBe(width);
  });
});

describe('labels that fit a phone', () => {
  const action = (label: string) => postbackAction(label, 'v=1&a=intent&id=menu.help');
  const rowOf = (...labels: string[]) => flexMessage('a', { type: 'bubble', body: vbox([{ type: 'text', text: 'b' }]), footer: vbox([buttonRow(labels.map(action))]) });
  const single = (label: string, size?: messagingApi.FlexBubble['size']) =>
    flexMessage('a', { type: 'bubble', ...(size ? { size } : {}), body: vbox([{ type: 'text', text: 'b' }]), footer: vbox([button(action(label))]) });

  it('gives one of two buttons side by side 14 units: 役に立たない fits, 役に立たなかった (cut on phones) does not', () => {
    expect(messageViolations([rowOf('役に立った', '役に立たない')])).toEqual([]);
    expect(messageViolations([rowOf('Helpful', 'Not helpful')])).toEqual([]);
    const violations = messageViolations([rowOf('役に立った', '役に立たなかった')]);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain('"役に立たなかった" is 16 wide, but only 14 fit');
  });

  it('gives one of three 8 units: "Start over" is cut, "Restart" and 最初から fit', () => {
    expect(messageViolations([rowOf('Back', 'Restart', 'Cancel')])).toEqual([]);
    expect(messageViolations([rowOf('戻る', '最初から', 'やめる')])).toEqual([]);
    expect(messageViolations([rowOf('Back', 'Start over', 'Cancel')]).join()).toContain('"Start over" is 10 wide, but only 8 fit');
  });

  it('gives a full-width footer button 32 units in a mega bubble and 27 in a kilo one', () => {
    expect(messageViolations([single('セ'.repeat(16))])).toEqual([]);
    expect(messageViolations([single('セ'.repeat(16) + 'x')]).join()).toContain('only 32 fit');
    expect(messageViolations([single('x'.repeat(27), 'kilo')])).toEqual([]);
    expect(messageViolations([single('x'.repeat(28), 'kilo')]).join()).toContain('only 27 fit');
  });

  it('measures a body button inside its padding, and every bubble of a carousel', () => {
    const inBody = flexMessage('a', card({ title: 't', body: ['b'], buttons: [button(action('x'.repeat(32)))] }));
    expect(messageViolations([inBody])).toEqual([]);
    const bodyButton = flexMessage('a', { type: 'bubble', body: vbox([button(action('x'.repeat(30)))]) });
    expect(messageViolations([bodyButton]).join()).toContain('only 29 fit');
    const carousel = flexMessage('a', { type: 'carousel', contents: [single('ok').contents as messagingApi.FlexBubble, rowOf('a', '役に立たなかった').contents as messagingApi.FlexBubble] });
    expect(messageViolations([carousel]).join()).toContain('contents.contents[1].footer');
  });

  it(`keeps quick-reply labels within ${PHONE_LAYOUT.quickReplyLabelUnits} units`, () => {
    expect(messageViolations([textMessage('x', quickReply([action('月額料金の支払い失敗')]))])).toEqual([]);
    expect(messageViolations([textMessage('x', quickReply([action('セラーセントラルでログイン')]))]).join()).toContain('is 26 wide, but only 24 fit');
  });
});
