/**
 * Reads one of the Worker's static assets (wrangler.toml [assets], assets/worker/): data the
 * Worker serves or reads rather than carries in its script. The ASSETS binding serves by
 * path and ignores the host.
 */
export function fetchStaticAsset(assets: Fetcher, path: `/${string}`): Promise<Response> {
  return assets.fetch(new Request(`https://assets.invalid${path}`));
}

/**
 * A loader for data read from one JSON asset once per isolate: until `isLoaded()`, a call
 * fetches the asset and hands it to `use`; concurrent first calls share one fetch, and a
 * failed one is tried again by the next call.
 */
export function jsonAssetLoader<T>(path: `/${string}`, isLoaded: () => boolean, use: (data: T) => void): (assets: Fetcher) => Promise<void> {
  let loading: Promise<void> | undefined;
  return (assets) => {
    if (isLoaded()) return Promise.resolve();
    loading ??= (async () => {
      const res = await fetchStaticAsset(assets, path);
      if (!res.ok) throw new Error(`the static asset ${path} answered ${res.status}`);
      use((await res.json()) as T);
    })().finally(() => {
      loading = undefined;
    });
    return loading;
  };
}
