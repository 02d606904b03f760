/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../content/i18n';
import { linkingChat, linkingPages } from '../../content/linking';
import { RICH_MENUS } from '../../content/richmenus';
import { menuEntries } from '../../src/render/menu';

const modules = import.meta.glob('../../content/**/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

/** Every string of every language in content/, with where it is. */
function strings(): { lang: Lang; path: string; text: string }[] {
  const out: { lang: Lang; path: string; text: string }[] = [];
  const walk = (node: unknown, path: string, lang: Lang | undefined, seen: Set<unknown>) => {
    if (typeof node === 'string') {
      if (lang) out.push({ lang, path, text: node });
      return;
    }
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`, (LANGS as readonly string[]).includes(key) ? (key as Lang) : lang, seen);
  };
  for (const [file, exports] of Object.entries(modules)) walk(exports, file.replace('../../', ''), undefined, new Set());
  return out;
}

/** The menu buttons a text tells the user to tap: メニューの「…」, “…” in the menu. */
const menuButtonsNamed = (text: string, lang: Lang): string[] =>
  lang === 'ja' ? [...text.matchAll(/メニューの「([^」]+)」/g)].map((m) => m[1]!) : [...text.matchAll(/“([^”]+)” in the menu/g)].map((m) => m[1]!);

describe('button names in texts', () => {
  it('name only buttons the rich menu of that language shows', () => {
    // A {placeholder} is filled with a menu label where the text is shown (see the help card's test).
    const named = strings().flatMap((s) => menuButtonsNamed(s.text, s.lang).filter((name) => !/^\{\w+\}$/.test(name)).map((name) => ({ ...s, name })));
    expect(named.length).toBeGreaterThan(2);
    for (const { lang, path, name } of named) {
      const labels = RICH_MENUS.filter((m) => m.lang === lang).flatMap((m) => m.buttons.map((b) => b.label[lang]));
      expect(labels, `${path} names “${name}”`).toContain(name);
    }
  });

  it('call each menu entry the same in the rich menu, the menu card and the chips', () => {
    for (const menu of RICH_MENUS) {
      const entries = menuEntries({ lang: menu.lang, linked: menu.linked });
      for (const button of menu.buttons) {
        expect(entries.find((e) => e.intent === button.intent)?.label, `${menu.aliasId} ${button.intent}`).toBe(button.label[menu.lang]);
      }
    }
  });

  it('do not send someone who may still be linked to a link button their menu does not have', () => {
    // A linked seller may cancel a switch to another account, and the web page does not know who is reading.
    for (const lang of LANGS) for (const text of [linkingChat.cancelled[lang], linkingPages.restart[lang]]) expect(menuButtonsNamed(text, lang)).toEqual([]);
  });
});
