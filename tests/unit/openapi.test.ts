import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { OPENAPI_FILE, errorStatusesOf, openApiDocument, renderOpenApi } from '../../scripts/openapi';

describe('docs/openapi.json', () => {
  it('describes every route in the route table, with its success and error statuses', () => {
    const doc = openApiDocument();
    for (const r of routes) {
      const op = doc.paths[r.path]?.[r.method.toLowerCase()] as
        { operationId: string; responses: Record<string, unknown> } | undefined;
      expect(op?.operationId, `${r.method} ${r.path}`).toBe(r.handler);
      expect(Object.keys(op!.responses).map(Number)).toEqual([r.ok.status, ...errorStatusesOf(r)]);
    }
  });

  it('is up to date with the code (run `npm run openapi` after changing a schema or route)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi());
  });
});
