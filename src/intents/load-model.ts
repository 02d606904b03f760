import type { ModelData } from './model';
import { jsonAssetLoader } from '../static-assets';
import { routerReady, useRouterModel } from './route';

/**
 * The Worker reads the router's model (40 KB gzip of weights trained at build time) from its
 * static assets (wrangler.toml [assets], assets/worker/intent-model.json) once per isolate,
 * rather than carrying it in its script: the script stays small, and only a conversation that
 * handles an event pays the one read.
 */
export const MODEL_PATH = '/intent-model.json' as const;

export const loadRouterModel = jsonAssetLoader<ModelData>(MODEL_PATH, routerReady, useRouterModel);
