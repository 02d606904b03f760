import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import { ui } from '../../content/ui';

/** Small builders shared by every card, so that all cards look alike and stay within limits. */

export const COLORS = { brand: '#232F3E', accent: '#FF9900', link: '#007185', muted: '#6B7280', danger: '#B12704' } as const;

export const postbackAction = (label: string, data: string, displayText?: string): messagingApi.PostbackAction => ({
  type: 'postback',
  label,
  data,
  ...(displayText ? { displayText } : {}),
});

export const uriAction = (label: string, uri: string): messagingApi.URIAction => ({ type: 'uri', label, uri });

export const text = (value: string, options: Partial<messagingApi.FlexText> = {}): messagingApi.FlexText => ({
  type: 'text',
  text: value,
  wrap: true,
  ...options,
});

export const button = (action: messagingApi.Action, style: 'primary' | 'secondary' | 'link' = 'secondary'): messagingApi.FlexButton => ({
  type: 'button',
  action,
  style,
  height: 'sm',
  ...(style === 'primary' ? { color: COLORS.link } : {}),
});

export const separator = (): messagingApi.FlexSeparator => ({ type: 'separator', margin: 'md' });

export const vbox = (contents: messagingApi.FlexComponent[], options: Partial<messagingApi.FlexBox> = {}): messagingApi.FlexBox => ({
  type: 'box',
  layout: 'vertical',
  contents,
  ...options,
});

/** Numbered steps as rows: number column + wrapped text. */
export const steps = (items: readonly string[]): messagingApi.FlexBox =>
  vbox(
    items.map((step, i) => ({
      type: 'box',
      layout: 'baseline',
      spacing: 'sm',
      contents: [text(`${i + 1}.`, { flex: 0, size: 'sm', color: COLORS.accent, weight: 'bold' }), text(step, { size: 'sm', flex: 1 })],
    })),
    { spacing: 'sm', margin: 'md' },
  );

/** A list that is not a sequence, with the language's one bullet and a hanging indent. */
export const bullets = (items: readonly string[], lang: Lang, options: Partial<messagingApi.FlexText> = {}): messagingApi.FlexBox =>
  vbox(
    items.map((item) => ({
      type: 'box',
      layout: 'baseline',
      spacing: 'sm',
      contents: [text(ui.bullet[lang], { flex: 0, size: 'sm', color: COLORS.muted, ...options }), text(item, { size: 'sm', flex: 1, ...options })],
    })),
    { spacing: 'sm', margin: 'md' },
  );

/** Buttons side by side, each an equal share of the row (the message guard checks that labels fit). */
export const buttonRow = (actions: readonly messagingApi.Action[], style: 'primary' | 'secondary' | 'link' = 'secondary'): messagingApi.FlexBox => ({
  type: 'box',
  layout: 'horizontal',
  spacing: 'sm',
  contents: actions.map((a) => ({ ...button(a, style), flex: 1 })),
});

export interface CardSpec {
  title: string;
  body: readonly string[];
  steps?: readonly string[];
  note?: string;
  buttons?: readonly messagingApi.FlexButton[];
  footer?: readonly messagingApi.FlexComponent[];
}

/** The standard answer card: a title, paragraphs, optional steps, a note and buttons. */
export function card(spec: CardSpec): messagingApi.FlexBubble {
  const body: messagingApi.FlexComponent[] = [
    text(spec.title, { weight: 'bold', size: 'md', color: COLORS.brand }),
    ...spec.body.map((p) => text(p, { size: 'sm', margin: 'md' })),
  ];
  if (spec.steps && spec.steps.length > 0) body.push(steps(spec.steps));
  if (spec.note) body.push(separator(), text(spec.note, { size: 'xs', color: COLORS.muted, margin: 'md' }));
  const footer = [...(spec.buttons ?? []), ...(spec.footer ?? [])];
  return {
    type: 'bubble',
    body: vbox(body, { spacing: 'none' }),
    ...(footer.length > 0 ? { footer: vbox(footer, { spacing: 'sm' }) } : {}),
  };
}

/** altText is what a notification preview and old clients show: the title and the start of the body. */
export function flexMessage(altText: string, contents: messagingApi.FlexContainer, quickReply?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const alt = [...altText].length > 400 ? [...altText].slice(0, 399).join('') + '…' : altText;
  return { type: 'flex', altText: alt, contents, ...(quickReply ? { quickReply } : {}) };
}

export const textMessage = (value: string, quickReply?: messagingApi.QuickReply): messagingApi.TextMessage => ({
  type: 'text',
  text: value,
  ...(quickReply ? { quickReply } : {}),
});

export const quickReply = (actions: readonly messagingApi.Action[]): messagingApi.QuickReply => ({
  items: actions.slice(0, 13).map((action) => ({ type: 'action', action })),
});
