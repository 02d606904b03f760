import './test/support/require-node-22';
import { defineConfig } from 'vitest/config';

// The ops scripts run in Node (tsx), so their tests do too; they talk to the fake LINE API over HTTP.
export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
