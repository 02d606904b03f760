/**
 * Builds the simulator page into the dev Worker's static assets (dist/dev-assets, see
 * [env.dev.assets] in wrangler.toml): the browser code of src/dev/simulator/client bundled
 * by esbuild into one module, with its HTML and stylesheet.
 *
 *   npm run build:simulator
 *
 * `npm run dev` (wrangler's [env.dev.build]) runs it before starting and whenever the client
 * code or content/ changes; the browser and dev-server tests get it the same way.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

const files = [
  ...bundled.outputFiles.map((file) => ({ name: basename(file.path), contents: file.contents })),
  ...['index.html', 'style.css'].map((name) => ({ name, contents: readFileSync(join(CLIENT, name)) })),
];
mkdirSync(OUT, { recursive: true });
// Each file is written aside and renamed into place, so a running dev server (or a second
// build started by another `wrangler dev`) never sees half a file.
for (const { name, contents } of files) {
  const next = join(OUT, `.${name}.${process.pid}`);
  writeFileSync(next, contents);
  renameSync(next, join(OUT, name));
}
