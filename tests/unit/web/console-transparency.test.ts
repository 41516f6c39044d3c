/**
 * The console's transparency and trusted-flagger screens without a browser: the report's tables (every
 * section, the totals, the restriction cells summed by reason and who decided), the default period, which
 * field an API detail concerns, the download names, the statements export paged by its cursor, and the
 * API client's new calls (CSV and JSON Lines as text with their headers, a refusal with its details).
 */
import { describe, expect, it } from 'vitest';
import { ttdBucket, ttdBucketUpper } from '../../../shared/domain/decision-stats';
import { summarizeTransparency } from '../../../shared/domain/transparency';
import { ApiError, createApi, type Api } from '../../../web/console/api';
import { statementsExport } from '../../../web/console/download';
import { flaggerField } from '../../../web/console/flaggers-view';
import {
  csvFileName,
  defaultPeriod,
  periodField,
  reportTables,
  statementsFileName,
  type ReportTable,
} from '../../../web/console/transparency-tables';

const report = summarizeTransparency(
  [
    {
      'notice.received.defamation': 2,
      'notice.received.terrorist_content': 1,
      'notice.trusted': 1,
      'notice.decided.defamation.remove': 1,
      'notice.decided.terrorist_content.keep': 1,
      [`notice.ttd.${ttdBucket(90)}`]: 2,
      'action.removed.illegal.human': 1,
      'action.not_published.spam.automated': 3,
      'action.removed.spam.automated_detection': 1,
      'ban.human': 1,
      'appeal.received.author': 2,
      'appeal.received.notifier': 1,
      'appeal.decided.reverse': 1,
    },
  ],
  '2026-05-01',
  '2026-05-30',
);
const tables = new Map(reportTables(report).map((t) => [t.id, t]));
const row = (table: string, head: string) => {
  const t = tables.get(table) as ReportTable;
  return [...t.rows, ...(t.total ? [t.total] : [])].find((r) => r.head === head)?.cells;
};

describe('the report as tables', () => {
  it('has a captioned table per section of the report', () => {
    expect([...tables.keys()]).toEqual([
      'notices',
      'notice-figures',
      'actions',
      'restrictions',
      'bans',
      'appeals',
    ]);
    for (const t of tables.values()) {
      expect(t.caption).not.toBe('');
      for (const r of [...t.rows, ...(t.total ? [t.total] : [])])
        expect(r.cells, `${t.id}: ${r.head}`).toHaveLength(t.columns.length - 1);
    }
  });

  it('counts notices by category and outcome, with every category even at zero', () => {
    expect(row('notices', 'Defamation')).toEqual([2, 1, 0, 1]);
    expect(row('notices', 'Terrorist content')).toEqual([1, 0, 1, 1]);
    expect(row('notices', 'Scam or fraud')).toEqual([0, 0, 0, 0]);
    expect(tables.get('notices')?.rows).toHaveLength(9);
    expect(row('notices', 'All categories')).toEqual([3, 1, 1, 2]);
    expect(row('notice-figures', 'Notices from trusted flaggers (Art. 22)')).toEqual([1]);
    expect(row('notice-figures', 'Median time from notice to decision')).toEqual([
      `${Math.round(ttdBucketUpper(ttdBucket(90)) / 60)} min`,
    ]);
    expect(row('notice-figures', 'Decisions timed')).toEqual([2]);
  });

  it('sums the actions by reason and who decided, over both restrictions', () => {
    // Automated, detected automatically and decided by a person, by a person, total.
    expect(row('actions', 'Spam')).toEqual([3, 1, 0, 4]);
    expect(row('actions', 'Illegal content')).toEqual([0, 0, 1, 1]);
    expect(row('actions', 'Hate')).toEqual([0, 0, 0, 0]);
    expect(row('actions', 'All reasons')).toEqual([3, 1, 1, 5]);
    expect(row('restrictions', 'Not published (refused before anyone saw it)')).toEqual([3]);
    expect(row('restrictions', 'Removed after publication')).toEqual([2]);
    expect(row('restrictions', 'All actions')).toEqual([5]);
  });

  it('counts bans and appeals', () => {
    expect(row('bans', 'Detected and decided by a person')).toEqual([1]);
    expect(row('bans', 'All bans')).toEqual([1]);
    expect(row('appeals', 'Received from authors')).toEqual([2]);
    expect(row('appeals', 'Received in all')).toEqual([3]);
    expect(row('appeals', 'Decided: decision reversed')).toEqual([1]);
    expect(row('appeals', 'Decided: decision kept')).toEqual([0]);
  });

  it('says when no notice was decided rather than a time', () => {
    const empty = reportTables(summarizeTransparency([], '2026-05-01', '2026-05-01'));
    expect(empty[1]?.rows[1]?.cells).toEqual(['none decided']);
  });
});

describe('the period', () => {
  it('defaults to the last 30 UTC days, today included', () => {
    expect(defaultPeriod(new Date('2026-05-30T23:59:00Z'))).toEqual({ from: '2026-05-01', to: '2026-05-30' });
    expect(defaultPeriod(new Date('2026-03-01T00:30:00Z'))).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });

  it('places an API detail on its field', () => {
    expect(periodField('query.to')).toBe('to');
    expect(periodField('from')).toBe('from');
    expect(periodField('query.format')).toBeNull();
    expect(flaggerField('name')).toBe('name');
    expect(flaggerField('body.contact')).toBe('contact');
    expect(flaggerField('body')).toBeNull();
  });

  it('names the downloads after the period', () => {
    const p = { from: '2026-01-01', to: '2026-12-31' };
    expect(csvFileName(p)).toBe('transparency-2026-01-01-2026-12-31.csv');
    expect(statementsFileName(p)).toBe('statements-of-reasons-2026-01-01-2026-12-31.jsonl');
  });
});

describe('the statements export', () => {
  it('reads page after page while x-next-cursor comes back, counting the lines', async () => {
    const asked: (string | undefined)[] = [];
    const pages: Record<string, { text: string; next: string | null }> = {
      first: { text: '{"puid":"a-2"}\n{"puid":"b-2"}\n', next: 'c1' },
      c1: { text: '{"puid":"c-3"}\n', next: null },
    };
    const api = {
      statementsPage: (_p: unknown, cursor?: string) => {
        asked.push(cursor);
        const page = pages[cursor ?? 'first']!;
        const headers = new Headers(page.next ? { 'x-next-cursor': page.next } : {});
        return Promise.resolve({ text: page.text, headers });
      },
    } as unknown as Api;
    const progress: number[] = [];
    const out = await statementsExport(api, { from: '2026-05-01', to: '2026-05-30' }, (n) =>
      progress.push(n),
    );
    expect(asked).toEqual([undefined, 'c1']);
    expect(out.lines).toBe(3);
    expect(progress).toEqual([2, 3]);
    expect(await new Blob(out.parts).text()).toBe(pages.first!.text + pages.c1!.text);
  });
});

describe('the API client’s admin calls', () => {
  function recording(answer: () => Response) {
    const calls: string[] = [];
    const api = createApi({
      apiUrl: 'http://api.test',
      token: () => Promise.resolve('t'),
      fetch: (input, init) => {
        calls.push(`${init?.method ?? 'GET'} ${input}`);
        return Promise.resolve(answer());
      },
    });
    return { api, calls };
  }
  const period = { from: '2026-05-01', to: '2026-05-30' };

  it('reads the CSV and a page of statements as text, with their headers', async () => {
    const csv = recording(
      () => new Response('metric,dimension,value\r\n', { headers: { 'x-next-cursor': 'n' } }),
    );
    const out = await csv.api.transparencyCsv(period);
    expect(out.text).toBe('metric,dimension,value\r\n');
    expect(out.headers.get('x-next-cursor')).toBe('n');
    await csv.api.statementsPage(period, 'abc');
    expect(csv.calls).toEqual([
      'GET http://api.test/moderation/transparency?from=2026-05-01&to=2026-05-30&format=csv',
      'GET http://api.test/moderation/transparency/statements?from=2026-05-01&to=2026-05-30&limit=1000&cursor=abc',
    ]);
  });

  it('turns a refused period into an ApiError with its details', async () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'The request is not valid.',
        details: [{ path: 'query.to', message: 'to must not be before from.' }],
      },
    };
    const bad = recording(() => new Response(JSON.stringify(body), { status: 400 }));
    const refused = bad.api.transparencyCsv(period);
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(bad.api.transparency(period)).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
      details: body.error.details,
    });
  });

  it('registers, lists and revokes flaggers on their routes', async () => {
    const r = recording(() => new Response(JSON.stringify({ flaggers: [] })));
    await r.api.registerFlagger({ name: 'Hotline' });
    await r.api.trustedFlaggers();
    await r.api.revokeFlagger('01F/1');
    expect(r.calls).toEqual([
      'POST http://api.test/moderation/trusted-flaggers',
      'GET http://api.test/moderation/trusted-flaggers',
      'DELETE http://api.test/moderation/trusted-flaggers/01F%2F1',
    ]);
  });
});
