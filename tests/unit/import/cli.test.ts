/**
 * The pure parts of `npm run import` (scripts/import.ts): the command line, where the secret comes
 * from, a dry run, and the report. The writes themselves are in tests/integration/import.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyedHash } from '../../../shared/ids';
import { ImportOptionError } from '../../../shared/import/plan-status';
import { formatReport, runImport } from '../../../scripts/import';
import { ImportUsageError, parseImportArgs, resolveSecret } from '../../../scripts/import-args';
import { fixtureBytes, inChunks } from './support';

describe('parseImportArgs', () => {
  it('defaults to the local stack data, and reads the planner options', () => {
    const command = parseImportArgs(
      [
        '--format',
        'disqus',
        'export.xml',
        '--site-url',
        'https://news.example.org',
        '--map',
        'map.txt',
        '--status-map',
        'spam=skip',
        '--moderate',
        '--orphans',
        'root',
      ],
      () => 'https://news.example.org/a  article-a\n',
    );
    expect(command).toMatchObject({
      format: 'disqus',
      file: 'export.xml',
      dryRun: false,
      target: { kind: 'local-data', tableName: 'parley-local', region: 'us-east-1' },
      planner: { siteUrl: 'https://news.example.org', moderate: true, orphans: 'root' },
    });
    expect(command.planner.map?.get('https://news.example.org/a')).toBe('article-a');
    expect(command.planner.statusMap?.spam).toBe('skip');
  });

  it('targets a DynamoDB Local with --endpoint, and a deployed table with --table alone', () => {
    expect(
      parseImportArgs(['--format', 'wordpress', 'f', '--endpoint', 'http://127.0.0.1:8000', '--dry-run'])
        .target,
    ).toEqual({
      kind: 'endpoint',
      endpoint: 'http://127.0.0.1:8000',
      tableName: 'parley-local',
      region: 'us-east-1',
    });
    expect(
      parseImportArgs(['--format', 'wordpress', 'f', '--table', 'Parley-Table', '--region', 'eu-west-1'])
        .target,
    ).toEqual({
      kind: 'aws',
      tableName: 'Parley-Table',
      region: 'eu-west-1',
    });
  });

  it.each([
    [['export.xml'], /--format must be disqus or wordpress/],
    [['--format', 'disqus'], /exactly one export file/],
    [['--format', 'disqus', 'a', 'b'], /exactly one export file/],
    [['--format', 'disqus', 'a', '--orphans', 'adopt'], /--orphans must be root/],
    [['--format', 'disqus', 'a', '--endpoint', 'localhost:8000'], /--endpoint must be an http/],
    [['--format', 'disqus', 'a', '--unknown'], /Unknown option/],
  ])('refuses %j in one line', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(ImportUsageError);
    expect(() => parseImportArgs(argv)).toThrow(message);
  });

  it("passes the planner's own errors through (a bad --status-map)", () => {
    expect(() => parseImportArgs(['--format', 'disqus', 'a', '--status-map', 'spam=bin'])).toThrow(
      ImportOptionError,
    );
  });
});

describe('resolveSecret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-import-'));
  const local = { kind: 'local-data', tableName: 'parley-local', region: 'us-east-1' } as const;
  const aws = { kind: 'aws', tableName: 'T', region: undefined } as const;

  it('reads the local stack secret first, then PARLEY_SECRET, and fails in one line without either', () => {
    expect(resolveSecret(local, { PARLEY_SECRET: 'from-env' }, dir)).toBe('from-env');
    expect(() => resolveSecret(local, {}, dir)).toThrow(/No PARLEY_SECRET: neither .*secret/);
    writeFileSync(join(dir, 'secret'), `${'s'.repeat(43)}\n`);
    expect(resolveSecret(local, { PARLEY_SECRET: 'from-env' }, dir)).toBe('s'.repeat(43));
  });

  it('takes a deployed table secret from PARLEY_SECRET only', () => {
    expect(resolveSecret(aws, { PARLEY_SECRET: 'deployed' }, dir)).toBe('deployed');
    expect(() => resolveSecret(aws, {}, dir)).toThrow(/No PARLEY_SECRET: set it to the deployment secret/);
  });
});

describe('a dry run', () => {
  it('writes nothing and reports what would be written', async () => {
    const lines: string[] = [];
    const report = await runImport({
      format: 'disqus',
      input: inChunks(fixtureBytes('disqus.xml'), [100]),
      planner: {
        hash: (v) => keyedHash('k', v),
        importedAt: new Date('2027-01-05T09:00:00.000Z'),
        siteUrl: 'https://news.example.org',
      },
      store: null,
      progressEvery: 4,
      progress: (line) => lines.push(line),
    });
    expect(report).toMatchObject({ planned: 6, written: 0, existing: 0, failed: { count: 0 } });
    expect(lines).toEqual(['import: 4 comments planned (dry run)', 'import: 6 comments planned (dry run)']);
    const text = formatReport(report, true);
    expect(text).toContain('Comments planned: 6 (approved 4, pending 1, rejected 1, received 0)');
    expect(text).toContain('  status: 1 (2004: deleted in the source)');
    expect(text).toContain('Dry run: nothing written.');
    expect(text).not.toContain('Written:');
  });
});

describe('formatReport', () => {
  it('names the failures and says a re-run retries them', () => {
    const text = formatReport(
      {
        summary: {
          threads: 1,
          threadsWithoutArticle: { count: 0, examples: [] },
          comments: { approved: 2, pending: 0, rejected: 0, received: 0 },
          skipped: {},
          truncatedBodies: 0,
          assumedUtcDates: 0,
          repliesToUnpublishedParents: 0,
        },
        planned: 2,
        written: 1,
        existing: 0,
        failed: { count: 1, examples: [{ sourceId: '7', id: 'ID7', error: 'throttled' }] },
      },
      false,
    );
    expect(text).toContain('Written: 1; already there: 0; failed: 1');
    expect(text).toContain('  7 (ID7): throttled');
    expect(text).toContain('Run the same import again to retry them');
  });
});
