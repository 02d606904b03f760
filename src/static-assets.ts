/**
 * Reads one of the Worker's static assets (wrangler.toml [assets], assets/worker/): data the
 * Worker serves or reads rather than carries in its script. The ASSETS binding serves by
 * path and ignores the host.
 */
export function fetchStaticAsset(assets: Fetcher, path: `/${string}`): Promise<Response> {
  return assets.fetch(new Request(`https://assets.invalid${path}`));
}
