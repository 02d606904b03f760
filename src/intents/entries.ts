import { intentContents, outOfScopeExamples } from '../../content/intents';
import type { IntentExamples } from './intent-index';

/** The out-of-scope class: learnt like an intent, answered as `none`. */
export const OUT_OF_SCOPE = '~none';

/** What the index is built from: every intent's example phrasings plus the out-of-scope ones. */
export const routerEntries = (): IntentExamples[] => [
  ...intentContents.map((c) => ({ intent: c.id, examples: c.examples })),
  { intent: OUT_OF_SCOPE, examples: outOfScopeExamples },
];
