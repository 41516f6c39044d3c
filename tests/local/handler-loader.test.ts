/** The lazy handler loader: imports after the environment is set, once, and reports bad modules. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlerLoader } from '../../local/handler-loader';
import type { Deps } from '../../shared/app/deps';

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
writeFileSync(
  join(dir, 'made.ts'),
  `export const makeHandler = (deps: () => { tableName: string }) => async (): Promise<string> => deps().tableName;
export const handler = async (): Promise<string> => 'from process.env';
`,
);

describe('createHandlerLoader', () => {
  it('imports lazily (after env is set) and only once', async () => {
    const load = createHandlerLoader<() => Promise<string | undefined>>(dir);
    process.env.PARLEY_LOADER_TEST_TABLE = 'set-before-import';
    const [a, b] = await Promise.all([load('env-reader'), load('env-reader')]);
    expect(a).toBe(b);
    expect(await a()).toBe('set-before-import');
    expect((globalThis as { parleyLoaderImports?: number }).parleyLoaderImports).toBe(1);
  });

  it('with dependencies, builds the handler with makeHandler on them instead of taking `handler`', async () => {
    const deps = { tableName: 'this-stack' } as unknown as Deps;
    const load = createHandlerLoader<() => Promise<string>>(dir, () => deps);
    expect(await (await load('made'))()).toBe('this-stack');
    expect(await (await createHandlerLoader<() => Promise<string>>(dir)('made'))()).toBe('from process.env');
    await expect(load('env-reader')).rejects.toThrow(/does not export a makeHandler/);
  });

  it('rejects modules without a handler export and names that are not plain file names', async () => {
    const load = createHandlerLoader(dir);
    await expect(load('no-handler')).rejects.toThrow(/does not export a handler/);
    await expect(load('../etc/passwd')).rejects.toThrow(/Invalid handler name/);
  });
});
