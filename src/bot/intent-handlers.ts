import { ui } from '../../content/ui';
import { menuMessage, menuQuickReply } from '../render/menu';
import { textMessage } from '../render/flex';
import { features } from './features';
import type { IntentHandler } from './features/feature';
import { isLinked } from './own-link';
import type { Reply, Turn } from './turn';

export type { IntentHandler };

export { isLinked };

export async function showMenu(turn: Turn, intro?: string): Promise<Reply> {
  return [menuMessage({ lang: turn.lang, linked: await isLinked(turn) }, intro)];
}

const notYetAvailable: IntentHandler = async (turn) => [
  textMessage(ui.notYetAvailable[turn.lang], menuQuickReply({ lang: turn.lang, linked: await isLinked(turn) })),
];

/**
 * What each command intent does. Typed text, rich-menu areas and buttons all come here,
 * so a feature behaves the same however it is reached. Features override the
 * placeholders with their own tables.
 */
const handlers: Record<string, IntentHandler> = Object.assign(
  {
    'menu.help': (turn: Turn) => showMenu(turn),
    'link.start': notYetAvailable,
    'link.relink': notYetAvailable,
    'link.unlink': notYetAvailable,
    'link.status': notYetAvailable,
    'diagnosis.start': notYetAvailable,
    'settings.open': notYetAvailable,
    'settings.language': notYetAvailable,
    'alerts.history': notYetAvailable,
    'menu.faq': notYetAvailable,
  } satisfies Record<string, IntentHandler>,
  ...features.map((f) => f.intents ?? {}),
);

export const hasIntentHandler = (id: string): boolean => Object.hasOwn(handlers, id);

export async function runIntent(turn: Turn, id: string): Promise<Reply> {
  const handler = handlers[id];
  return handler ? handler(turn) : showMenu(turn);
}
