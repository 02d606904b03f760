import { LANGS, type Lang, type Localized } from './i18n';
import { ui } from './ui';

/**
 * The rich menus: one for sellers who have not linked yet and one for linked sellers, each
 * in Japanese and English. Every area sends the same intent postback that typing the
 * request would reach, so a tap and a typed message always land in the same feature.
 * The images are rendered from these definitions (scripts/richmenu-images.ts) and
 * uploaded with them (scripts/richmenu-deploy.ts).
 */

/** What the user is shown on the image and what the area does. */
export interface RichMenuButton {
  intent: string;
  label: Localized;
  icon: RichMenuIcon;
  /** The button that matters most in this menu is drawn in the brand colour. */
  primary?: boolean;
}

export type RichMenuIcon = 'link' | 'key' | 'question' | 'help' | 'bell' | 'history' | 'status';

/** One cell of the grid, in image pixels; LINE's area bounds are the same numbers. */
export interface RichMenuCell {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RichMenuDefinition {
  /** Stable alias id; the deploy points it at the current version and the bot links users through it. */
  aliasId: string;
  linked: boolean;
  lang: Lang;
  size: { width: 2500; height: 1686 | 843 };
  chatBarText: string;
  /** The buttons, left to right then top to bottom, with the cell each one covers. */
  buttons: (RichMenuButton & { cell: RichMenuCell })[];
}

const linkStart: RichMenuButton = { intent: 'link.start', label: ui.menuLink, icon: 'link', primary: true };
const loginTrouble: RichMenuButton = { intent: 'diagnosis.start', label: ui.menuDiagnosis, icon: 'key' };
const faq: RichMenuButton = { intent: 'menu.faq', label: ui.menuFaq, icon: 'question' };
const help: RichMenuButton = { intent: 'menu.help', label: ui.menuHelp, icon: 'help' };
const settings: RichMenuButton = { intent: 'settings.open', label: ui.menuSettings, icon: 'bell', primary: true };
const history: RichMenuButton = { intent: 'alerts.history', label: ui.menuHistory, icon: 'history' };
const linkStatus: RichMenuButton = { intent: 'link.status', label: ui.menuLinkStatus, icon: 'status' };

const chatBarText: Localized = { ja: 'メニュー', en: 'Menu' };

/** Splits the image into equal cells; the last column and row take the rounding remainder. */
function grid(width: number, height: number, columns: number, rows: number): RichMenuCell[] {
  const cells: RichMenuCell[] = [];
  const w = Math.floor(width / columns);
  const h = Math.floor(height / rows);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      cells.push({
        x: column * w,
        y: row * h,
        width: column === columns - 1 ? width - column * w : w,
        height: row === rows - 1 ? height - row * h : h,
      });
    }
  }
  return cells;
}

const LAYOUTS = {
  // Half height: four things to do before linking fit in one row and leave the chat visible.
  unlinked: { size: { width: 2500, height: 843 }, columns: 4, rows: 1, buttons: [linkStart, loginTrouble, faq, help] },
  linked: { size: { width: 2500, height: 1686 }, columns: 3, rows: 2, buttons: [settings, history, loginTrouble, faq, linkStatus, help] },
} as const;

export const richMenuAliasId = (linked: boolean, lang: Lang): string => `${linked ? 'linked' : 'unlinked'}-${lang}`;

/** New friends see this one without a per-user link: it is the channel's default menu. */
export const DEFAULT_RICH_MENU_ALIAS = richMenuAliasId(false, 'ja');

function define(linked: boolean, lang: Lang): RichMenuDefinition {
  const layout = linked ? LAYOUTS.linked : LAYOUTS.unlinked;
  const cells = grid(layout.size.width, layout.size.height, layout.columns, layout.rows);
  return {
    aliasId: richMenuAliasId(linked, lang),
    linked,
    lang,
    size: layout.size,
    chatBarText: chatBarText[lang],
    buttons: layout.buttons.map((button, i) => {
      const cell = cells[i];
      if (!cell) throw new Error(`rich menu ${richMenuAliasId(linked, lang)} has more buttons than cells`);
      return { ...button, cell };
    }),
  };
}

export const RICH_MENUS: readonly RichMenuDefinition[] = [false, true].flatMap((linked) => LANGS.map((lang) => define(linked, lang)));

export const findRichMenu = (aliasId: string): RichMenuDefinition | undefined => RICH_MENUS.find((m) => m.aliasId === aliasId);
