import { describe, expect, it } from 'vitest';
import { DEFAULT_RICH_MENU_ALIAS, RICH_MENUS } from '../../content/richmenus';
import { richMenuRequest } from '../../src/render/rich-menu';
import { hasIntent } from '../../src/bot/dispatch';
import { parsePostback } from '../../src/render/postback';

const LINE_SIZES = ['2500x1686', '2500x843'];

describe('rich menu definitions', () => {
  it('has a menu for unlinked and linked sellers in Japanese and English, each with its own alias', () => {
    expect(RICH_MENUS.map((m) => m.aliasId).sort()).toEqual(['linked-en', 'linked-ja', 'unlinked-en', 'unlinked-ja']);
    expect(DEFAULT_RICH_MENU_ALIAS).toBe('unlinked-ja');
  });

  it('offers the agreed buttons', () => {
    const labels = (alias: string) => RICH_MENUS.find((m) => m.aliasId === alias)?.buttons.map((b) => b.label.ja);
    expect(labels('unlinked-ja')).toEqual(['連携する', 'ログインできない', 'よくある質問', 'ヘルプ']);
    expect(labels('linked-ja')).toEqual(['通知設定', '通知履歴', 'ログインできない', 'よくある質問', '連携状況', 'ヘルプ']);
  });

  for (const menu of RICH_MENUS) {
    describe(menu.aliasId, () => {
      const request = richMenuRequest(menu, `seller-bot:${menu.aliasId}:${'f'.repeat(16)}`);

      it('fits LINE\'s limits: size, chat bar text, name, areas inside the image', () => {
        expect(LINE_SIZES).toContain(`${menu.size.width}x${menu.size.height}`);
        expect([...request.chatBarText!].length).toBeLessThanOrEqual(14);
        expect(request.name!.length).toBeLessThanOrEqual(300);
        expect(request.areas!.length).toBeGreaterThan(0);
        expect(request.areas!.length).toBeLessThanOrEqual(20);
        for (const { bounds } of request.areas!) {
          expect(bounds!.x! + bounds!.width!).toBeLessThanOrEqual(menu.size.width);
          expect(bounds!.y! + bounds!.height!).toBeLessThanOrEqual(menu.size.height);
        }
      });

      it('covers the whole image with areas that do not overlap', () => {
        const area = request.areas!.reduce((sum, { bounds }) => sum + bounds!.width! * bounds!.height!, 0);
        expect(area).toBe(menu.size.width * menu.size.height);
      });

      it('sends, from every area, the postback of an intent the bot handles, with a label in the menu\'s language', () => {
        for (const [i, area] of request.areas!.entries()) {
          const action = area.action!;
          expect(action.type).toBe('postback');
          const data = (action as { data: string }).data;
          const postback = parsePostback(data);
          expect(postback).toEqual({ a: 'intent', id: menu.buttons[i]!.intent });
          expect(hasIntent(menu.buttons[i]!.intent)).toBe(true);
          expect(action.label).toBe(menu.buttons[i]!.label[menu.lang]);
          expect([...action.label!].length).toBeLessThanOrEqual(20);
        }
      });
    });
  }
});
