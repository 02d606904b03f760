/**
 * Text → the hashed features the router's model weighs. The same function serves the build
 * step (on every example and on its kana-reading and base-form variants) and every query, so
 * what the model learnt is what a message is compared on:
 * - `c:` concepts of the lexicon (セラセン, SC and seller central are all `sellercentral`),
 * - `j:` character bigrams and trigrams of Japanese runs, and each kanji alone (conjugation and
 *   word boundaries matter little; katakana readings of the examples meet all-kana input),
 * - `w:` English words lightly stemmed, `b:` word pairs, `g:` letter trigrams of longer words
 *   (one typo leaves most of a word's trigrams intact).
 * Features are hashed into 2^HASH_BITS buckets: the model ships no feature strings.
 */
import type { ConceptMatcher } from './concepts';
import { normalise } from './normalise';

export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units: a few operations per character, the same in Node and workerd. */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & HASH_MASK;
}

const LATIN_WORD = /[a-z0-9]+/g;
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}々〆ヶ]+/gu;
const HAN = /\p{Script=Han}/u;

/** Words that say nothing about the topic: left out so they weigh nothing either way. */
const ENGLISH_STOP_WORDS = new Set('a an the i me my mine we our us you your it its is are am was were be been to of for on in at by and or with from into about as this that there here please pls plz so just'.split(' '));

/** Porter-lite: enough to join plural, -ing, -ed and -e forms of the same word. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !w.endsWith('ss') && !w.endsWith('ll')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The feature strings of an already normalised text (a set: each counts once), given its concepts. */
export function featureStrings(normalised: string, concepts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const concept of concepts) out.add('c:' + concept);
  let previous = '';
  for (const word of normalised.match(LATIN_WORD) ?? []) {
    if (ENGLISH_STOP_WORDS.has(word)) {
      previous = '';
      continue;
    }
    const stemmed = stem(word);
    out.add('w:' + stemmed);
    if (previous) out.add('b:' + previous + ' ' + stemmed);
    previous = stemmed;
    if (word.length >= 5 && !/^\d+$/.test(word)) {
      const padded = `<${word}>`;
      for (let i = 0; i + 3 <= padded.length; i++) out.add('g:' + padded.slice(i, i + 3));
    }
  }
  for (const run of normalised.match(JAPANESE_RUN) ?? []) {
    for (let i = 0; i < run.length; i++) {
      const c = run[i]!;
      if (HAN.test(c)) out.add('j:' + c);
      if (i + 2 <= run.length) out.add('j:' + run.slice(i, i + 2));
      if (i + 3 <= run.length) out.add('j:' + run.slice(i, i + 3));
    }
    if (run.length === 1 && !HAN.test(run)) out.add('j:' + run);
  }
  return out;
}

/** A raw text's concepts and hashed feature buckets (deduplicated). */
export function textFeatures(text: string, matcher: ConceptMatcher): { concepts: Set<string>; buckets: number[] } {
  const normalised = normalise(text);
  const concepts = matcher.find(normalised);
  const buckets = new Set<number>();
  for (const f of featureStrings(normalised, concepts)) buckets.add(hashFeature(f));
  return { concepts, buckets: [...buckets] };
}
