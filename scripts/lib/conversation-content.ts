import { diagnosisText } from '../../content/diagnosis';
import { diagnosisGraph } from '../../content/diagnosis-graph';
import { helpText } from '../../content/help';
import { faqReplies, intentContents } from '../../content/intents';
import type { ConversationContent } from '../../src/conversation-content';

/** Where `npm run build:content` writes the conversation's words, from the repository's root. */
export const CONVERSATION_CONTENT_FILE = 'assets/worker/conversation-content.json';

export const makeConversationContent = (): ConversationContent => ({
  intents: intentContents,
  faqReplies,
  diagnosis: diagnosisGraph,
  diagnosisText,
  help: helpText,
});

/** The file's text, byte for byte: what the build writes and the Worker reads. */
export const conversationContentFileText = (): string => `${JSON.stringify(makeConversationContent())}\n`;
