/**
 * What the model is built from, as one SHA-256: the example files, the lexicon and the code that
 * turns text into features or trains. The build records it in the generated model; a test
 * recomputes it from the same files and fails when they changed since (run npm run build:intents).
 */

/** Inputs by repository path: files are hashed in path order as path, NUL, text, NUL. */
export async function inputsDigest(files: Record<string, string>): Promise<string> {
  const parts = Object.keys(files)
    .sort()
    .map((path) => `${path}\0${files[path]}\0`);
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('')));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Which repository files are inputs besides content/intents/examples/*.txt: every .ts file of
 * src/intents/build/ and these (test/intents/model-data.test.ts globs the same files).
 */
export const MODEL_SOURCES = ['content/lexicon.ts', 'src/intents/normalise.ts', 'src/intents/concepts.ts', 'src/intents/features.ts', 'src/intents/number-chars.ts', 'src/intents/model.ts'];
export const BUILD_DIR = 'src/intents/build';

/** Where the build writes the model: a static asset of the Worker (wrangler.toml [assets]), read by load-model.ts. */
export const MODEL_ASSET = 'assets/worker/intent-model.json';
