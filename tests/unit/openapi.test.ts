import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { OPENAPI_FILE, openApiDocument, operations, renderOpenApi } from '../../scripts/openapi';

describe('docs/openapi.json', () => {
  it('describes every route in the route table', () => {
    for (const r of routes) expect(operations[r.handler], r.handler).toBeDefined();
    const doc = openApiDocument();
    for (const r of routes)
      expect(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
  });

  it('is up to date with the code (run `npm run openapi` after changing a schema or route)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi());
  });
});
