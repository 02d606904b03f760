/**
 * Prints the size of the production Worker bundle (and of the dev Worker's), measured as
 * `wrangler deploy --dry-run --minify --outdir <tmp>` builds it, and checks that the
 * production bundle carries none of the dev tools and stays within its gzip budget (100 KB).
 *
 *   npm run bundle:size
 */
import { bundleContains, bundleWorker, DEV_TOOL_MARKERS, PRODUCTION_GZIP_BUDGET_BYTES } from './lib/worker-bundle';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

for (const environment of ['production', 'dev'] as const) {
  const bundle = await bundleWorker(environment);
  const devTools = DEV_TOOL_MARKERS.filter((marker) => bundleContains(bundle.code, marker));
  console.log(`${environment}: ${bundle.wranglerSize || `${kib(bundle.bytes)} / gzip: ${kib(bundle.gzipBytes)}`}; dev tools: ${devTools.length ? devTools.join(', ') : 'none'}`);
  if (environment !== 'production') continue;
  const withinBudget = bundle.gzipBytes <= PRODUCTION_GZIP_BUDGET_BYTES;
  console.log(`production gzip: ${(bundle.gzipBytes / 1000).toFixed(1)} KB of its ${PRODUCTION_GZIP_BUDGET_BYTES / 1000} KB budget${withinBudget ? '' : ': over budget'}`);
  if (devTools.length > 0 || !withinBudget) process.exitCode = 1;
}
