import { describe, expect, it } from 'vitest';
import { bundleContains, bundleWorker, DEV_TOOL_MARKERS, PRODUCTION_GZIP_BUDGET_BYTES } from '../../scripts/lib/worker-bundle';

// The deployable bundles, built as `wrangler deploy --dry-run --minify` builds them.
describe('the production Worker bundle', () => {
  it('carries none of the dev tools, which the dev Worker does carry', async () => {
    const [production, dev] = await Promise.all([bundleWorker('production'), bundleWorker('dev')]);
    // Each marker is really in the dev tools, so its absence below means something.
    expect(DEV_TOOL_MARKERS.filter((marker) => !bundleContains(dev.code, marker))).toEqual([]);
    expect(DEV_TOOL_MARKERS.filter((marker) => bundleContains(production.code, marker))).toEqual([]);
    // The simulator's browser code is a static asset of the dev Worker, in neither script.
    for (const bundle of [production, dev]) expect(bundleContains(bundle.code, 'line-simulator.v1')).toBe(false);
    // Only the version of package.json, not the whole file.
    expect(bundleContains(production.code, 'devDependencies')).toBe(false);
    expect(bundleContains(production.code, 'playwright-core')).toBe(false);
  });

  it('carries zod/mini with English only: not the full zod, its other languages or its JSON Schema converter (the OpenAPI document is made at build time)', async () => {
    const production = await bundleWorker('production');
    expect(bundleContains(production.code, '"ZodMiniObject"')).toBe(true);
    expect(bundleContains(production.code, '"ZodObject"')).toBe(false);
    expect(bundleContains(production.code, 'Invalid input: expected')).toBe(true);
    // Dutch, standing for every language but English.
    expect(bundleContains(production.code, 'Ongeldige invoer')).toBe(false);
    expect(bundleContains(production.code, 'Non-representable type encountered')).toBe(false);
  });

  it('stays within its 100 KB gzip budget, with the answers, the diagnosis and the intent model left to the static assets', async () => {
    const production = await bundleWorker('production');
    expect(production.gzipBytes).toBeLessThanOrEqual(PRODUCTION_GZIP_BUDGET_BYTES);
    // Words only the assets carry: an answer's steps and a diagnosis question.
    expect(bundleContains(production.code, 'パスワードを忘れた場合')).toBe(false);
    expect(bundleContains(production.code, 'Which of the two does the email say?')).toBe(false);
  });
});
