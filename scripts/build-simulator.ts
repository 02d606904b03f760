/**
 * Builds the simulator page into the dev Worker's static assets (dist/dev-assets, see
 * [env.dev.assets] in wrangler.toml): the browser code of src/dev/simulator/client bundled
 * by esbuild into one module, with its HTML and stylesheet, and the production Worker's own
 * assets (assets/worker: the intent model).
 *
 *   npm run build:simulator
 *
 * `npm run dev` (wrangler's [env.dev.build]) runs it before starting and whenever the client
 * code or content/ changes; the browser and dev-server tests get it the same way.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const CLIENT = 'src/dev/simulator/client';
/** Served at /dev/simulator/* (the Worker asks the ASSETS binding for the same path). */
const OUT = 'dist/dev-assets/dev/simulator';

const bundled = await build({
  entryPoints: [join(CLIENT, 'main.ts')],
  outfile: join(OUT, 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
});

/** The production Worker's own assets (the intent model), which the dev Worker needs as well. */
const PRODUCTION_ASSETS = 'assets/worker';

const files = [
  ...bundled.outputFiles.map((file) => ({ name: basename(file.path), contents: file.contents })),
  ...['index.html', 'style.css'].map((name) => ({ name, contents: readFileSync(join(CLIENT, name)) })),
];
const placed = [
  ...files.map((file) => ({ ...file, dir: OUT })),
  ...readdirSync(PRODUCTION_ASSETS).map((name) => ({ name, contents: readFileSync(join(PRODUCTION_ASSETS, name)), dir: 'dist/dev-assets' })),
];
// Each file is written aside and renamed into place, so a running dev server (or a second
// build started by another `wrangler dev`) never sees half a file.
for (const { name, contents, dir } of placed) {
  mkdirSync(dir, { recursive: true });
  const next = join(dir, `.${name}.${process.pid}`);
  writeFileSync(next, contents);
  renameSync(next, join(dir, name));
}
