import { describe, expect, it } from 'vitest';
import catalog from './fixtures/intents-catalog.md?raw';
import { LANGS } from '../../content/i18n';
import { intentContents } from '../../content/intents';
import { intentContent, isCommandIntent } from '../../src/conversation-content';
import { SMALL_TALK_INTENTS } from '../../content/small-talk';
import { smallTalkMessage } from '../../src/render/small-talk';
import { parseExamples } from '../../src/intents/build/examples';
import { hasJapanese } from '../../src/intents/language';

/** Every intent id the catalog (a copy of shared/intents.md) defines: the backticked ids in the first column of its tables. */
const catalogIds = [...catalog.matchAll(/^\| `([a-z]+\.[a-z-]+)` \|/gm)].map((m) => m[1]!);

/** The example phrasings the build step trains on (never shipped), by class. */
const examples = new Map<string, string[]>();
for (const [path, text] of Object.entries(import.meta.glob('../../content/intents/examples/*.txt', { query: '?raw', import: 'default', eager: true }))) {
  parseExamples(text as string, path, examples);
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

describe('intent content', () => {
  it('reads the whole catalog', () => {
    expect(catalogIds.length).toBeGreaterThanOrEqual(46);
  });

  it('has every intent of the catalog, plus menu.faq, in Japanese and English', () => {
    const problems: string[] = [];
    for (const id of [...catalogIds, 'menu.faq']) {
      const content = intentContent(id);
      if (!content) {
        problems.push(`${id}: no content`);
        continue;
      }
      for (const lang of LANGS) {
        if (!filled(content.title[lang])) problems.push(`${id}: title.${lang} missing`);
        if (!filled(content.label[lang])) problems.push(`${id}: label.${lang} missing`);
        if (!isCommandIntent(id)) {
          const answer = content.answer?.[lang] ?? [];
          if (answer.length === 0 || !answer.every(filled)) problems.push(`${id}: answer.${lang} missing`);
        }
        if (content.steps && !content.steps[lang].every(filled)) problems.push(`${id}: steps.${lang} has an empty step`);
        for (const link of content.links ?? []) if (!filled(link.label[lang])) problems.push(`${id}: link label.${lang} missing`);
      }
      if (content.answer && content.answer.ja.length !== content.answer.en.length) problems.push(`${id}: answer paragraphs differ between ja and en`);
      if (content.steps && content.steps.ja.length !== content.steps.en.length) problems.push(`${id}: steps differ between ja and en`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every intent and small talk many example phrasings in both languages, and none many near misses', () => {
    for (const id of [...intentContents.map((c) => c.id), ...SMALL_TALK_INTENTS]) {
      const phrasings = examples.get(id) ?? [];
      const ja = phrasings.filter(hasJapanese);
      expect(ja.length, `${id} ja examples`).toBeGreaterThanOrEqual(10);
      expect(phrasings.length - ja.length, `${id} en examples`).toBeGreaterThanOrEqual(8);
    }
    expect(examples.get('none')?.length).toBeGreaterThanOrEqual(300);
  });

  it('has a warm one-line small-talk reply in both languages that says what the bot does', () => {
    for (const id of SMALL_TALK_INTENTS) {
      const reply = { ja: smallTalkMessage(id, 'ja').text, en: smallTalkMessage(id, 'en').text };
      for (const lang of LANGS) {
        expect(filled(reply[lang]), `${id}.${lang}`).toBe(true);
        expect(reply[lang], `${id}.${lang}`).not.toContain('\n');
      }
      expect(reply.ja, id).toMatch(/連携|通知|お知らせ/);
      expect(reply.en, id).toMatch(/link|alert|notice/i);
    }
  });

  it('keeps labels within a quick reply and points only at intents that exist', () => {
    for (const content of intentContents) {
      for (const lang of LANGS) expect([...content.label[lang]].length, `${content.id} label.${lang}`).toBeLessThanOrEqual(20);
      for (const id of [...(content.related ?? []), ...(content.actions ?? [])]) expect(intentContent(id), `${content.id} → ${id}`).toBeDefined();
    }
  });
});
