/**
 * The functions run without --enable-source-maps (infra/constructs/handler-function.ts); a logged error's stack
 * is mapped to the sources by functions/lib/stack-map.ts instead. Built as the construct builds a function
 * (bundling options, ASCII-only pass) and run in a fresh Node process with no NODE_OPTIONS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import middy from '@middy/core';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger, logUnhandledErrors } from '../../functions/lib/logger';
import { sourceMappedStack } from '../../functions/lib/stack-map';
import { asciiOnlyBundle } from '../../infra/constructs/ascii-bundle';
import { functionBuildOptions } from '../../infra/constructs/bundling';
import { makeHandler as makeSweeper } from '../../functions/sweep-received';

const FIXTURES = fileURLToPath(new URL('../fixtures/stack-map/', import.meta.url));
const SOURCE = join(FIXTURES, 'thrower.ts');
/** 1-based line and column of the `new Error` the fixture throws. */
const THROWN_AT = (() => {
  const lines = readFileSync(SOURCE, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('throw new Error'));
  return { line: line + 1, column: lines[line]!.indexOf('new Error') + 1 };
})();

describe('a logged stack in a bundle', () => {
  let dir = '';
  let bundle = '';
  const run = () => {
    const child = spawnSync(process.execPath, [join(FIXTURES, 'run.mjs'), pathToFileURL(bundle).href], {
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    return JSON.parse(child.stdout) as { name: string; message: string; stack: string };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-stack-map-'));
    bundle = join(dir, 'index.mjs');
    await build({ ...functionBuildOptions(), entryPoints: [SOURCE], outfile: bundle, logLevel: 'silent' });
    asciiOnlyBundle(bundle);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('points at the source line and column that threw, with no NODE_OPTIONS', () => {
    const logged = run();
    expect(logged).toMatchObject({ name: 'Error', message: 'the fixture failed' });
    const [, top] = logged.stack.split('\n');
    expect(top).toContain(`tests/fixtures/stack-map/thrower.ts:${THROWN_AT.line}:${THROWN_AT.column}`);
    expect(logged.stack).not.toContain('index.mjs:');
  });

  it('is left as it was when the map is not beside the bundle', () => {
    rmSync(`${bundle}.map`);
    const logged = run();
    expect(logged.message).toBe('the fixture failed');
    expect(logged.stack.split('\n')[1]).toContain(`${pathToFileURL(bundle).href}:`);
  });
});

describe('sourceMappedStack', () => {
  it('leaves a stack with no frame in the bundle untouched, reading no map', () => {
    const stack = 'Error: x\n    at f (file:///elsewhere.mjs:1:2)';
    expect(sourceMappedStack(stack, 'file:///no/such/bundle.mjs')).toBe(stack);
  });
});

describe('logUnhandledErrors', () => {
  it('logs the error that ends an invocation, then lets it through to Lambda', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const handler = middy<unknown, void>()
      .use(logUnhandledErrors())
      .handler(() => Promise.reject(new Error('the sweep failed')));
    await expect(handler({}, {} as never)).rejects.toThrow('the sweep failed');
    expect(logged).toHaveBeenCalledWith('unhandled error', {
      error: expect.objectContaining({ name: 'Error', message: 'the sweep failed' }) as unknown,
    });
    logged.mockRestore();
  });

  it('is what the sweeper, which no HTTP middleware wraps, runs with', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const sweeper = makeSweeper(() => {
      throw new Error('no table');
    });
    await expect(sweeper({}, {} as never)).rejects.toThrow('no table');
    expect(logged).toHaveBeenCalledWith('unhandled error', {
      error: expect.objectContaining({ message: 'no table' }) as unknown,
    });
    logged.mockRestore();
  });
});
