import { html, raw } from 'hono/html';
import type { RichMenuDefinition, RichMenuIcon } from '../../content/richmenus';
import { NOTO_SANS_JP, notoSansJpFontFaces } from './noto-sans-jp';

/**
 * The rich-menu image as an HTML page of exactly the menu's size: one cell per area, at
 * the area's own bounds, so what the user sees is where they tap. The labels are drawn in the
 * Noto Sans JP the project ships, inlined; the page's `labelsReady` promise resolves to true
 * once that font is loaded and the labels are sized, and to false if it could not load.
 */

// Line icons on a 24×24 grid, drawn with strokes so they stay crisp at any size.
const ICONS: Record<RichMenuIcon, string> = {
  link: '<path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5"/><path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5"/>',
  key: '<circle cx="7.5" cy="15.5" r="4.5"/><path d="M10.7 12.3 21 2"/><path d="m16 7 3 3"/><path d="m18.5 4.5 2 2"/>',
  question: '<circle cx="12" cy="12" r="10"/><path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3"/><path d="M12 17h.01"/>',
  help: '<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>',
  bell: '<path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"/><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0"/>',
  history: '<path d="M3 12a9 9 0 1 0 3-6.7L3 8"/><path d="M3 3v5h5"/><path d="M12 7v5l4 2"/>',
  status: '<circle cx="12" cy="12" r="10"/><path d="m8 12 3 3 5-6"/>',
};

const PALETTE = {
  background: '#FFFFFF',
  cell: '#F3F4F6',
  primary: '#232F3E',
  text: '#111827',
  icon: '#007185',
  primaryText: '#FFFFFF',
  primaryIcon: '#FF9900',
};

export async function richMenuHtml(menu: RichMenuDefinition): Promise<string> {
  const gap = 12;
  const labelText = menu.buttons.map(({ label }) => label[menu.lang]).join('');
  // Icons and text scale with the cell so the half-height menu stays as legible as the full one.
  const cells = menu.buttons.map(({ cell, label, icon, primary }) => {
    const iconSize = Math.round(cell.height * 0.34);
    return html`<div class="cell${primary ? ' primary' : ''}" style="left:${cell.x + gap}px;top:${cell.y + gap}px;width:${cell.width - 2 * gap}px;height:${cell.height - 2 * gap}px">
  <svg viewBox="0 0 24 24" width="${iconSize}" height="${iconSize}" fill="none" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${raw(ICONS[icon])}</svg>
  <div class="label">${label[menu.lang]}</div>
</div>\n`;
  });
  const page = await html`<!doctype html>
<html lang="${menu.lang}"><head><meta charset="utf-8"><style>
${raw(notoSansJpFontFaces(labelText))}
  html, body { margin: 0; padding: 0; background: ${PALETTE.background}; }
  body { position: relative; width: ${menu.size.width}px; height: ${menu.size.height}px; overflow: hidden;
    font-family: '${raw(NOTO_SANS_JP)}', sans-serif; }
  .cell { position: absolute; box-sizing: border-box; border-radius: 36px; background: ${PALETTE.cell};
    display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 4%; }
  .cell svg { stroke: ${PALETTE.icon}; }
  .label { color: ${PALETTE.text}; font-weight: 700; text-align: center; line-height: 1.15; white-space: nowrap; }
  .primary { background: ${PALETTE.primary}; }
  .primary svg { stroke: ${PALETTE.primaryIcon}; }
  .primary .label { color: ${PALETTE.primaryText}; }
</style></head>
<body>
${cells}
<script>
  // One font size for every label, the largest at which the longest one still fits on one line,
  // measured in the shipped font once it has loaded.
  const labels = [...document.querySelectorAll('.label')];
  let size = ${Math.round(Math.min(...menu.buttons.map((b) => b.cell.height)) * 0.16)};
  const fits = () => labels.every((l) => l.scrollWidth <= l.parentElement.clientWidth * 0.88);
  window.labelsReady = document.fonts.load("700 " + size + "px '${raw(NOTO_SANS_JP)}'", ${raw(JSON.stringify(labelText).replace(/</g, '\\u003c'))}).then((faces) => {
    for (;;) {
      labels.forEach((l) => (l.style.fontSize = size + 'px'));
      if (fits() || size <= 40) break;
      size -= 2;
    }
    return faces.length > 0 && faces.every((face) => face.status === 'loaded');
  }, () => false);
</script>
</body></html>`;
  return page.toString();
}
