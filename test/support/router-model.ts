import type { ModelData } from '../../src/intents/model';
import { useRouterModel } from '../../src/intents/route';
import modelJson from '../../assets/worker/intent-model.json';

/**
 * The model the Worker reads from its static assets, for tests that call the router directly
 * (a conversation loads it through the ASSETS binding, as in production).
 */
export const modelData = modelJson as unknown as ModelData;

useRouterModel(modelData);
