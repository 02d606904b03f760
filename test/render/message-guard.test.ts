import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { card, flexMessage, postbackAction, quickReply, textMessage, button } from '../../src/render/flex';
import { assertValidMessages, MessageGuardError, messageViolations } from '../../src/render/message-guard';

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
