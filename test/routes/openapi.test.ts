import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ALERT_TYPES } from '../../content/alerts';
import { makeOpenApiDocument, openApiFileText } from '../../scripts/lib/openapi-document';
import { app } from '../../src/app';

type Document = { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { enum?: string[]; $ref?: string }> } };

const servedDocument = async (): Promise<Document> => {
  const res = await app.request('/api/openapi.json', {}, env);
  expect(res.status).toBe(200);
  return res.json();
};

/** Every route the Worker serves under these prefixes, as OpenAPI writes it: `GET /api/alerts/{id}`. */
function servedRoutes(prefixes: string[]): string[] {
  const routes = app.routes
    // Middleware (`use`) is registered for every method; handlers name theirs.
    .filter((r) => r.method !== 'ALL' && prefixes.some((p) => r.path.startsWith(p)))
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

describe('the OpenAPI document', () => {
  it('describes every route served under /api (and the Amazon events route, when there is one), with its methods, and no other', async () => {
    const doc = await servedDocument();
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const served = servedRoutes(['/api', '/sources/amazon']);
    expect(served).toContain('POST /api/alerts');
    expect(documented.sort()).toEqual(served);
  });

  it('is the one the schemas make now (after a change, npm run build:openapi writes it again)', async () => {
    const res = await app.request('/api/openapi.json', {}, env);
    const served = await res.text();
    const made = makeOpenApiDocument();
    expect(JSON.parse(served)).toEqual(made);
    // Same keys in the same order, too: the committed file is exactly what the build writes.
    expect(served).toBe(openApiFileText());
  });

  it('every reference in it names a schema it has', async () => {
    const doc = await servedDocument();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const name of new Set(refs)) expect(doc.components.schemas, name).toHaveProperty([name]);
    expect(doc.components.schemas.AlertType?.enum).toEqual([...ALERT_TYPES]);
  });
});
