/**
 * How wide a text is on screen, in the units terminals and UAX #11 use: an East Asian wide
 * or full-width character (kanji, kana, full-width forms, most emoji) takes 2, anything
 * else 1, and combining marks, variation selectors and joiners take nothing. Labels are
 * checked in these units because a Japanese label twice as long as an English one in
 * characters fills the same button.
 */

// Zero width: combining marks, zero-width space/joiners, variation selectors.
const ZERO = /^[\p{M}\u200B-\u200D\u2060\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;

// East Asian Wide (W) and Fullwidth (F) ranges of UAX #11, plus emoji presentation.
const WIDE =
  /^[\u1100-\u115F\u231A\u231B\u2329\u232A\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{16FE4}\u{17000}-\u{18AFF}\u{1B000}-\u{1B2FF}\u{1F004}\u{1F0CF}\u{1F18E}\u{1F191}-\u{1F19A}\u{1F200}-\u{1F251}\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F7E0}-\u{1F7EB}\u{1F90C}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]$/u;

/** The width of one code point: 0, 1 or 2. */
export function charWidth(char: string): 0 | 1 | 2 {
  if (ZERO.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** The width of a text: wide characters count 2, others 1. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
