import type { DiagnosisGraph, DiagnosisText } from '../content/diagnosis';
import type { HelpText } from '../content/help';
import type { FaqReplies } from '../content/intents/replies';
import type { IntentContent } from '../content/intents/types';
import { jsonAssetLoader } from './static-assets';

/**
 * The words only a conversation uses: every intent's answer card and the words around answers,
 * the login diagnosis (its questions, outcomes and screens), and the help card. content/ is
 * where they are written; `npm run build:content` copies them into a static asset
 * (assets/worker/conversation-content.json) that a conversation reads once per isolate, before
 * its first event, as it does the router's model. Kept out of the Worker's script, they keep it
 * within its 100 KB gzip budget.
 */
export interface ConversationContent {
  /** Every intent the bot understands, in FAQ-list order (content/intents). */
  intents: readonly IntentContent[];
  /** The diagnosis as data (content/diagnosis-graph.ts). */
  diagnosis: DiagnosisGraph;
  /** The words of the diagnosis screens (content/diagnosis.ts). */
  diagnosisText: DiagnosisText;
  /** The help card (content/help.ts). */
  help: HelpText;
  /** The words around answers: feedback, did-you-mean, the FAQ list (content/intents/replies.ts). */
  faqReplies: FaqReplies;
}

export const CONVERSATION_CONTENT_PATH = '/conversation-content.json' as const;

interface Loaded {
  content: ConversationContent;
  byId: ReadonlyMap<string, IntentContent>;
}

let loaded: Loaded | undefined;

export function useConversationContent(content: ConversationContent): void {
  loaded = { content, byId: new Map(content.intents.map((c) => [c.id, c])) };
}

export const loadConversationContent = jsonAssetLoader<ConversationContent>(CONVERSATION_CONTENT_PATH, () => loaded !== undefined, useConversationContent);

function current(): Loaded {
  if (!loaded) throw new Error('the conversation content is not loaded: a conversation loads it before handling an event');
  return loaded;
}

/** Every intent, in FAQ-list order. */
export const intentContents = (): readonly IntentContent[] => current().content.intents;

export const intentContent = (id: string): IntentContent | undefined => current().byId.get(id);

/** Intents whose features answer them (link, diagnosis, settings, history, menus). */
export const isCommandIntent = (id: string): boolean => intentContent(id)?.group === 'command';

export const diagnosisGraph = (): DiagnosisGraph => current().content.diagnosis;

export const helpText = (): HelpText => current().content.help;

export const diagnosisText = (): DiagnosisText => current().content.diagnosisText;

export const faqReplies = (): FaqReplies => current().content.faqReplies;
