import type { messagingApi } from '@line/bot-sdk';
import { visualWidth } from './text-width';

/**
 * LINE's documented limits for what we send. Everything that leaves through LineClient
 * passes assertValidMessages, so an invalid message fails loudly in tests instead of
 * being rejected by LINE in production.
 */
export const LINE_LIMITS = {
  messagesPerRequest: 5,
  textLength: 5000,
  altTextLength: 1500,
  postbackDataLength: 300,
  displayTextLength: 300,
  quickReplyItems: 13,
  quickReplyLabelLength: 20,
  flexButtonLabelLength: 40,
  uriLength: 1000,
  bubbleBytes: 30 * 1024,
  carouselBytes: 50 * 1024,
  carouselBubbles: 12,
} as const;

/**
 * What a phone shows without cutting it. LINE lays a bubble out at a fixed width and draws a
 * button label in a 16 px font with 12 px of padding on each side, ending it in "…" when it
 * does not fit. A wide character (kanji, kana) is about 16 px and a narrow one about 8, so a
 * label's visual width (text-width.ts) times 8 px must fit the button: in a mega bubble that
 * is 32 units for a full-width footer button, 14 for one of two side by side (「役に立たなかった」,
 * 16, is cut to 「役に立たなか…」) and 8 for one of three.
 */
export const PHONE_LAYOUT = {
  bubblePx: { nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 386 },
  blockPaddingPx: { header: 20, hero: 0, body: 20, footer: 10 },
  spacingPx: { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 },
  buttonPaddingPx: 12,
  unitPx: 8,
  /** Quick-reply chips scroll sideways, but one wider than this crowds out the rest. */
  quickReplyLabelUnits: 24,
} as const;

export class MessageGuardError extends Error {
  constructor(readonly violations: string[]) {
    super(`message rejected by the guard: ${violations.join('; ')}`);
    this.name = 'MessageGuardError';
  }
}

const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function checkAction(action: unknown, labelLimit: number, path: string, out: string[], widthLimit?: number): void {
  if (!isObject(action)) return;
  const { label, data, displayText, uri, text } = action as Record<string, unknown>;
  if (typeof label === 'string' && [...label].length > labelLimit) out.push(`${path}.label is longer than ${labelLimit}`);
  if (typeof label === 'string' && widthLimit !== undefined) checkLabelWidth(label, widthLimit, path, out);
  if (typeof label === 'string' && label.trim() === '') out.push(`${path}.label is empty`);
  if (typeof data === 'string' && data.length > LINE_LIMITS.postbackDataLength) out.push(`${path}.data is longer than ${LINE_LIMITS.postbackDataLength}`);
  if (typeof displayText === 'string' && [...displayText].length > LINE_LIMITS.displayTextLength) out.push(`${path}.displayText is too long`);
  if (typeof text === 'string' && [...text].length > LINE_LIMITS.displayTextLength) out.push(`${path}.text is too long`);
  if (typeof uri === 'string' && (uri.length > LINE_LIMITS.uriLength || !/^(https?|line|tel):/.test(uri))) out.push(`${path}.uri is invalid`);
}

function checkLabelWidth(label: string, units: number, path: string, out: string[]): void {
  const width = visualWidth(label);
  if (width > units) out.push(`${path}.label "${label}" is ${width} wide, but only ${units} fit on a phone`);
}

/** A spacing keyword or "Npx" in px; anything else (percentages, nothing) counts as 0. */
function px(value: unknown, ofWidth = 0): number {
  if (typeof value !== 'string') return 0;
  if (Object.hasOwn(PHONE_LAYOUT.spacingPx, value)) return PHONE_LAYOUT.spacingPx[value as keyof typeof PHONE_LAYOUT.spacingPx];
  const n = /^(\d+(?:\.\d+)?)(px|%)$/.exec(value);
  if (!n) return 0;
  return n[2] === 'px' ? Number(n[1]) : (Number(n[1]) / 100) * ofWidth;
}

/** The inner width of a box: its width minus its own start and end padding. */
function innerWidth(box: Record<string, unknown>, width: number): number {
  const start = box.paddingStart ?? box.paddingAll;
  const end = box.paddingEnd ?? box.paddingAll;
  return width - px(start, width) - px(end, width);
}

/**
 * Hands each component the width LINE gives it (a vertical box: its whole inner width; a
 * horizontal or baseline box: a share by flex, after spacing and margins) and checks that
 * every button label fits its button.
 */
function checkButtonWidths(node: unknown, width: number, path: string, out: string[]): void {
  if (!isObject(node)) return;
  if (node.type === 'button') {
    const budget = Math.floor((width - 2 * PHONE_LAYOUT.buttonPaddingPx) / PHONE_LAYOUT.unitPx);
    if (isObject(node.action) && typeof node.action.label === 'string') checkLabelWidth(node.action.label, budget, `${path}.action`, out);
    return;
  }
  if (node.type !== 'box' || !Array.isArray(node.contents)) return;
  const inner = innerWidth(node, width);
  const children = node.contents.filter(isObject);
  if (node.layout === 'vertical') {
    children.forEach((c, i) => checkButtonWidths(c, inner, `${path}.contents[${i}]`, out));
    return;
  }
  // Buttons always take a share; other components without flex take (almost) no width.
  const flexOf = (c: Record<string, unknown>) => (typeof c.flex === 'number' ? (c.flex === 0 && c.type === 'button' ? 1 : c.flex) : 1);
  const gaps = children.reduce((sum, c, i) => sum + (c.margin !== undefined ? px(c.margin) : i > 0 ? px(node.spacing) : 0), 0);
  const total = children.reduce((sum, c) => sum + flexOf(c), 0) || 1;
  children.forEach((c, i) => checkButtonWidths(c, ((inner - gaps) * flexOf(c)) / total, `${path}.contents[${i}]`, out));
}

function checkBubbleWidths(bubble: messagingApi.FlexBubble, path: string, out: string[]): void {
  const width = PHONE_LAYOUT.bubblePx[bubble.size ?? 'mega'];
  for (const block of ['header', 'hero', 'body', 'footer'] as const) {
    const part = bubble[block];
    if (part) checkButtonWidths(part, width - 2 * PHONE_LAYOUT.blockPaddingPx[block], `${path}.${block}`, out);
  }
}

/** Walks a Flex component tree: actions, the retired spacer, empty texts. */
function checkFlexComponent(node: unknown, path: string, out: string[]): void {
  if (!isObject(node)) return;
  const type = node.type;
  if (type === 'spacer') out.push(`${path} uses the spacer component, which LINE no longer supports`);
  if (type === 'text' && typeof node.text === 'string' && node.text === '' && !Array.isArray(node.contents)) out.push(`${path}.text is empty`);
  if (node.action) checkAction(node.action, LINE_LIMITS.flexButtonLabelLength, `${path}.action`, out);
  for (const key of ['header', 'hero', 'body', 'footer']) if (node[key]) checkFlexComponent(node[key], `${path}.${key}`, out);
  if (Array.isArray(node.contents)) node.contents.forEach((c, i) => checkFlexComponent(c, `${path}.contents[${i}]`, out));
}

function checkFlex(message: messagingApi.FlexMessage, path: string, out: string[]): void {
  if (!message.altText || [...message.altText].length > LINE_LIMITS.altTextLength) out.push(`${path}.altText must be 1–${LINE_LIMITS.altTextLength} characters`);
  const contents = message.contents;
  if (contents.type === 'bubble') {
    if (byteLength(contents) > LINE_LIMITS.bubbleBytes) out.push(`${path} bubble is larger than 30 KB`);
    checkFlexComponent(contents, `${path}.contents`, out);
    checkBubbleWidths(contents, `${path}.contents`, out);
  } else {
    if (contents.contents.length === 0 || contents.contents.length > LINE_LIMITS.carouselBubbles) out.push(`${path} carousel must have 1–12 bubbles`);
    if (byteLength(contents) > LINE_LIMITS.carouselBytes) out.push(`${path} carousel is larger than 50 KB`);
    contents.contents.forEach((bubble, i) => {
      if (byteLength(bubble) > LINE_LIMITS.bubbleBytes) out.push(`${path}.contents[${i}] bubble is larger than 30 KB`);
      checkFlexComponent(bubble, `${path}.contents.contents[${i}]`, out);
      checkBubbleWidths(bubble, `${path}.contents.contents[${i}]`, out);
    });
  }
}

/** Every reason LINE would refuse these messages; empty when they are valid. */
export function messageViolations(messages: readonly messagingApi.Message[]): string[] {
  const out: string[] = [];
  if (messages.length === 0) out.push('no messages');
  if (messages.length > LINE_LIMITS.messagesPerRequest) out.push(`more than ${LINE_LIMITS.messagesPerRequest} messages`);
  messages.forEach((message, i) => {
    const path = `messages[${i}]`;
    if (message.type === 'text') {
      if (!message.text || [...message.text].length > LINE_LIMITS.textLength) out.push(`${path}.text must be 1–${LINE_LIMITS.textLength} characters`);
    } else if (message.type === 'flex') {
      checkFlex(message, path, out);
    }
    const items = message.quickReply?.items ?? [];
    if (items.length > LINE_LIMITS.quickReplyItems) out.push(`${path}.quickReply has more than ${LINE_LIMITS.quickReplyItems} items`);
    items.forEach((item, j) =>
      checkAction(item.action, LINE_LIMITS.quickReplyLabelLength, `${path}.quickReply.items[${j}].action`, out, PHONE_LAYOUT.quickReplyLabelUnits),
    );
  });
  return out;
}

export function assertValidMessages(messages: readonly messagingApi.Message[]): void {
  const violations = messageViolations(messages);
  if (violations.length > 0) throw new MessageGuardError(violations);
}
