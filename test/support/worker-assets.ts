import type { ConversationContent } from '../../src/conversation-content';
import { useConversationContent } from '../../src/conversation-content';
import type { ModelData } from '../../src/intents/model';
import { useRouterModel } from '../../src/intents/route';
import contentJson from '../../assets/worker/conversation-content.json';
import modelJson from '../../assets/worker/intent-model.json';

/**
 * The data the Worker reads from its static assets (the router's model, the conversation's
 * answers and diagnosis), for tests that call the router, features or renderers directly; a
 * conversation loads them through the ASSETS binding, as in production.
 */
export const modelData = modelJson as unknown as ModelData;

useRouterModel(modelData);
useConversationContent(contentJson as unknown as ConversationContent);
