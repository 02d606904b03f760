/**
 * flex-renderer.js: LINE messages → DOM. Follows the Flex Message layout rules (box
 * layouts, default flex per layout, spacing vs margin, keyword sizes) closely enough that
 * a card looks here as it will in LINE. Anything it does not know is shown as a visible
 * placeholder rather than dropped, so a broken message is noticed.
 */
export const flexRendererJs = /* js */ String.raw`
import { h } from './dom.js';

const SPACING = { none: '0px', xs: '2px', sm: '4px', md: '8px', lg: '12px', xl: '16px', xxl: '20px' };
const TEXT_SIZE = { xxs: '11px', xs: '13px', sm: '14px', md: '16px', lg: '19px', xl: '22px', xxl: '29px', '3xl': '35px', '4xl': '48px', '5xl': '74px' };
const IMAGE_SIZE = { xxs: '40px', xs: '60px', sm: '80px', md: '100px', lg: '120px', xl: '140px', xxl: '160px', '3xl': '180px', '4xl': '200px', '5xl': '220px', full: '100%' };
const BUBBLE_WIDTH = { nano: '120px', micro: '160px', deca: '220px', hecto: '241px', kilo: '260px', mega: '300px', giga: '386px' };
const BORDER_WIDTH = { none: '0px', light: '0.5px', normal: '1px', medium: '2px', 'semi-bold': '3px', bold: '4px' };
const BUTTON_HEIGHT = { sm: '40px', md: '52px' };
const JUSTIFY = { 'flex-start': 'flex-start', center: 'center', 'flex-end': 'flex-end', 'space-between': 'space-between', 'space-around': 'space-around', 'space-evenly': 'space-evenly' };
const ALIGN = { start: 'left', center: 'center', end: 'right' };
const GRAVITY = { top: 'flex-start', center: 'center', bottom: 'flex-end' };
const BLOCK_PADDING = { header: '20px', hero: '0px', body: '20px', footer: '10px' };

/** A keyword from the table, or a literal px/% value; anything else is ignored. */
function size(table, value) {
  if (value === undefined || value === null) return undefined;
  if (Object.hasOwn(table, value)) return table[value];
  return /^\d+(\.\d+)?(px|%)$/.test(String(value)) ? String(value) : undefined;
}

function clickable(el, action, ctx) {
  if (!action) return el;
  el.classList.add('fx-clickable');
  el.title = actionLabel(action);
  el.addEventListener('click', (event) => {
    event.stopPropagation();
    ctx.onAction(action);
  });
  return el;
}

export function actionLabel(action) {
  return action.label || action.displayText || action.text || action.uri || action.data || action.type;
}

/** flex, margin and position: what a component's parent box decides about it. */
function placeInParent(el, c, ctx, index) {
  // Separators, icons and spacers take their own size; LINE gives them no flex.
  const fixed = c.type === 'separator' || c.type === 'icon' || c.type === 'spacer';
  const flex = fixed ? 0 : c.flex !== undefined ? c.flex : ctx.layout === 'vertical' ? 0 : 1;
  el.style.flex = flex === 0 ? '0 0 auto' : flex + ' 1 0px';
  const gap = c.margin !== undefined ? size(SPACING, c.margin) : index > 0 ? size(SPACING, ctx.spacing) : undefined;
  if (gap && index > 0) el.style[ctx.layout === 'vertical' ? 'marginTop' : 'marginLeft'] = gap;
  if (c.position === 'absolute') el.style.position = 'absolute';
  for (const [key, prop] of [['offsetTop', 'top'], ['offsetBottom', 'bottom'], ['offsetStart', 'left'], ['offsetEnd', 'right']]) {
    const v = size(SPACING, c[key]);
    if (v) {
      if (c.position !== 'absolute') el.style.position = 'relative';
      el.style[prop] = v;
    }
  }
  if (c.gravity && ctx.layout !== 'vertical') el.style.alignSelf = GRAVITY[c.gravity];
  return el;
}

function box(c, ctx) {
  const layout = ['horizontal', 'baseline', 'vertical'].includes(c.layout) ? c.layout : 'vertical';
  const el = h('div', { class: 'fx-box fx-' + layout, dataset: { layout } });
  el.style.flexDirection = layout === 'vertical' ? 'column' : 'row';
  if (layout === 'baseline') el.style.alignItems = 'baseline';
  if (c.backgroundColor) el.style.backgroundColor = c.backgroundColor;
  if (c.background && c.background.type === 'linearGradient') {
    const stops = [c.background.startColor, c.background.centerColor && c.background.centerColor + ' ' + (c.background.centerPosition || '50%'), c.background.endColor].filter(Boolean);
    el.style.backgroundImage = 'linear-gradient(' + (c.background.angle || '0deg') + ', ' + stops.join(', ') + ')';
  }
  if (c.borderColor || c.borderWidth) {
    el.style.borderStyle = 'solid';
    el.style.borderColor = c.borderColor || '#000000';
    el.style.borderWidth = size(BORDER_WIDTH, c.borderWidth) || '1px';
  }
  const radius = size(SPACING, c.cornerRadius);
  if (radius) {
    el.style.borderRadius = radius;
    el.style.overflow = 'hidden';
  }
  const padding = {
    paddingTop: c.paddingTop ?? c.paddingAll ?? ctx.defaultPadding,
    paddingBottom: c.paddingBottom ?? c.paddingAll ?? ctx.defaultPadding,
    paddingLeft: c.paddingStart ?? c.paddingAll ?? ctx.defaultPadding,
    paddingRight: c.paddingEnd ?? c.paddingAll ?? ctx.defaultPadding,
  };
  for (const [prop, value] of Object.entries(padding)) {
    const v = size(SPACING, value);
    if (v) el.style[prop] = v;
  }
  for (const [key, prop] of [['width', 'width'], ['maxWidth', 'maxWidth'], ['height', 'height'], ['maxHeight', 'maxHeight']]) {
    const v = size({}, c[key]);
    if (v) el.style[prop] = v;
  }
  if (JUSTIFY[c.justifyContent]) el.style.justifyContent = JUSTIFY[c.justifyContent];
  if (JUSTIFY[c.alignItems]) el.style.alignItems = JUSTIFY[c.alignItems];
  const inner = { onAction: ctx.onAction, layout, spacing: c.spacing };
  (c.contents || []).forEach((child, i) => el.append(component(child, inner, i)));
  return clickable(el, c.action, ctx);
}

function textStyle(el, c, defaults) {
  const fontSize = size(TEXT_SIZE, c.size) || defaults.size;
  if (fontSize) el.style.fontSize = fontSize;
  if (c.weight === 'bold') el.style.fontWeight = 'bold';
  if (c.color || defaults.color) el.style.color = c.color || defaults.color;
  if (c.style === 'italic') el.style.fontStyle = 'italic';
  if (c.decoration && c.decoration !== 'none') el.style.textDecoration = c.decoration;
}

function text(c, ctx) {
  const el = h('div', { class: 'fx-text' });
  if (Array.isArray(c.contents) && c.contents.length > 0) {
    for (const span of c.contents) {
      const s = h('span', null, span.text || '');
      textStyle(s, span, {});
      el.append(s);
    }
  } else {
    el.textContent = c.text || '';
  }
  textStyle(el, c, { size: TEXT_SIZE.md, color: '#111111' });
  if (c.wrap) {
    el.style.whiteSpace = 'pre-wrap';
    el.style.overflowWrap = 'anywhere';
  } else {
    el.style.whiteSpace = 'nowrap';
    el.style.overflow = 'hidden';
    el.style.textOverflow = 'ellipsis';
  }
  if (c.wrap && c.maxLines > 0) {
    el.style.display = '-webkit-box';
    el.style.webkitBoxOrient = 'vertical';
    el.style.webkitLineClamp = String(c.maxLines);
    el.style.overflow = 'hidden';
  }
  if (c.lineSpacing) el.style.lineHeight = 'calc(1.4em + ' + c.lineSpacing + ')';
  if (ALIGN[c.align]) el.style.textAlign = ALIGN[c.align];
  return clickable(el, c.action, ctx);
}

function button(c, ctx) {
  const style = ['primary', 'secondary', 'link'].includes(c.style) ? c.style : 'link';
  const el = h('button', { type: 'button', class: 'fx-button fx-button-' + style, dataset: { action: c.action ? c.action.type : 'none' } }, h('span', null, c.action ? c.action.label || '' : ''));
  el.style.height = BUTTON_HEIGHT[c.height] || BUTTON_HEIGHT.md;
  if (c.color) el.style[style === 'link' ? 'color' : 'backgroundColor'] = c.color;
  if (c.action) el.addEventListener('click', () => ctx.onAction(c.action));
  return el;
}

function aspect(ratio) {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(ratio || '1:1');
  return m ? m[1] + ' / ' + m[2] : '1 / 1';
}

function imageElement(url, alt, onFail) {
  const img = h('img', { src: url, alt: alt || '', loading: 'lazy' });
  img.addEventListener('error', () => img.replaceWith(onFail()));
  return img;
}

function image(c, ctx) {
  const width = size(IMAGE_SIZE, c.size) || IMAGE_SIZE.md;
  const el = h('div', { class: 'fx-image' });
  const frame = h('div', { style: { width, maxWidth: '100%', aspectRatio: aspect(c.aspectRatio), backgroundColor: c.backgroundColor || '' } });
  const img = imageElement(c.url, 'image', () => h('div', { class: 'placeholder' }, 'image'));
  img.style.objectFit = c.aspectMode === 'cover' ? 'cover' : 'contain';
  frame.append(img);
  el.style.justifyContent = c.align === 'start' ? 'flex-start' : c.align === 'end' ? 'flex-end' : 'center';
  el.append(frame);
  return clickable(el, c.action, ctx);
}

function icon(c) {
  const height = size(TEXT_SIZE, c.size) || TEXT_SIZE.md;
  const el = h('span', { class: 'fx-icon', style: { height, aspectRatio: aspect(c.aspectRatio) } });
  el.append(imageElement(c.url, '', () => h('span', null, '◆')));
  el.firstChild.style.height = '100%';
  return el;
}

function separator(c, ctx) {
  const el = h('div', { class: 'fx-separator' });
  if (c.color) el.style.backgroundColor = c.color;
  if (ctx.layout === 'vertical') el.style.height = '1px';
  else el.style.width = '1px';
  return el;
}

function component(c, ctx, index) {
  let el;
  switch (c && c.type) {
    case 'box': el = box(c, { ...ctx, defaultPadding: undefined }); break;
    case 'text': el = text(c, ctx); break;
    case 'button': el = button(c, ctx); break;
    case 'image': el = image(c, ctx); break;
    case 'icon': el = icon(c); break;
    case 'separator': el = separator(c, ctx); break;
    case 'filler': el = h('div', { class: 'fx-filler' }); break;
    // Legacy spacer: LINE still draws it as empty space; our bot never sends one.
    case 'spacer': el = h('div', { class: 'fx-spacer', style: { minHeight: size(SPACING, c.size) || '8px', minWidth: size(SPACING, c.size) || '8px' } }); break;
    case 'video': return c.altContent ? component(c.altContent, ctx, index) : h('div', { class: 'fx-unsupported' }, '[video]');
    default: return h('div', { class: 'fx-unsupported' }, '[' + (c && c.type) + ']');
  }
  return placeInParent(el, c, ctx, index);
}

function bubble(b, onAction) {
  const el = h('div', { class: 'fx-bubble', dataset: { size: b.size || 'mega' } });
  el.style.width = BUBBLE_WIDTH[b.size] || BUBBLE_WIDTH.mega;
  if (b.direction === 'rtl') el.style.direction = 'rtl';
  for (const part of ['header', 'hero', 'body', 'footer']) {
    const block = b[part];
    if (!block) continue;
    const style = (b.styles && b.styles[part]) || {};
    const wrap = h('div', { class: 'fx-block fx-' + part, style: { backgroundColor: style.backgroundColor || '', display: 'flex', flexDirection: 'column' } });
    if (style.separator) wrap.style.borderTop = '1px solid ' + (style.separatorColor || '#e5e7eb');
    const ctx = { onAction, layout: 'vertical' };
    const root = block.type === 'box' ? box(block, { ...ctx, defaultPadding: BLOCK_PADDING[part] }) : component(block, ctx, 0);
    if (part === 'body' || part === 'hero') root.style.flex = '1 0 auto';
    wrap.append(root);
    el.append(wrap);
  }
  return clickable(el, b.action, { onAction });
}

export function flexContainer(container, onAction) {
  if (container.type === 'carousel') return h('div', { class: 'fx-carousel' }, (container.contents || []).map((b) => bubble(b, onAction)));
  if (container.type === 'bubble') return bubble(container, onAction);
  return h('div', { class: 'fx-unsupported' }, '[flex ' + container.type + ']');
}

function template(t, onAction) {
  const buttons = (actions) => (actions || []).map((a) => h('button', { type: 'button', onclick: () => onAction(a) }, actionLabel(a)));
  const card = (title, textValue, actions, imageUrl) =>
    h('div', { class: 'template' },
      imageUrl ? h('img', { src: imageUrl, alt: '', style: { width: '100%' } }) : null,
      h('div', { class: 'template-body' }, title ? h('div', { class: 'template-title' }, title) : null, textValue),
      buttons(actions));
  if (t.type === 'buttons') return card(t.title, t.text, t.actions, t.thumbnailImageUrl);
  if (t.type === 'confirm') return card(null, t.text, t.actions);
  if (t.type === 'carousel') return h('div', { class: 'fx-carousel' }, (t.columns || []).map((col) => card(col.title, col.text, col.actions, col.thumbnailImageUrl)));
  if (t.type === 'image_carousel') return h('div', { class: 'fx-carousel' }, (t.columns || []).map((col) => card(null, '', [col.action], col.imageUrl)));
  return h('div', { class: 'fx-unsupported' }, '[template ' + t.type + ']');
}

/** One message as the chat shows it; onAction(action) runs a tapped action. */
export function renderMessage(message, onAction) {
  switch (message.type) {
    case 'text': return h('div', { class: 'msg-text' }, message.text);
    case 'flex': return h('div', { class: 'msg-flex', title: 'altText: ' + message.altText }, flexContainer(message.contents, onAction));
    case 'image': return h('img', { class: 'msg-image', src: message.previewImageUrl || message.originalContentUrl, alt: 'image' });
    case 'sticker': return h('div', { class: 'msg-text' }, '[sticker ' + message.packageId + '/' + message.stickerId + ']');
    case 'template': return h('div', { class: 'msg-template', title: 'altText: ' + message.altText }, template(message.template, onAction));
    default: return h('div', { class: 'msg-text fx-unsupported' }, '[' + message.type + '] ' + (message.altText || ''));
  }
}
`;
