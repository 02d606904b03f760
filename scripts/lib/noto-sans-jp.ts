import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans JP as the project ships it (`@fontsource-variable/noto-sans-jp`, every weight in
 * one variable font), so what Chromium draws does not depend on the fonts a machine has.
 */
export const NOTO_SANS_JP = 'Noto Sans JP Variable';

interface FontSubset {
  file: string;
  ranges: [number, number][];
}

// The package splits the font into subsets by unicode-range; its CSS says which file holds what.
function subsets(): { dir: string; list: FontSubset[] } {
  const css = createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-jp/index.css');
  const list = readFileSync(css, 'utf8')
    .split('@font-face')
    .slice(1)
    .map((rule) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
      const ranges = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
      if (!file || !ranges) throw new Error(`unexpected @font-face rule in ${css}`);
      return {
        file,
        ranges: ranges.split(',').map((range): [number, number] => {
          const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from, 16), parseInt(to, 16)];
        }),
      };
    });
  return { dir: join(dirname(css), 'files'), list };
}

/**
 * The @font-face rules for the subsets that `text` needs, each font inlined as a data: URL so a
 * page set from a string (no origin, no file access) can load it.
 */
export function notoSansJpFontFaces(text: string): string {
  const codePoints = [...new Set(text)].map((ch) => ch.codePointAt(0) ?? 0);
  const { dir, list } = subsets();
  const covers = ({ ranges }: FontSubset, cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);
  const missing = codePoints.filter((cp) => !list.some((subset) => covers(subset, cp)));
  // Another font would draw those characters, different on every machine.
  if (missing.length > 0) throw new Error(`Noto Sans JP has no glyph for ${missing.map((cp) => String.fromCodePoint(cp)).join(' ')}`);
  return list
    .filter((subset) => codePoints.some((cp) => covers(subset, cp)))
    .map(({ file, ranges }) => {
      const data = readFileSync(join(dir, file)).toString('base64');
      const range = ranges.map(([from, to]) => `U+${from.toString(16)}${to === from ? '' : `-${to.toString(16)}`}`).join(',');
      return `@font-face { font-family: '${NOTO_SANS_JP}'; font-style: normal; font-weight: 100 900; font-display: block;
  src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${range}; }`;
    })
    .join('\n');
}
