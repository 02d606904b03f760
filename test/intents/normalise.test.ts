import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/intents/normalise';

describe('normalise', () => {
  it('folds width, case, kana, long vowels, punctuation and emoji', () => {
    expect(normalise('ＬＩＮＥの　デスクトップ版😀！？')).toBe('lineノ デスクトップ版');
    expect(normalise('ﾊﾟｽﾜｰﾄﾞ')).toBe(normalise('ぱすわーど'));
    expect(normalise('サーバー')).toBe(normalise('サーバ'));
  });

  it('joins spellings of the same word', () => {
    expect(normalise('I can’t log in')).toBe('i can not login');
    expect(normalise('Sign-in problems')).toBe(normalise('login problems'));
    expect(normalise('友達追加')).toBe(normalise('ともだち追加'));
    expect(normalise('二段階認証')).toBe(normalise('2段階認証'));
    expect(normalise('E-mail')).toBe('email');
  });
});
