import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { intentContents } from '../../content/intents';
import { SMALL_TALK_INTENTS } from '../../content/small-talk';
import { inputsDigest } from '../../src/intents/build/digest';
import { MODEL_PATH } from '../../src/intents/load-model';
import { fetchStaticAsset } from '../../src/static-assets';
import { modelData } from '../support/worker-assets';

const raw = (files: Record<string, unknown>) => Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text as string]));

// The same files src/intents/build/generate.ts hashes (see MODEL_SOURCES and BUILD_DIR).
const inputs = raw({
  ...import.meta.glob('../../content/intents/examples/*.txt', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('../../src/intents/build/*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob(['../../content/lexicon.ts', '../../src/intents/{normalise,concepts,features,number-chars,model}.ts'], { query: '?raw', import: 'default', eager: true }),
});

describe('the build-time model', () => {
  it('was built from the current examples, lexicon and feature code (run `npm run build:intents` after editing them)', async () => {
    expect(Object.keys(inputs).length).toBeGreaterThan(10);
    expect(modelData.inputs).toBe(await inputsDigest(inputs));
  });

  it('knows every intent of the content, every small-talk intent and none, and nothing else', () => {
    expect([...modelData.classes].sort()).toEqual([...intentContents.map((c) => c.id), ...SMALL_TALK_INTENTS, 'none'].sort());
  });

  it('is what the Worker reads from its static assets (wrangler.toml [assets])', async () => {
    const res = await fetchStaticAsset(env.ASSETS, MODEL_PATH);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(modelData);
  });
});
