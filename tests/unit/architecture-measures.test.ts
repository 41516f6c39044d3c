/**
 * The size measures the architecture holds itself to (docs/architecture.md): no source file outside
 * `bench/` over 400 lines except the word-list data files, and every Lambda handler (a module of
 * `functions/` that exports `handler`; the route table is declarations) at most 30 lines — the work
 * lives in `shared/app/`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const MAX_FILE_LINES = 400;
const MAX_HANDLER_LINES = 30;
/**
 * Data, not logic: word lists with one entry per line, the table of measured held-out figures, and the list of
 * evaluation halves.
 */
const DATA_FILES = new Set([
  'shared/moderation/toxicity/lexicon-data.ts',
  'tests/moderation/eval-floors.ts',
  'tests/moderation/eval-halves.ts',
]);

const tracked = (): string[] =>
  execFileSync('git', ['ls-files', '*.ts', '*.mjs', '*.js'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && !f.startsWith('bench/'));
const read = (file: string): string => readFileSync(new URL(file, ROOT), 'utf8');
const lines = (file: string): number => read(file).replace(/\n$/, '').split('\n').length;

describe('architecture measures', () => {
  it(`keeps every source file outside bench/ within ${MAX_FILE_LINES} lines`, () => {
    const long = tracked()
      .filter((f) => !DATA_FILES.has(f))
      .map((f) => [f, lines(f)] as const)
      .filter(([, n]) => n > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`keeps every handler within ${MAX_HANDLER_LINES} lines`, () => {
    const long = tracked()
      .filter((f) => /^functions\/[^/]+\.ts$/.test(f) && /^export const handler\b/m.test(read(f)))
      .map((f) => [f, lines(f)] as const)
      .filter(([, n]) => n > MAX_HANDLER_LINES);
    expect(long).toEqual([]);
  });
});
