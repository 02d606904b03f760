/**
 * Writes the ops API's OpenAPI document, made from its zod schemas, to the file the Worker
 * serves at /api/openapi.json. Run it after changing a schema or a route of the ops API;
 * test/routes/openapi.test.ts fails while the committed file is stale.
 *
 *   npm run build:openapi
 */
import { writeFileSync } from 'node:fs';
import { OPENAPI_FILE, openApiFileText } from './lib/openapi-document';

writeFileSync(OPENAPI_FILE, openApiFileText());
console.log(`wrote ${OPENAPI_FILE}`);
