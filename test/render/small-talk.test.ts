import { describe, expect, it } from 'vitest';
import { LANGS } from '../../content/i18n';
import { faqReplies } from '../../content/intents';
import { SMALL_TALK_KINDS, smallTalkCanDo, smallTalkLines } from '../../content/small-talk';
import { quickReply } from '../../src/render/flex';
import { menuQuickReply } from '../../src/render/menu';
import { messageViolations } from '../../src/line/message-guard';
import { isSmallTalkIntent, smallTalkKind, smallTalkMessage } from '../../src/render/small-talk';

describe('small talk', () => {
  for (const lang of LANGS) {
    it(`(${lang}) answers each kind warmly in one short text that says what the bot can do`, () => {
      for (const kind of SMALL_TALK_KINDS) {
        const message = smallTalkMessage(kind, lang, menuQuickReply({ lang, linked: false }));
        expect(messageViolations([message])).toEqual([]);
        expect(message.type).toBe('text');
        expect(message.text).toContain(smallTalkLines[kind][lang]);
        expect(message.text).toContain(smallTalkCanDo[lang]);
        expect(message.text).not.toContain(faqReplies.noInquiries[lang]);
        expect([...message.text].length).toBeLessThan(lang === 'ja' ? 90 : 160);
        expect(message.quickReply?.items?.length).toBeGreaterThan(0);
      }
    });
  }

  it('speaks the language asked for, with a space between sentences only in English', () => {
    expect(smallTalkMessage('thanks', 'ja').text).toBe(`${smallTalkLines.thanks.ja}${smallTalkCanDo.ja}`);
    expect(smallTalkMessage('thanks', 'en').text).toBe(`${smallTalkLines.thanks.en} ${smallTalkCanDo.en}`);
    expect(smallTalkMessage('bye', 'en').text).not.toMatch(/[\u3040-\u30ff]/);
    expect(smallTalkMessage('greeting', 'ja', quickReply([])).quickReply).toEqual({ items: [] });
    expect(smallTalkMessage('greeting', 'ja').quickReply).toBeUndefined();
  });

  it('knows small-talk intents by their prefix and maps their names to a kind', () => {
    expect(isSmallTalkIntent('smalltalk.thanks')).toBe(true);
    expect(isSmallTalkIntent('faq.devices')).toBe(false);
    expect(isSmallTalkIntent('smalltalkx')).toBe(false);
    for (const kind of SMALL_TALK_KINDS) expect(smallTalkKind(`smalltalk.${kind}`)).toBe(kind);
    expect(smallTalkKind('smalltalk.hello')).toBe('greeting');
    expect(smallTalkKind('smalltalk.thank-you')).toBe('thanks');
    expect(smallTalkKind('smalltalk.sorry')).toBe('apology');
    expect(smallTalkKind('smalltalk.who-are-you')).toBe('who');
    expect(smallTalkKind('smalltalk.goodbye')).toBe('bye');
    expect(smallTalkKind('smalltalk.weather')).toBe('other');
  });
});
