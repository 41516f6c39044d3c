/** The lazy handler loader: imports after the environment is set, once, and reports bad modules. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlerLoader } from '../../local/handler-loader';

const dir = mkdtempSync(join(tmpdir(), 'parley-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, 'env-reader.ts'),
  `const g = globalThis as { parleyLoaderImports?: number };
g.parleyLoaderImports = (g.parleyLoaderImports ?? 0) + 1;
const table = process.env.PARLEY_LOADER_TEST_TABLE; // read at module scope, like the real handlers
export const handler = async (): Promise<string | undefined> => table;
`,
);
writeFileSync(join(dir, 'no-handler.ts'), 'export const somethingElse = 1;\n');

describe('createHandlerLoader', () => {
  it('imports lazily (after env is set) and only once', async () => {
    const load = createHandlerLoader<() => Promise<string | undefined>>(dir);
    process.env.PARLEY_LOADER_TEST_TABLE = 'set-before-import';
    const [a, b] = await Promise.all([load('env-reader'), load('env-reader')]);
    expect(a).toBe(b);
    expect(await a()).toBe('set-before-import');
    expect((globalThis as { parleyLoaderImports?: number }).parleyLoaderImports).toBe(1);
  });

  it('rejects modules without a handler export and names that are not plain file names', async () => {
    const load = createHandlerLoader(dir);
    await expect(load('no-handler')).rejects.toThrow(/does not export a handler/);
    await expect(load('../etc/passwd')).rejects.toThrow(/Invalid handler name/);
  });
});
