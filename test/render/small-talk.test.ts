import { describe, expect, it } from 'vitest';
import { LANGS } from '../../content/i18n';
import { faqReplies } from '../../content/intents';
import { isSmallTalkIntent, SMALL_TALK_INTENTS, smallTalkCanDo, smallTalkLines } from '../../content/small-talk';
import { quickReply } from '../../src/render/flex';
import { menuQuickReply } from '../../src/render/menu';
import { messageViolations } from '../../src/line/message-guard';
import { smallTalkMessage } from '../../src/render/small-talk';

describe('small talk', () => {
  for (const lang of LANGS) {
    it(`(${lang}) answers each small-talk intent warmly in one short text that says what the bot can do`, () => {
      for (const intent of SMALL_TALK_INTENTS) {
        const message = smallTalkMessage(intent, lang, menuQuickReply({ lang, linked: false }));
        expect(messageViolations([message])).toEqual([]);
        expect(message.type).toBe('text');
        expect(message.text).toContain(smallTalkLines[intent][lang]);
        expect(message.text).toContain(smallTalkCanDo[lang]);
        expect(message.text).not.toContain(faqReplies.noInquiries[lang]);
        expect([...message.text].length).toBeLessThan(lang === 'ja' ? 90 : 160);
        expect(message.quickReply?.items?.length).toBeGreaterThan(0);
      }
    });
  }

  it('speaks the language asked for, with a space between sentences only in English', () => {
    expect(smallTalkMessage('smalltalk.thanks', 'ja').text).toBe(`${smallTalkLines['smalltalk.thanks'].ja}${smallTalkCanDo.ja}`);
    expect(smallTalkMessage('smalltalk.thanks', 'en').text).toBe(`${smallTalkLines['smalltalk.thanks'].en} ${smallTalkCanDo.en}`);
    expect(smallTalkMessage('smalltalk.bye', 'en').text).not.toMatch(/[\u3040-\u30ff]/);
    expect(smallTalkMessage('smalltalk.greeting', 'ja', quickReply([])).quickReply).toEqual({ items: [] });
    expect(smallTalkMessage('smalltalk.greeting', 'ja').quickReply).toBeUndefined();
  });

  it('knows exactly the small-talk intents the router learns', () => {
    expect(isSmallTalkIntent('smalltalk.thanks')).toBe(true);
    expect(isSmallTalkIntent('faq.devices')).toBe(false);
    expect(isSmallTalkIntent('smalltalk.weather')).toBe(false);
  });
});
