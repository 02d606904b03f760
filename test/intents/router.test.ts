import { describe, expect, it } from 'vitest';
import devFile from './fixtures/dev.jsonl?raw';
import { hasJapanese } from '../../src/intents/language';
import { routeText } from '../../src/intents/route';
import holdoutFile from './holdout.jsonl?raw';

interface Case {
  text: string;
  expected: string;
}

const parse = (jsonl: string): Case[] =>
  jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Case);

const misses = (cases: Case[]) => cases.map((c) => ({ ...c, got: routeText(c.text).intent })).filter((c) => c.got !== c.expected);

describe('routeText', () => {
  it('routes every case of the dev file (a copy of shared/intents-dev.jsonl)', () => {
    const cases = parse(devFile);
    expect(cases.length).toBeGreaterThan(90);
    expect(misses(cases)).toEqual([]);
  });

  it('keeps our own held-out phrasings above 0.93 overall and 0.90 per language', () => {
    const cases = parse(holdoutFile);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const wrong = misses(cases);
    expect(1 - wrong.length / cases.length).toBeGreaterThanOrEqual(0.93);
    for (const japanese of [true, false]) {
      const subset = cases.filter((c) => hasJapanese(c.text) === japanese);
      expect(1 - misses(subset).length / subset.length).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('says none to buyer questions, small talk and nonsense rather than guessing', () => {
    for (const text of ['注文した商品が届かない', '返金してほしい', 'こんにちは', 'what is the weather like', 'qwertyuiop', '🙂🙂🙂', '', '   ', '1234']) {
      expect(routeText(text).intent, text).toBe('none');
    }
  });

  it('is not thrown by width, kana, case, punctuation, emoji or typos', () => {
    expect(routeText('ﾊﾟｽﾜｰﾄﾞを忘れた！！😭').intent).toBe('login.forgot-password');
    expect(routeText('ぱすわーどをわすれた').intent).toBe('login.forgot-password');
    expect(routeText('FORGOT PASSWORD???').intent).toBe('login.forgot-password');
    expect(routeText('I forgot my pasword').intent).toBe('login.forgot-password');
    expect(routeText('notifcation hisotry').intent).toBe('alerts.history');
    expect(routeText('ＩＰＨＯＮＥ').intent).toBe('faq.devices');
  });

  it('returns at most three candidates, best first, with the confidence of the best', () => {
    const result = routeText('アカウント停止');
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.candidates.length).toBeLessThanOrEqual(3);
    expect(result.candidates[0]?.intent).toBe(result.intent);
    expect(result.confidence).toBe(result.candidates[0]?.score);
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('copes with a very long message', () => {
    const long = 'パスワードを忘れました。'.repeat(2000);
    expect(routeText(long).intent).toBe('login.forgot-password');
  });
});
