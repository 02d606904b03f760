/** Whether the text is written in Japanese (any kana or kanji) — decides the reply language. */
export const hasJapanese = (text: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
