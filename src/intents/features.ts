/**
 * Text → the hashed features the router's model weighs. The same function serves the build
 * step (on every example and on its kana-reading and base-form variants) and every query, so
 * what the model learnt is what a message is compared on:
 * - `c:` concepts of the lexicon (セラセン, SC and seller central are all `sellercentral`),
 * - `j:` character bigrams and trigrams of Japanese runs, and each kanji alone (conjugation and
 *   word boundaries matter little; katakana readings of the examples meet all-kana input),
 * - `w:` English words lightly stemmed, `b:` word pairs, `g:` letter trigrams of longer words
 *   (one typo leaves most of a word's trigrams intact) and `a:` their letters sorted (a swap
 *   leaves them unchanged).
 * Features are hashed into 2^HASH_BITS buckets: the model ships no feature strings (collisions
 * cost little: the pruned model keeps weights for a few thousand of the buckets).
 */
import type { ConceptMatcher } from './concepts';
import { normalise } from './normalise';

export const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units of s[start, end), continuing from state h. */
function fnv(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Hash states after each kind's prefix: a feature's bucket is the hash of `kind:text`, computed without building that string. */
const CONCEPT = fnv(FNV_OFFSET, 'c:');
const JAPANESE = fnv(FNV_OFFSET, 'j:');
const WORD = fnv(FNV_OFFSET, 'w:');
const PAIR = fnv(FNV_OFFSET, 'b:');
const TRIGRAM = fnv(FNV_OFFSET, 'g:');
const LETTERS = fnv(FNV_OFFSET, 'a:');
const bucketOf = (h: number) => (h >>> 0) & HASH_MASK;

const LATIN_WORD = /[a-z0-9]+/g;
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}々〆ヶ]+/gu;
/** CJK ideographs (the common block and extension A), by code: faster than a regex per character. */
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005;

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

/** The feature buckets of an already normalised text, given its concepts (each feature counts once). */
export function featureBuckets(normalised: string, concepts: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const concept of concepts) out.add(bucketOf(fnv(CONCEPT, concept)));
  let previous = '';
  for (const word of normalised.match(LATIN_WORD) ?? []) {
    if (ENGLISH_STOP_WORDS.has(word)) {
      previous = '';
      continue;
    }
    const stemmed = stem(word);
    out.add(bucketOf(fnv(WORD, stemmed)));
    if (previous) out.add(bucketOf(fnv(PAIR, previous + ' ' + stemmed)));
    previous = stemmed;
    if (word.length >= 5 && !/^\d+$/.test(word)) {
      const padded = `<${word}>`;
      for (let i = 0; i + 3 <= padded.length; i++) out.add(bucketOf(fnv(TRIGRAM, padded, i, i + 3)));
      // Its letters in order: two letters swapped (histroy) still meet the word.
      out.add(bucketOf(fnv(LETTERS, [...word].sort().join(''))));
    }
  }
  for (const run of normalised.match(JAPANESE_RUN) ?? []) {
    for (let i = 0; i < run.length; i++) {
      if (isHan(run.charCodeAt(i))) out.add(bucketOf(fnv(JAPANESE, run, i, i + 1)));
      if (i + 2 <= run.length) out.add(bucketOf(fnv(JAPANESE, run, i, i + 2)));
      if (i + 3 <= run.length) out.add(bucketOf(fnv(JAPANESE, run, i, i + 3)));
    }
    if (run.length === 1 && !isHan(run.charCodeAt(0))) out.add(bucketOf(fnv(JAPANESE, run)));
  }
  return out;
}

/** A raw text's concepts and hashed feature buckets (deduplicated). */
export function textFeatures(text: string, matcher: ConceptMatcher): { concepts: Set<string>; buckets: number[] } {
  const normalised = normalise(text);
  const concepts = matcher.find(normalised);
  return { concepts, buckets: [...featureBuckets(normalised, concepts)] };
}
