import type { messagingApi } from '@line/bot-sdk';
import { SIMULATOR_PATHS, type BuiltInRichMenuView, type FakeLineStateView } from '../protocol';
import { describeFailure, fetchJson, h } from './dom';
import { actionLabel, type OnAction } from './flex-renderer';

/**
 * The menu under the chat, as LINE would show it: the rich menu linked to the user in the
 * fake LINE API, else the channel's default menu, drawn with its uploaded image (served like
 * LINE's data API) and its tap areas on top. Without a deployed menu (nobody ran
 * `richmenu:deploy` against the fake) or without its image, the simulator draws the menu of
 * content/richmenus.ts that fits the user instead, as labelled boxes.
 */

export interface ShownRichMenu {
  menu: messagingApi.RichMenuRequest;
  /** Where it comes from, for the developer. */
  source: string;
  /** Set for a menu of the fake LINE API. */
  richMenuId?: string;
  aliasId?: string;
  imageUrl?: string;
}

/** switchedAlias: set after a richmenuswitch tap, as LINE switches menus on the device. */
export async function loadRichMenu(userId: string, switchedAlias?: string): Promise<ShownRichMenu> {
  const state = await fetchJson<FakeLineStateView>('/dev/line-api/control/state');
  if (state.ok && state.body) {
    const { aliases, userRichMenus, defaultRichMenu, richMenus } = state.body;
    const switched = switchedAlias ? aliases[switchedAlias] : undefined;
    const id = switched ?? userRichMenus[userId] ?? defaultRichMenu;
    const found = id ? richMenus.find((m) => m.richMenuId === id) : undefined;
    if (found) {
      const source = switched ? `switched to ${switchedAlias}` : userRichMenus[userId] === id ? 'linked to this user' : 'channel default';
      const aliasId = Object.entries(aliases).find(([, menuId]) => menuId === found.richMenuId)?.[0];
      return {
        menu: found.body,
        source: `${source}${aliasId ? ` (${aliasId})` : ''} in the fake LINE API`,
        richMenuId: found.richMenuId,
        ...(aliasId ? { aliasId } : {}),
        ...(found.hasImage ? { imageUrl: `${SIMULATOR_PATHS.richMenuImage}/${found.richMenuId}` } : {}),
      };
    }
  }
  const builtIn = await fetchJson<BuiltInRichMenuView>(`/dev/simulator/rich-menu?userId=${encodeURIComponent(userId)}`);
  if (!builtIn.ok || !builtIn.body) throw new Error(`rich menu: ${describeFailure(builtIn)}`);
  return { menu: builtIn.body.menu, aliasId: builtIn.body.aliasId, source: `${builtIn.body.aliasId} from content/richmenus.ts (none in the fake LINE API)` };
}

export interface RichMenuControls {
  open: boolean;
  fallbackBarText: string;
  onToggle(): void;
  onAction: OnAction;
}

/** LINE's large menu, for a menu that (wrongly) has no size. */
const FALLBACK_SIZE = { width: 2500, height: 1686 };

export function renderRichMenu(container: HTMLElement, shown: ShownRichMenu, controls: RichMenuControls): void {
  const { menu } = shown;
  const size = { width: menu.size?.width || FALLBACK_SIZE.width, height: menu.size?.height || FALLBACK_SIZE.height };
  const bar = h(
    'button',
    { type: 'button', class: 'rich-menu-bar', 'aria-expanded': String(controls.open), onclick: controls.onToggle },
    `${menu.chatBarText || controls.fallbackBarText}${controls.open ? ' ▼' : ' ▲'}`,
    h('span', { class: 'rich-menu-source' }, shown.source),
  );
  const grid = h('div', {
    class: 'rich-menu-grid',
    style: { aspectRatio: `${size.width} / ${size.height}`, display: controls.open ? 'block' : 'none' },
    dataset: { richMenuId: shown.richMenuId, alias: shown.aliasId, drawn: shown.imageUrl ? 'image' : 'boxes' },
  });
  const areas = (withLabels: boolean) => (menu.areas ?? []).map((area) => tapArea(area, size, withLabels, controls.onAction));
  if (shown.imageUrl) {
    const image = h('img', { class: 'rich-menu-image', src: shown.imageUrl, alt: menu.name || 'rich menu', draggable: 'false' });
    // Without its image LINE would show nothing; the simulator falls back to labelled boxes.
    image.addEventListener('error', () => {
      grid.dataset.drawn = 'boxes';
      grid.replaceChildren(...areas(true));
    });
    grid.append(image, ...areas(false));
  } else {
    grid.append(...areas(true));
  }
  container.replaceChildren(bar, grid);
}

function tapArea(area: messagingApi.RichMenuArea, size: { width: number; height: number }, withLabel: boolean, onAction: OnAction): HTMLElement {
  const b = area.bounds ?? { x: 0, y: 0, width: 0, height: 0 };
  const pct = (v: number | undefined, total: number) => `${(100 * (v ?? 0)) / total}%`;
  const action = area.action;
  const label = action ? actionLabel(action) : '';
  return h(
    'button',
    {
      type: 'button',
      class: `rich-menu-area${withLabel ? '' : ' over-image'}`,
      'aria-label': label,
      title: label,
      style: { left: pct(b.x, size.width), top: pct(b.y, size.height), width: pct(b.width, size.width), height: pct(b.height, size.height) },
      onclick: () => action && onAction(action),
    },
    withLabel ? label : null,
  );
}
