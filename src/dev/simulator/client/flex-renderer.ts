import type { messagingApi } from '@line/bot-sdk';
import { h } from './dom';

/**
 * LINE messages → DOM. Follows the Flex Message layout rules (box layouts, default flex per
 * layout, spacing vs margin, keyword sizes) closely enough that a card looks here as it will
 * in LINE. Anything it does not know is shown as a visible placeholder rather than dropped,
 * so a broken message is noticed: the messages come from the bot, typed, but unchecked.
 */

type Action = messagingApi.Action;
type Component = messagingApi.FlexComponent;
type Layout = messagingApi.FlexBox.LayoutEnum;
export type OnAction = (action: Action) => void;

interface Ctx {
  onAction: OnAction;
  /** The layout of the parent box. */
  layout: Layout;
  /** The parent box's spacing. */
  spacing?: string | undefined;
  /** Padding of a bubble's block box (header, body…) when the box sets none. */
  defaultPadding?: string | undefined;
}

type Table = Readonly<Record<string, string>>;
const SPACING: Table = { none: '0px', xs: '2px', sm: '4px', md: '8px', lg: '12px', xl: '16px', xxl: '20px' };
const TEXT_SIZE: Table = { xxs: '11px', xs: '13px', sm: '14px', md: '16px', lg: '19px', xl: '22px', xxl: '29px', '3xl': '35px', '4xl': '48px', '5xl': '74px' };
const IMAGE_SIZE: Table = { xxs: '40px', xs: '60px', sm: '80px', md: '100px', lg: '120px', xl: '140px', xxl: '160px', '3xl': '180px', '4xl': '200px', '5xl': '220px', full: '100%' };
const BUBBLE_WIDTH: Table = { nano: '120px', micro: '160px', deca: '220px', hecto: '241px', kilo: '260px', mega: '300px', giga: '386px' };
const BORDER_WIDTH: Table = { none: '0px', light: '0.5px', normal: '1px', medium: '2px', 'semi-bold': '3px', bold: '4px' };
const BUTTON_HEIGHT: Table = { sm: '40px', md: '52px' };
const JUSTIFY: Table = { 'flex-start': 'flex-start', center: 'center', 'flex-end': 'flex-end', 'space-between': 'space-between', 'space-around': 'space-around', 'space-evenly': 'space-evenly' };
const ALIGN: Table = { start: 'left', center: 'center', end: 'right' };
const GRAVITY: Table = { top: 'flex-start', center: 'center', bottom: 'flex-end' };
const BLOCK_PADDING: Table = { header: '20px', hero: '0px', body: '20px', footer: '10px' };
const BLOCKS = ['header', 'hero', 'body', 'footer'] as const;

/** A keyword from the table, or a literal px/% value; anything else is ignored. */
function size(table: Table, value: string | number | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const key = String(value);
  if (Object.hasOwn(table, key)) return table[key];
  return /^\d+(\.\d+)?(px|%)$/.test(key) ? key : undefined;
}

export function actionLabel(action: Action): string {
  const a = action as Partial<Record<'label' | 'displayText' | 'text' | 'uri' | 'data' | 'type', string>>;
  return a.label || a.displayText || a.text || a.uri || a.data || a.type || 'action';
}

function clickable<T extends HTMLElement>(el: T, action: Action | undefined, ctx: { onAction: OnAction }): T {
  if (!action) return el;
  el.classList.add('fx-clickable');
  el.title = actionLabel(action);
  el.addEventListener('click', (event) => {
    event.stopPropagation();
    ctx.onAction(action);
  });
  return el;
}

type Placed = { type: string; flex?: number; margin?: string; position?: string; offsetTop?: string; offsetBottom?: string; offsetStart?: string; offsetEnd?: string; gravity?: string };

/** flex, margin and position: what a component's parent box decides about it. */
function placeInParent(el: HTMLElement, c: Placed, ctx: Ctx, index: number): HTMLElement {
  // Separators, icons and spacers take their own size; LINE gives them no flex.
  const fixed = c.type === 'separator' || c.type === 'icon' || c.type === 'spacer';
  const flex = fixed ? 0 : c.flex !== undefined ? c.flex : ctx.layout === 'vertical' ? 0 : 1;
  el.style.flex = flex === 0 ? '0 0 auto' : `${flex} 1 0px`;
  const gap = c.margin !== undefined ? size(SPACING, c.margin) : index > 0 ? size(SPACING, ctx.spacing) : undefined;
  if (gap && index > 0) {
    if (ctx.layout === 'vertical') el.style.marginTop = gap;
    else el.style.marginLeft = gap;
  }
  if (c.position === 'absolute') el.style.position = 'absolute';
  const offsets = [
    [c.offsetTop, 'top'],
    [c.offsetBottom, 'bottom'],
    [c.offsetStart, 'left'],
    [c.offsetEnd, 'right'],
  ] as const;
  for (const [value, side] of offsets) {
    const v = size(SPACING, value);
    if (!v) continue;
    if (c.position !== 'absolute') el.style.position = 'relative';
    el.style[side] = v;
  }
  const gravity = c.gravity ? GRAVITY[c.gravity] : undefined;
  if (gravity && ctx.layout !== 'vertical') el.style.alignSelf = gravity;
  return el;
}

function box(c: messagingApi.FlexBox, ctx: Ctx): HTMLElement {
  const layout: Layout = c.layout === 'horizontal' || c.layout === 'baseline' ? c.layout : 'vertical';
  const el = h('div', { class: `fx-box fx-${layout}`, dataset: { layout } });
  el.style.flexDirection = layout === 'vertical' ? 'column' : 'row';
  if (layout === 'baseline') el.style.alignItems = 'baseline';
  if (c.backgroundColor) el.style.backgroundColor = c.backgroundColor;
  if (c.background?.type === 'linearGradient') {
    const g = c.background;
    const stops = [g.startColor, g.centerColor && `${g.centerColor} ${g.centerPosition || '50%'}`, g.endColor].filter(Boolean);
    el.style.backgroundImage = `linear-gradient(${g.angle || '0deg'}, ${stops.join(', ')})`;
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
  const padding = [
    ['paddingTop', c.paddingTop],
    ['paddingBottom', c.paddingBottom],
    ['paddingLeft', c.paddingStart],
    ['paddingRight', c.paddingEnd],
  ] as const;
  for (const [side, own] of padding) {
    const v = size(SPACING, own ?? c.paddingAll ?? ctx.defaultPadding);
    if (v) el.style[side] = v;
  }
  const dimensions = [
    ['width', c.width],
    ['maxWidth', c.maxWidth],
    ['height', c.height],
    ['maxHeight', c.maxHeight],
  ] as const;
  for (const [property, value] of dimensions) {
    const v = size({}, value);
    if (v) el.style[property] = v;
  }
  const justify = c.justifyContent ? JUSTIFY[c.justifyContent] : undefined;
  if (justify) el.style.justifyContent = justify;
  const align = c.alignItems ? JUSTIFY[c.alignItems] : undefined;
  if (align) el.style.alignItems = align;
  const inner: Ctx = { onAction: ctx.onAction, layout, spacing: c.spacing };
  (c.contents ?? []).forEach((child, i) => el.append(component(child, inner, i)));
  return clickable(el, c.action, ctx);
}

interface TextLook {
  size?: string | undefined;
  weight?: string | undefined;
  color?: string | undefined;
  style?: string | undefined;
  decoration?: string | undefined;
}

function textStyle(el: HTMLElement, c: TextLook, defaults: { size?: string | undefined; color?: string | undefined }): void {
  const fontSize = size(TEXT_SIZE, c.size) || defaults.size;
  if (fontSize) el.style.fontSize = fontSize;
  if (c.weight === 'bold') el.style.fontWeight = 'bold';
  const color = c.color || defaults.color;
  if (color) el.style.color = color;
  if (c.style === 'italic') el.style.fontStyle = 'italic';
  if (c.decoration && c.decoration !== 'none') el.style.textDecoration = c.decoration;
}

function text(c: messagingApi.FlexText, ctx: Ctx): HTMLElement {
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
  if (c.wrap && c.maxLines && c.maxLines > 0) {
    el.style.display = '-webkit-box';
    el.style.setProperty('-webkit-box-orient', 'vertical');
    el.style.setProperty('-webkit-line-clamp', String(c.maxLines));
    el.style.overflow = 'hidden';
  }
  if (c.lineSpacing) el.style.lineHeight = `calc(1.4em + ${c.lineSpacing})`;
  const align = c.align ? ALIGN[c.align] : undefined;
  if (align) el.style.textAlign = align;
  return clickable(el, c.action, ctx);
}

function button(c: messagingApi.FlexButton, ctx: Ctx): HTMLElement {
  const style = c.style === 'primary' || c.style === 'secondary' ? c.style : 'link';
  const action = c.action as Action | undefined;
  const el = h('button', { type: 'button', class: `fx-button fx-button-${style}`, dataset: { action: action?.type ?? 'none' } }, h('span', null, action?.label ?? ''));
  el.style.height = (c.height && BUTTON_HEIGHT[c.height]) || BUTTON_HEIGHT.md!;
  if (c.color) {
    if (style === 'link') el.style.color = c.color;
    else el.style.backgroundColor = c.color;
  }
  if (action) el.addEventListener('click', () => ctx.onAction(action));
  return el;
}

function aspect(ratio: string | undefined): string {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(ratio || '1:1');
  return m ? `${m[1]} / ${m[2]}` : '1 / 1';
}

function imageElement(url: string, alt: string, onFail: () => HTMLElement): HTMLImageElement {
  const img = h('img', { src: url, alt, loading: 'lazy' });
  img.addEventListener('error', () => img.replaceWith(onFail()));
  return img;
}

function image(c: messagingApi.FlexImage, ctx: Ctx): HTMLElement {
  const width = size(IMAGE_SIZE, c.size) || IMAGE_SIZE.md!;
  const el = h('div', { class: 'fx-image' });
  const frame = h('div', { style: { width, maxWidth: '100%', aspectRatio: aspect(c.aspectRatio), backgroundColor: c.backgroundColor || '' } });
  const img = imageElement(c.url, 'image', () => h('div', { class: 'placeholder' }, 'image'));
  img.style.objectFit = c.aspectMode === 'cover' ? 'cover' : 'contain';
  frame.append(img);
  el.style.justifyContent = c.align === 'start' ? 'flex-start' : c.align === 'end' ? 'flex-end' : 'center';
  el.append(frame);
  return clickable(el, c.action, ctx);
}

function icon(c: messagingApi.FlexIcon): HTMLElement {
  const height = size(TEXT_SIZE, c.size) || TEXT_SIZE.md!;
  const img = imageElement(c.url, '', () => h('span', null, '◆'));
  img.style.height = '100%';
  return h('span', { class: 'fx-icon', style: { height, aspectRatio: aspect(c.aspectRatio) } }, img);
}

function separator(c: messagingApi.FlexSeparator, ctx: Ctx): HTMLElement {
  const el = h('div', { class: 'fx-separator' });
  if (c.color) el.style.backgroundColor = c.color;
  if (ctx.layout === 'vertical') el.style.height = '1px';
  else el.style.width = '1px';
  return el;
}

const unsupported = (what: string) => h('div', { class: 'fx-unsupported' }, `[${what}]`);

function component(c: Component, ctx: Ctx, index: number): HTMLElement {
  const kind = (c as { type?: unknown } | null)?.type;
  // The legacy spacer is not in the SDK's types any more; LINE still draws it as empty space.
  if (kind === 'spacer') {
    const gap = size(SPACING, (c as { size?: string }).size) || '8px';
    return placeInParent(h('div', { class: 'fx-spacer', style: { minHeight: gap, minWidth: gap } }), { type: 'spacer' }, ctx, index);
  }
  let el: HTMLElement;
  switch (c.type) {
    case 'box': el = box(c, { ...ctx, defaultPadding: undefined }); break;
    case 'text': el = text(c, ctx); break;
    case 'button': el = button(c, ctx); break;
    case 'image': el = image(c, ctx); break;
    case 'icon': el = icon(c); break;
    case 'separator': el = separator(c, ctx); break;
    case 'filler': el = h('div', { class: 'fx-filler' }); break;
    case 'video': return c.altContent ? component(c.altContent, ctx, index) : unsupported('video');
    default: return unsupported(String(kind));
  }
  return placeInParent(el, c as Placed, ctx, index);
}

function bubble(b: messagingApi.FlexBubble, onAction: OnAction): HTMLElement {
  const el = h('div', { class: 'fx-bubble', dataset: { size: b.size || 'mega' } });
  el.style.width = (b.size && BUBBLE_WIDTH[b.size]) || BUBBLE_WIDTH.mega!;
  if (b.direction === 'rtl') el.style.direction = 'rtl';
  for (const part of BLOCKS) {
    const block = b[part];
    if (!block) continue;
    const style = b.styles?.[part] ?? {};
    const wrap = h('div', { class: `fx-block fx-${part}`, style: { backgroundColor: style.backgroundColor || '', display: 'flex', flexDirection: 'column' } });
    if (style.separator) wrap.style.borderTop = `1px solid ${style.separatorColor || '#e5e7eb'}`;
    const ctx: Ctx = { onAction, layout: 'vertical' };
    const root = block.type === 'box' ? box(block, { ...ctx, defaultPadding: BLOCK_PADDING[part] }) : component(block, ctx, 0);
    if (part === 'body' || part === 'hero') root.style.flex = '1 0 auto';
    wrap.append(root);
    el.append(wrap);
  }
  return clickable(el, b.action, { onAction });
}

function flexContainer(container: messagingApi.FlexContainer, onAction: OnAction): HTMLElement {
  if (container.type === 'carousel') return h('div', { class: 'fx-carousel' }, (container.contents ?? []).map((b) => bubble(b, onAction)));
  if (container.type === 'bubble') return bubble(container, onAction);
  return unsupported(`flex ${(container as { type?: unknown }).type}`);
}

function template(t: messagingApi.Template, onAction: OnAction): HTMLElement {
  const buttons = (actions: (Action | undefined)[]) => actions.flatMap((a) => (a ? [h('button', { type: 'button', onclick: () => onAction(a) }, actionLabel(a))] : []));
  const card = (title: string | undefined, body: string, actions: (Action | undefined)[], imageUrl?: string) =>
    h('div', { class: 'template' },
      imageUrl ? h('img', { src: imageUrl, alt: '', style: { width: '100%' } }) : null,
      h('div', { class: 'template-body' }, title ? h('div', { class: 'template-title' }, title) : null, body),
      buttons(actions));
  switch (t.type) {
    case 'buttons': return card(t.title, t.text, t.actions ?? [], t.thumbnailImageUrl);
    case 'confirm': return card(undefined, t.text, t.actions ?? []);
    case 'carousel': return h('div', { class: 'fx-carousel' }, (t.columns ?? []).map((col) => card(col.title, col.text, col.actions ?? [], col.thumbnailImageUrl)));
    case 'image_carousel': return h('div', { class: 'fx-carousel' }, (t.columns ?? []).map((col) => card(undefined, '', [col.action], col.imageUrl)));
    default: return unsupported(`template ${(t as { type?: unknown }).type}`);
  }
}

/** One message as the chat shows it; onAction(action) runs a tapped action. */
export function renderMessage(message: messagingApi.Message, onAction: OnAction): HTMLElement {
  switch (message.type) {
    case 'text': return h('div', { class: 'msg-text' }, message.text);
    case 'flex': return h('div', { class: 'msg-flex', title: `altText: ${message.altText}` }, flexContainer(message.contents, onAction));
    case 'image': return h('img', { class: 'msg-image', src: message.previewImageUrl || message.originalContentUrl, alt: 'image' });
    case 'sticker': return h('div', { class: 'msg-text' }, `[sticker ${message.packageId}/${message.stickerId}]`);
    case 'template': return h('div', { class: 'msg-template', title: `altText: ${message.altText}` }, template(message.template, onAction));
    default: {
      const other = message as { type?: unknown; altText?: unknown };
      return h('div', { class: 'msg-text fx-unsupported' }, `[${String(other.type)}] ${typeof other.altText === 'string' ? other.altText : ''}`);
    }
  }
}
