import { describe, expect, it } from 'vitest';
import { routerEntries } from '../../src/intents/entries';
import { indexData } from '../../src/intents/index-data.generated';
import { compileIndex } from '../../src/intents/intent-index';

describe('the build-time index', () => {
  it('matches the content it was built from (run `npm run build:intents` after editing content/intents)', () => {
    expect(indexData).toEqual(compileIndex(routerEntries()));
  });
});
