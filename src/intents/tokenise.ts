/**
 * Text (already normalised) → matching features. Japanese has no spaces, so runs of kanji
 * and kana become overlapping character bigrams: robust to conjugation, particles and
 * word-boundary guesses, and cheap enough to index at cold start (Intl.Segmenter costs
 * ~60 µs per sentence, too slow for thousands of examples). Latin words are stemmed
 * lightly; stop words are kept apart and weigh lightly.
 */

/** Prefix of stop-word features. */
export const STOP_PREFIX = 's:';

const LATIN_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}々〆ヶ]+/gu;

const STOP_WORDS = new Set(
  ('a an the i me my mine we our us you your it its is are  was were be been being do does did doing to of for on in at by ' +
    'and or but so if as with about into from this that these those there here please pls plz hi hello hey can  would should ' +
    'will shall   must have has had just any some what how which where   tell know want need like get got also ' +
    'really very still im ok okay thanks thank t s d ll ve re now right happen happening happened   go going goes ' +
    'come comes coming make made let lets look looking see say says said thing things way also even ever already much ' +
    'many lot lots well sure maybe able use using used work works working try trying tried should then than too ' +
    'something anything everything kind sort currently today only one gotten since both either')
    .split(' '),
);

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

/**
 * Stop words too common to tell anything apart (pronouns, articles, prepositions): they only
 * lengthen a text, like any stop word, and are left out of its features — looked up, they
 * would touch half the examples on every English query.
 */
const SILENT_WORDS = new Set('a an the i me my mine we our us you your it its to of for on in at by and or with from into about as'.split(' '));

/** How many of these stop words are silent, that is, count in a text's length only. */
export function silentCount(stopWords: readonly string[]): number {
  let n = 0;
  for (const w of stopWords) if (SILENT_WORDS.has(w)) n++;
  return n;
}

/** Latin words other than stop words, stemmed, and the stop words apart (silent ones too). */
export function latinWords(normalised: string): { words: string[]; stopWords: string[] } {
  const words: string[] = [];
  const stopWords: string[] = [];
  for (const w of normalised.match(LATIN_WORD) ?? []) {
    if (STOP_WORDS.has(w)) stopWords.push(w);
    else words.push(stem(w));
  }
  return { words, stopWords };
}

/**
 * Polite endings and request phrases that say nothing about the topic (…を教えてください,
 * どうすればいいですか, お願いします). Removed so that two questions match on what they are
 * about, not on how politely they were asked. Written in the folded (katakana) form.
 */
const JA_FILLER = new RegExp(
  [
    'オ願イ(イタシ|シ)?マス', 'オ願イ', '教エテ(クダサイ|下サイ|ホシイ|欲シイ|モラエマスカ|イタダケマスカ)?', 'クダサイ', '下サイ',
    'ドウ(スレ|シタラ|ヤッタラ|ヤレ)バ?(イイ|良イ|ヨイ)?', 'ドウヤッテ', 'ドウナル', 'ドウシテ',
    '(イイ|良イ|ヨイ)?(デショウカ|デスカ|マスカ|ノデスカ|ンデスカ|ノカ)', 'デショウ', 'ナンデスガ', 'ンデスケド', 'ンデスガ',
    'ノデスガ', 'シタイ', '見タイ', 'テシマ(?:イ|ッ)(?:マシタ|タ)?', 'チャッタ', 'シテホシイ', '見セテ', 'デス(?![ク])', 'マス(?![ク])', 'マシタ', 'マセン', '知リタイ', 'ニツイテ', '方法', 'ヤリ方', 'ヤリカタ', 'スミマセン',
  ].join('|'),
  'g',
);

/**
 * Features of a normalised text: `w:` stemmed Latin words, `s:` stop words (weighed lightly by
 * the index), `j:` Japanese bigrams (or a lone character).
 */
export function features(normalised: string, latin: { words: readonly string[]; stopWords: readonly string[] } = latinWords(normalised)): string[] {
  const out = new Set<string>();
  for (const w of latin.words) out.add('w:' + w);
  for (const w of latin.stopWords) if (!SILENT_WORDS.has(w)) out.add(STOP_PREFIX + w);
  const runs = NON_ASCII.test(normalised) ? normalised.replace(JA_FILLER, ' ').match(CJK_RUN) : null;
  for (const run of runs ?? []) {
    if (run.length === 1) out.add('j:' + run);
    for (let i = 0; i + 1 < run.length; i++) out.add('j:' + run.slice(i, i + 2));
  }
  return [...out];
}

/** Whether the text is written in Japanese (any kana or kanji) — decides the reply language. */
export const hasJapanese = (text: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
