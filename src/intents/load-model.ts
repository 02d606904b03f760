import type { ModelData } from './model';
import { fetchStaticAsset } from '../static-assets';
import { routerReady, useRouterModel } from './route';

/**
 * The Worker reads the router's model (40 KB gzip of weights trained at build time) from its
 * static assets (wrangler.toml [assets], assets/worker/intent-model.json) once per isolate,
 * rather than carrying it in its script: the script stays small, and only a conversation that
 * handles an event pays the one read. Concurrent first reads share one fetch.
 */
export const MODEL_PATH = '/intent-model.json' as const;

let loading: Promise<void> | undefined;

export function loadRouterModel(assets: Fetcher): Promise<void> {
  if (routerReady()) return Promise.resolve();
  loading ??= (async () => {
    const res = await fetchStaticAsset(assets, MODEL_PATH);
    if (!res.ok) throw new Error(`the intent model asset answered ${res.status}`);
    useRouterModel((await res.json()) as ModelData);
  })().finally(() => {
    loading = undefined;
  });
  return loading;
}
