import './test/support/require-node-22';
import { defineConfig } from 'vitest/config';

// Browser tests drive headless Chromium (scripts/lib/chromium.ts) against a real `wrangler dev`; they run in Node.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
