/**
 * Postback data: short, versioned, parsed strictly. `v=1&a=<action>&<params>`.
 * Each action declares its parameters; anything else (unknown version, action or key,
 * a value outside its pattern, a missing parameter) is refused, and the caller answers
 * with "that button has expired" rather than guessing.
 */
export const POSTBACK_VERSION = '1';
const TOKEN = /^[A-Za-z0-9._-]{1,64}$/;

const ACTIONS = {
  /** Do what the typed intent would do (rich menu, buttons, quick replies). */
  intent: { id: TOKEN },
  /** Feedback on an answer or an outcome. */
  fb: { id: TOKEN, vote: /^(up|down)$/ },
  /** An event for a running flow; `r` names the run so that buttons from an older run expire. */
  flow: { f: TOKEN, r: TOKEN, e: TOKEN, o: /^[A-Za-z0-9._-]{0,64}$/ },
  /** Toggle one alert switch. */
  set: { k: TOKEN, on: /^[01]$/ },
  /** Choose a language. */
  lang: { l: /^(ja|en)$/ },
  /** Open one alert from the history. */
  alert: { id: TOKEN },
} as const satisfies Record<string, Record<string, RegExp>>;

type Actions = typeof ACTIONS;
export type PostbackAction = keyof Actions;
export type Postback = { [A in PostbackAction]: { a: A } & { [K in keyof Actions[A]]: string } }[PostbackAction];
type PostbackOf<A extends PostbackAction> = Extract<Postback, { a: A }>;

const OPTIONAL: Partial<Record<PostbackAction, readonly string[]>> = { flow: ['o'] };

export function encodePostback<A extends PostbackAction>(postback: PostbackOf<A>): string {
  const params = new URLSearchParams({ v: POSTBACK_VERSION });
  for (const [key, value] of Object.entries(postback)) if (value !== '') params.set(key, value as string);
  const data = params.toString();
  if (!parsePostback(data)) throw new Error(`postback would not parse back: ${data}`);
  return data;
}

export function parsePostback(data: string): Postback | null {
  if (data.length > 300) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(data);
  } catch {
    return null;
  }
  if (params.get('v') !== POSTBACK_VERSION) return null;
  const action = params.get('a');
  if (!action || !Object.hasOwn(ACTIONS, action)) return null;
  const spec: Record<string, RegExp> = ACTIONS[action as PostbackAction];
  const optional = OPTIONAL[action as PostbackAction] ?? [];
  const result: Record<string, string> = { a: action };
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) return null;
    seen.add(key);
    if (key === 'v' || key === 'a') continue;
    const pattern = spec[key];
    if (!pattern || !pattern.test(value)) return null;
    result[key] = value;
  }
  for (const key of Object.keys(spec)) {
    if (!(key in result)) {
      if (!optional.includes(key)) return null;
      result[key] = '';
    }
  }
  return result as Postback;
}
