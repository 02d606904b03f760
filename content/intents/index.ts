import { accountIntents } from './account';
import { alertIntents } from './alerts';
import { commandIntents } from './commands';
import { lineAccountIntents } from './about-line';
import { loginIntents } from './login';
import type { IntentContent } from './types';

export type { IntentContent, IntentGroup, IntentLink } from './types';
export { faqReplies } from './replies';

/** Every intent the bot understands, in FAQ-list order. */
export const intentContents: readonly IntentContent[] = [...commandIntents, ...lineAccountIntents, ...loginIntents, ...accountIntents, ...alertIntents];

const byId = new Map(intentContents.map((c) => [c.id, c]));

export const intentContent = (id: string): IntentContent | undefined => byId.get(id);

/** Intents whose features answer them (link, diagnosis, settings, history, menus). */
export const isCommandIntent = (id: string): boolean => byId.get(id)?.group === 'command';
