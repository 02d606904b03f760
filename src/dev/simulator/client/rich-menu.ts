/**
 * rich-menu.js: the menu under the chat. Shows the rich menu the bot linked to the user
 * in the fake LINE API (or the channel default); when there is none, the simulator's
 * built-in menu (/dev/simulator/rich-menu), which has the same entries as the chat menu.
 * Areas are drawn from their bounds, labelled with their action, and tapping one runs it.
 */
export const richMenuJs = /* js */ String.raw`
import { h, readJson } from './dom.js';
import { actionLabel } from './flex-renderer.js';

/** aliasId: set after a richmenuswitch tap, as LINE switches menus on the device. */
export async function loadRichMenu(userId, aliasId) {
  const res = await fetch('/dev/line-api/control/state');
  const state = await readJson(res);
  if (res.ok) {
    const id = (aliasId && state.aliases[aliasId]) || state.userRichMenus[userId] || state.defaultRichMenu;
    const menu = id && state.richMenus.find((m) => m.richMenuId === id);
    if (menu) {
      const source = aliasId && state.aliases[aliasId] === id ? 'switched to ' + aliasId : state.userRichMenus[userId] === id ? 'linked to this user' : 'channel default';
      return { source, menu: menu.body };
    }
  }
  const builtIn = await fetch('/dev/simulator/rich-menu?userId=' + encodeURIComponent(userId));
  const body = await readJson(builtIn);
  if (!builtIn.ok) throw new Error('rich menu: ' + (body && body.error));
  return { source: body.aliasId + ' from content/richmenus.ts (none linked in the fake)', menu: body.menu };
}

export function renderRichMenu(container, loaded, { open, onToggle, onAction }) {
  const { menu, source } = loaded;
  const bar = h('button', { type: 'button', class: 'rich-menu-bar', 'aria-expanded': String(open), onclick: onToggle },
    (menu.chatBarText || 'Menu') + (open ? ' ▼' : ' ▲'), h('span', { class: 'rich-menu-source' }, source));
  const grid = h('div', { class: 'rich-menu-grid', style: { aspectRatio: menu.size.width + ' / ' + menu.size.height, display: open ? 'block' : 'none' } });
  const pct = (v, total) => (100 * v) / total + '%';
  for (const area of menu.areas || []) {
    const b = area.bounds;
    grid.append(h('button', {
      type: 'button',
      class: 'rich-menu-area',
      style: { left: pct(b.x, menu.size.width), top: pct(b.y, menu.size.height), width: pct(b.width, menu.size.width), height: pct(b.height, menu.size.height) },
      onclick: () => onAction(area.action),
    }, actionLabel(area.action)));
  }
  container.replaceChildren(bar, grid);
}
`;
