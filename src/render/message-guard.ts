import type { messagingApi } from '@line/bot-sdk';

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

export class MessageGuardError extends Error {
  constructor(readonly violations: string[]) {
    super(`message rejected by the guard: ${violations.join('; ')}`);
    this.name = 'MessageGuardError';
  }
}

const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function checkAction(action: unknown, labelLimit: number, path: string, out: string[]): void {
  if (!isObject(action)) return;
  const { label, data, displayText, uri, text } = action as Record<string, unknown>;
  if (typeof label === 'string' && [...label].length > labelLimit) out.push(`${path}.label is longer than ${labelLimit}`);
  if (typeof label === 'string' && label.trim() === '') out.push(`${path}.label is empty`);
  if (typeof data === 'string' && data.length > LINE_LIMITS.postbackDataLength) out.push(`${path}.data is longer than ${LINE_LIMITS.postbackDataLength}`);
  if (typeof displayText === 'string' && [...displayText].length > LINE_LIMITS.displayTextLength) out.push(`${path}.displayText is too long`);
  if (typeof text === 'string' && [...text].length > LINE_LIMITS.displayTextLength) out.push(`${path}.text is too long`);
  if (typeof uri === 'string' && (uri.length > LINE_LIMITS.uriLength || !/^(https?|line|tel):/.test(uri))) out.push(`${path}.uri is invalid`);
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
  } else {
    if (contents.contents.length === 0 || contents.contents.length > LINE_LIMITS.carouselBubbles) out.push(`${path} carousel must have 1–12 bubbles`);
    if (byteLength(contents) > LINE_LIMITS.carouselBytes) out.push(`${path} carousel is larger than 50 KB`);
    contents.contents.forEach((bubble, i) => {
      if (byteLength(bubble) > LINE_LIMITS.bubbleBytes) out.push(`${path}.contents[${i}] bubble is larger than 30 KB`);
      checkFlexComponent(bubble, `${path}.contents.contents[${i}]`, out);
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
    items.forEach((item, j) => checkAction(item.action, LINE_LIMITS.quickReplyLabelLength, `${path}.quickReply.items[${j}].action`, out));
  });
  return out;
}

export function assertValidMessages(messages: readonly messagingApi.Message[]): void {
  const violations = messageViolations(messages);
  if (violations.length > 0) throw new MessageGuardError(violations);
}
