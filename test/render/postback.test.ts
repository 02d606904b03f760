import { describe, expect, it } from 'vitest';
import { encodePostback, parsePostback } from '../../src/render/postback';

describe('postback data', () => {
  it('round-trips every action', () => {
    const samples = [
      { a: 'intent', id: 'faq.devices' },
      { a: 'fb', id: 'login.forgot-password', vote: 'down' },
      { a: 'flow', f: 'diagnosis', r: 'abc123', e: 'ANSWER', o: 'yes' },
      { a: 'set', k: 'bank-account', on: '0' },
      { a: 'lang', l: 'en' },
      { a: 'alert', id: 'al_123' },
    ] as const;
    for (const sample of samples) {
      const data = encodePostback(sample);
      expect(data.startsWith('v=1&')).toBe(true);
      expect(data.length).toBeLessThanOrEqual(300);
      expect(parsePostback(data)).toEqual(sample);
    }
  });

  it('treats a missing optional flow option as empty', () => {
    expect(parsePostback('v=1&a=flow&f=link&r=r1&e=CONFIRM')).toEqual({ a: 'flow', f: 'link', r: 'r1', e: 'CONFIRM', o: '' });
  });

  it.each([
    ['no version', 'a=intent&id=menu.help'],
    ['old version', 'v=0&a=intent&id=menu.help'],
    ['unknown action', 'v=1&a=drop-tables'],
    ['unknown parameter', 'v=1&a=intent&id=menu.help&extra=1'],
    ['missing parameter', 'v=1&a=fb&id=faq.devices'],
    ['value outside its pattern', 'v=1&a=fb&id=faq.devices&vote=maybe'],
    ['repeated parameter', 'v=1&a=intent&id=a&id=b'],
    ['injection attempt', 'v=1&a=intent&id=../../etc'],
    ['too long', `v=1&a=intent&id=${'x'.repeat(300)}`],
    ['not a query string', '{"a":"intent"}'],
  ])('refuses %s', (_, data) => {
    expect(parsePostback(data)).toBeNull();
  });
});
