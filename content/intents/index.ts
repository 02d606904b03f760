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
