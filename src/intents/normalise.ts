/**
 * Folds the many ways one question can be typed into one form, so that matching compares
 * meaning rather than keyboard habits: full/half width (NFKC), case, hiragana vs katakana,
 * long-vowel marks (サーバー/サーバ), English contractions, punctuation and emoji, and a few
 * spellings of the same word (log in/login, 友達/友だち, セラセン). Runs on every message, so it
 * makes few passes: one regex per concern, rules merged into one alternation.
 */

// Punctuation, symbols and pictographs carry no meaning for routing.
const NOISE = /[\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f\u20e3]+/gu;
const APOSTROPHES = /[’‘`´]/g;
const HAS_APOSTROPHE = /['’‘`´]/;
const CONTRACTIONS: Record<string, string> = { "can't": 'can not', "won't": 'will not' };
const CONTRACTION = /\b(?:can't|won't)\b|n't\b|'(?:s|m|re|ve|ll|d)\b/g;

/** Same word, different spelling (after case and kana folding): pattern → canonical form. */
const SPELLINGS: [string, string][] = [
  ['\\b(?:log|sign) ?(?:in|on)\\b|\\bsignin\\b|\\blogon\\b', 'login'],
  ['\\b(?:log|sign) ?(?:out|off)\\b', 'logout'],
  ['\\be ?mails?\\b', 'email'],
  ['\\b(?:2|two) ?(?:step|factor)(?: verification| auth\\w*)?\\b|\\b2fa\\b|\\bmfa\\b|\\botp\\b', 'twostep'],
  ['\\bpw\\b|\\bpwd\\b|\\bpass ?word\\b|\\bpasscode\\b', 'password'],
  ['\\bseller ?central\\b|\\bsc\\b', 'sellercentral'],
  ['友達|トモダチ', '友ダチ'],
  ['セラセン(?!トラル)', 'セラセントラル'],
  ['問合セ|問イ合セ|問合ワセ', '問イ合ワセ'],
  ['(?:2|二)段階|(?:2|二)要素|ニダンカイ', '2段階'],
  ['サインイン|ログオン', 'ログイン'],
  ['出来(?=[ナルマタ])', 'デキ'],
  ['ヘンコウ', '変更'],
  ['イメル|eメル', 'メル'],
];
const SPELLING = new RegExp(SPELLINGS.map(([p]) => `(${p})`).join('|'), 'g');
const spellingFor = (groups: unknown[]): string => SPELLINGS[groups.findIndex((g) => g !== undefined)]![1];

const HIRAGANA_FIRST = 0x3041;
const HIRAGANA_LAST = 0x3096;
const LONG_VOWELS = new Set([0x30fc, 0xff70, 0x301c, 0xff5e]);

/** Hiragana → katakana and long-vowel marks dropped, in one pass. */
function foldKana(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (LONG_VOWELS.has(c)) continue;
    out += c >= HIRAGANA_FIRST && c <= HIRAGANA_LAST ? String.fromCharCode(c + 0x60) : s[i];
  }
  return out;
}

export function normalise(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (HAS_APOSTROPHE.test(s)) {
    s = s.replace(APOSTROPHES, "'").replace(CONTRACTION, (m) => CONTRACTIONS[m] ?? (m === "n't" ? ' not' : ''));
  }
  s = foldKana(s).replace(NOISE, ' ');
  s = s.replace(SPELLING, (...args: unknown[]) => spellingFor(args.slice(1, SPELLINGS.length + 1)));
  return s.replace(/\s+/g, ' ').trim();
}
