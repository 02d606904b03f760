import { config, locales } from 'zod/mini';

/**
 * zod as src/ uses it: `zod/mini`, the tree-shakable build (the full `zod` would bring every
 * locale and method into the Worker). Unlike `zod`, the mini build sets no language, and every
 * issue a schema does not word itself would read "Invalid input"; English is set here, once,
 * for every schema, so those messages (in the ops API's refusals and in the logs) stay as
 * zod words them.
 */
config(locales.en());

export * from 'zod/mini';
