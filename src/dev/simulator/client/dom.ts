/** A tiny element builder and fetch helper. Text always goes in as text nodes, never as HTML. */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  class?: string;
  style?: Partial<Record<StyleProperty, string>>;
  dataset?: Record<string, string | undefined>;
  onclick?: (event: MouseEvent) => void;
  /** Any other attribute; true sets it empty, false, null and undefined leave it out. */
  [attribute: string]: unknown;
}

/** The writable string properties of CSSStyleDeclaration (camelCase). */
export type StyleProperty = {
  [K in keyof CSSStyleDeclaration]: CSSStyleDeclaration[K] extends string ? (K extends string ? K : never) : never;
}[keyof CSSStyleDeclaration];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key === 'style') setStyle(el, value as Props['style'] & object);
    else if (key === 'dataset') {
      for (const [name, data] of Object.entries(value as Record<string, string | undefined>)) if (data !== undefined) el.dataset[name] = data;
    } else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value as EventListener);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

export function setStyle(el: HTMLElement, style: Partial<Record<StyleProperty, string>>): void {
  for (const [property, value] of Object.entries(style)) if (value !== undefined) el.style[property as StyleProperty] = value;
}

/** The element of the page with this id, of the expected kind; a missing one is a bug of index.html. */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof kind)) throw new Error(`index.html has no <${kind.name}> #${id}`);
  return el;
}

export const timeLabel = (ms: number): string => new Date(ms).toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });

export interface JsonAnswer<T> {
  ok: boolean;
  status: number;
  /** The parsed body, or null when it was empty or not JSON (then see `text`). */
  body: T | null;
  text: string;
}

/** fetch() for the dev server's JSON routes; a network failure rejects, any HTTP status resolves. */
export async function fetchJson<T>(input: string, init?: RequestInit): Promise<JsonAnswer<T>> {
  const res = await fetch(input, init);
  const text = await res.text();
  let body: T | null = null;
  try {
    body = text ? (JSON.parse(text) as T) : null;
  } catch {
    body = null;
  }
  return { ok: res.ok, status: res.status, body, text };
}

/** POST/PUT with a JSON body. */
export const sendJson = <T>(method: 'POST' | 'PUT', input: string, body: unknown): Promise<JsonAnswer<T>> =>
  fetchJson<T>(input, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** "<status> <error>" of a failed answer, short enough for a status line. */
export function describeFailure(answer: JsonAnswer<unknown>): string {
  const body = answer.body as { error?: unknown; details?: unknown; message?: unknown } | null;
  const why = body?.error ?? body?.message;
  const details = body?.details === undefined ? '' : ` ${JSON.stringify(body.details)}`;
  return `${answer.status} ${why === undefined ? answer.text.slice(0, 200) : String(why)}${details}`;
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
