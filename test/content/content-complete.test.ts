/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../content/i18n';

// Every module under content/, so a new file is checked without being listed here.
const modules = import.meta.glob('../../content/**/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

type Problem = string;

/** Both languages present, non-empty, and of the same shape (same keys, same list lengths). */
function sameShape(ja: unknown, en: unknown, path: string, out: Problem[]): void {
  if (typeof ja === 'string' || typeof en === 'string') {
    if (typeof ja !== 'string' || ja.trim() === '') out.push(`${path}: Japanese missing or empty`);
    if (typeof en !== 'string' || en.trim() === '') out.push(`${path}: English missing or empty`);
    return;
  }
  if (Array.isArray(ja) || Array.isArray(en)) {
    if (!Array.isArray(ja) || !Array.isArray(en) || ja.length !== en.length) out.push(`${path}: lists differ between ja and en`);
    else ja.forEach((item, i) => sameShape(item, en[i], `${path}[${i}]`, out));
    return;
  }
  if (ja && en && typeof ja === 'object' && typeof en === 'object') {
    const keys = new Set([...Object.keys(ja), ...Object.keys(en)]);
    for (const key of keys) sameShape((ja as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], `${path}.${key}`, out);
    return;
  }
  if (typeof ja !== typeof en) out.push(`${path}: ja and en differ in type`);
}

function walk(node: unknown, path: string, out: Problem[], seen = new Set<unknown>()): number {
  if (!node || typeof node !== 'object' || seen.has(node)) return 0;
  seen.add(node);
  const record = node as Record<string, unknown>;
  if (LANGS.some((lang) => lang in record)) {
    sameShape(record.ja, record.en, path, out);
    return 1;
  }
  let count = 0;
  for (const [key, value] of Object.entries(record)) count += walk(value, `${path}.${key}`, out, seen);
  return count;
}

describe('content', () => {
  it('has every user-facing string in Japanese and English', () => {
    const problems: Problem[] = [];
    let pieces = 0;
    for (const [file, exports] of Object.entries(modules)) {
      if (file.endsWith('.test.ts')) continue;
      pieces += walk(exports, file.replace('../../', ''), problems);
    }
    expect(problems).toEqual([]);
    expect(pieces).toBeGreaterThan(10);
  });

  it('detects a missing translation', () => {
    const problems: Problem[] = [];
    walk({ broken: { ja: 'はい', en: '' }, half: { ja: 'いいえ' }, list: { ja: ['a', 'b'], en: ['a'] } }, 'sample', problems);
    expect(problems).toHaveLength(3);
  });
});
