import { config } from 'zod/mini';
// The one locale by its own path: `locales.en` through zod's namespace would bring every language into the bundle.
import en from 'zod/v4/locales/en.js';

/**
 * zod as src/ uses it: `zod/mini`, the tree-shakable build (the full `zod` would bring every
 * locale and method into the Worker). Unlike `zod`, the mini build sets no language, and every
 * issue a schema does not word itself would read "Invalid input"; English is set here, once,
 * for every schema, so those messages (in the ops API's refusals and in the logs) stay as
 * zod words them.
 */
config(en());

export * from 'zod/mini';
