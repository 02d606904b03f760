/**
 * Copies the conversation's longest words (intent answers, the diagnosis) from content/ into
 * the static asset the Worker reads them from. Run it after editing content/intents or
 * content/diagnosis.ts; `npm run dev` runs it by itself, and a test fails while the
 * committed file is stale.
 *
 *   npm run build:content
 */
import { writeFileSync } from 'node:fs';
import { CONVERSATION_CONTENT_FILE, conversationContentFileText } from './lib/conversation-content';

writeFileSync(CONVERSATION_CONTENT_FILE, conversationContentFileText());
console.log(`wrote ${CONVERSATION_CONTENT_FILE}`);
