/**
 * Prints the size of the production Worker bundle (and of the dev Worker's), measured as
 * `wrangler deploy --dry-run --minify --outdir <tmp>` builds it, and checks that the
 * production bundle carries none of the dev tools.
 *
 *   npm run bundle:size
 */
import { bundleContains, bundleWorker, DEV_TOOL_MARKERS } from './lib/worker-bundle';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

for (const environment of ['production', 'dev'] as const) {
  const bundle = await bundleWorker(environment);
  const devTools = DEV_TOOL_MARKERS.filter((marker) => bundleContains(bundle.code, marker));
  console.log(`${environment}: ${bundle.wranglerSize || `${kib(bundle.bytes)} / gzip: ${kib(bundle.gzipBytes)}`}; dev tools: ${devTools.length ? devTools.join(', ') : 'none'}`);
  if (environment === 'production' && devTools.length > 0) process.exitCode = 1;
}
