/**
 * Japanese morphological analysis at build time (kuromoji and its IPADIC dictionary, from the
 * npm registry; neither reaches the Worker). For each example it gives the variants a seller
 * might type for the same words: the kana reading (れんけい for 連携), base forms of verbs and
 * adjectives (止める for 止めたい), and a mix of kanji and kana, word by word.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';

export interface Token {
  surface: string;
  base: string;
  reading: string;
  pos: string;
}

export type Analyser = (text: string) => Token[];

export async function loadAnalyser(): Promise<Analyser> {
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
  return (text) =>
    tokenizer.tokenize(text).map((t) => ({
      surface: t.surface_form,
      base: t.basic_form && t.basic_form !== '*' ? t.basic_form : t.surface_form,
      reading: t.reading && t.reading !== '*' ? t.reading : t.surface_form,
      pos: t.pos,
    }));
}

const KANJI = /\p{Script=Han}/u;

/** A small deterministic generator, so a build gives the same model every time. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The example with one typo in each of up to two longer English words (a letter dropped, doubled
 * or swapped with the next), as people type on a phone: the model learns the letter trigrams that
 * survive a typo.
 */
export function typoVariant(text: string, random: () => number): string | undefined {
  let typos = 0;
  const typed = text.replace(/[A-Za-z]{5,}/g, (word) => {
    if (typos >= 2 || random() < 0.5) return word;
    typos++;
    const i = 1 + Math.floor(random() * (word.length - 2));
    const kind = Math.floor(random() * 3);
    if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
    if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i);
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  });
  return typos ? typed : undefined;
}

/**
 * Greetings, context and hedges sellers wrap a question in. Put around examples of every class
 * alike, they teach the model that they say nothing about the topic.
 */
const FRAMES = {
  ja: {
    before: ['', '', 'すみません、', 'お世話になっております。', '質問です。', '初めて利用します。', '急ぎです！', 'ちょっと聞きたいんですが、', 'あの、', '度々すみません。'],
    after: ['', '', 'みたいです', 'かもしれません', 'んですけど', 'ようです', 'と思うのですが', '。よろしくお願いします', '？教えてください', '、どうしたらいい？', '笑', '…'],
  },
  en: {
    before: ['', '', 'hi, ', 'hello, ', 'quick question: ', 'sorry, ', 'excuse me, ', 'hey team, ', 'good morning. '],
    after: ['', '', ' please', ', thanks', ' thank you', ' asap', ' help', '?? ', ', any idea?', ' I think'],
  },
};

/** The example inside a random greeting or hedge, as a seller might write it. */
export function framedVariant(text: string, random: () => number): string {
  const frames = KANA_OR_KANJI.test(text) ? FRAMES.ja : FRAMES.en;
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  return pick(frames.before) + text + pick(frames.after);
}

const KANA_OR_KANJI = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The example as written, plus its reading, its base-form and a mixed kanji/kana variant, or for
 * English a variant with typos, and the example framed by a greeting or a hedge (distinct ones only).
 */
export function variants(text: string, analyse: Analyser, random: () => number): string[] {
  return [...new Set([...spellings(text, analyse, random), framedVariant(text, random)])];
}

function spellings(text: string, analyse: Analyser, random: () => number): string[] {
  const typos = [typoVariant(text, random), typoVariant(text, random)].filter((t) => t !== undefined);
  const tokens = analyse(text);
  if (!tokens.some((t) => KANJI.test(t.surface) || t.base !== t.surface)) return [text, ...typos];
  const reading = tokens.map((t) => t.reading).join('');
  const base = tokens.map((t) => (t.pos === '動詞' || t.pos === '形容詞' ? t.base : t.surface)).join('');
  const mixed = tokens.map((t) => (KANJI.test(t.surface) && random() < 0.5 ? t.reading : t.surface)).join('');
  return [...new Set([text, reading, base, mixed, ...typos])];
}

/** Kana readings of a lexicon term written with kanji (long enough not to be an accident). */
export function termReading(term: string, analyse: Analyser): string | undefined {
  if (!KANJI.test(term)) return undefined;
  const reading = analyse(term)
    .map((t) => t.reading)
    .join('');
  return reading.length >= 3 && reading !== term ? reading : undefined;
}
