/**
 * Which way imports may point (npm run lint:imports, part of npm test). Type-only imports
 * count: a cycle through types is still a cycle for whoever reads the code.
 */
const FEATURES = '^src/(bot|alerts|routes|amazon|seller-auth|intents|sellers|sources|dev)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'content-and-flows-know-no-code',
      comment: 'content/ (words) and flows/ (pure machines) import nothing from src/.',
      severity: 'error',
      from: { path: '^(content|flows)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'model-is-the-bottom',
      comment: 'src/model/ holds shapes; it knows only content.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'line-edge-knows-no-features',
      comment: 'src/line/ is the LINE platform edge: no features, rendering or storage.',
      severity: 'error',
      from: { path: '^src/line/' },
      to: { path: [FEATURES, '^src/(render|store)/'] },
    },
    {
      name: 'store-knows-no-features',
      comment: 'src/store/ is typed storage: no features, no rendering, no LINE.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: [FEATURES, '^src/(render|line)/'] },
    },
    {
      name: 'render-knows-no-storage-or-features',
      comment: 'src/render/ turns content and state into LINE messages; it reads no storage.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: [FEATURES, '^src/store/'] },
    },
    {
      name: 'features-know-no-dispatch',
      comment: 'Features are plain handlers; only dispatch.ts (and what runs it) knows who owns what.',
      severity: 'error',
      from: { path: '^src/bot/features/' },
      to: { path: '^src/bot/(dispatch|handle-event|conversation)\\.ts$' },
    },
    {
      name: 'no-full-zod',
      comment: 'src/ uses zod/mini and its English messages: the full `zod` would put all of zod, every locale included, in the Worker.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^node_modules/zod/', pathNot: ['^node_modules/zod/(v4/)?mini/', '^node_modules/zod/v4/locales/en\\.c?js$'] },
    },
    {
      name: 'zod-through-model-zod',
      comment: 'src/model/zod.ts alone imports zod: it sets the English messages every schema\'s refusals read.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/model/zod\\.ts$' },
      to: { path: '^node_modules/zod/' },
    },
    {
      name: 'production-apps-use-src-hono',
      comment: "Production apps are src/hono.ts's Hono (TrieRouter only); hono's default Hono would bring its RegExpRouter back.",
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/dev/', '^src/hono\\.ts$'] },
      to: { path: '^node_modules/hono/dist/(cjs/)?index\\.c?js$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'production-knows-no-dev-tools',
      comment: 'The deployed Worker carries none of the local stand-ins.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/dev/' },
      to: { path: '^src/dev/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.ts$', '\\.generated\\.ts$'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
