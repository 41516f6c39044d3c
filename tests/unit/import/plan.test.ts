import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionRecordSchema } from '../../../shared/domain/responses';
import { AUTHOR_ID_PATTERN } from '../../../shared/domain/moderation-schemas';
import { authorTokenMatches, isId, keyedHash } from '../../../shared/ids';
import { parseDisqus } from '../../../shared/import/disqus';
import {
  createImportPlanner,
  type ImportPlannerOptions,
  type PlannedComment,
  type PlannedItem,
} from '../../../shared/import/plan';
import { ImportOptionError, parseStatusMap } from '../../../shared/import/plan-status';
import type { ImportComment, ImportRecord, ImportThread } from '../../../shared/import/records';
import { parseWordPress } from '../../../shared/import/wordpress';

const SITE = 'https://news.example.org';
const OPTIONS: ImportPlannerOptions = {
  hash: (value) => keyedHash('test-secret', value),
  importedAt: new Date('2027-01-05T09:00:00.000Z'),
  siteUrl: SITE,
};

const fixture = (name: string) => createReadStream(new URL(`../../fixtures/import/${name}`, import.meta.url));

/** Parses a fixture export and plans every record; returns the items and the planner. */
async function planFixture(format: 'disqus' | 'wordpress', overrides: Partial<ImportPlannerOptions> = {}) {
  const planner = createImportPlanner({ ...OPTIONS, ...overrides });
  const parse = format === 'disqus' ? parseDisqus : parseWordPress;
  const items: PlannedItem[] = [];
  for await (const record of parse(fixture(`${format}.xml`))) items.push(...planner.plan(record));
  return { items, summary: planner.summary() };
}

const plannedComments = (items: PlannedItem[]) =>
  items.filter((i): i is PlannedComment => i.kind === 'comment');
const bySourceId = (items: PlannedItem[], sourceId: string) => {
  const found = plannedComments(items).find((c) => c.sourceId === sourceId);
  if (!found) throw new Error(`${sourceId} was not planned`);
  return found.record;
};
const skipOf = (items: PlannedItem[], sourceId: string) =>
  items.find((i) => i.kind === 'skip' && i.sourceId === sourceId);

const thread = (fields: Partial<ImportThread> = {}): ImportThread => ({
  kind: 'thread',
  source: 'disqus',
  sourceId: 't1',
  link: `${SITE}/2026/story`,
  identifier: null,
  title: null,
  createdAt: null,
  ...fields,
});
const comment = (fields: Partial<ImportComment> = {}): ImportComment => ({
  kind: 'comment',
  source: 'disqus',
  sourceId: 'c1',
  threadSourceId: 't1',
  parentSourceId: null,
  authorName: 'Reader',
  authorEmail: null,
  createdAt: '2026-11-18T08:00:00.000Z',
  createdAtAssumedUtc: false,
  body: 'A comment.',
  state: 'approved',
  ...fields,
});

/** Plans these records with one planner; returns every item. */
function planAll(records: ImportRecord[], overrides: Partial<ImportPlannerOptions> = {}) {
  const planner = createImportPlanner({ ...OPTIONS, ...overrides });
  return { items: records.flatMap((r) => planner.plan(r)), summary: planner.summary() };
}

describe('the import planner on the fixture exports', () => {
  it.each(['disqus', 'wordpress'] as const)(
    'plans the same ids twice, sorted by time (%s)',
    async (format) => {
      const first = plannedComments((await planFixture(format)).items);
      const second = plannedComments((await planFixture(format)).items);
      expect(first.map((c) => c.record.id)).toEqual(second.map((c) => c.record.id));
      expect(first.every((c) => isId(c.record.id))).toBe(true);
      const byTime = [...first].sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt));
      expect(byTime.map((c) => c.record.id)).toEqual(first.map((c) => c.record.id).sort());
    },
  );

  it.each(['disqus', 'wordpress'] as const)(
    'records a decision that validates against the API schema on every comment (%s)',
    async (format) => {
      for (const { record } of plannedComments((await planFixture(format)).items)) {
        expect(decisionRecordSchema.parse(record.decision)).toEqual(record.decision);
        expect(record.decision).toMatchObject({
          decidedBy: 'import',
          tags: ['imported'],
          outcome: record.status,
        });
        expect(record.decision?.checks[0]?.evidence[0]).toMatchObject({ kind: 'import', value: format });
      }
    },
  );

  it('keeps a reply three deep under its direct parent, in the thread of the root (WordPress 11 → 12 → 13 → 19)', async () => {
    const { items } = await planFixture('wordpress');
    const [root, reply, replyToReply, third] = ['11', '12', '13', '19'].map((id) => bySourceId(items, id));
    expect(root).toMatchObject({ parentId: null, rootId: root!.id });
    expect(reply).toMatchObject({ parentId: root!.id, rootId: root!.id });
    expect(replyToReply).toMatchObject({ parentId: reply!.id, rootId: root!.id });
    expect(third).toMatchObject({ parentId: replyToReply!.id, rootId: root!.id });
  });

  it('rejects spam with the public reason spam, and skips deleted comments', async () => {
    for (const [format, spam, deleted] of [
      ['disqus', '2005', '2004'],
      ['wordpress', '15', '16'],
    ] as const) {
      const { items } = await planFixture(format);
      expect(bySourceId(items, spam)).toMatchObject({
        status: 'rejected',
        publicReason: 'spam',
        decision: { outcome: 'rejected', reason: 'spam', checks: [{ check: 'import', outcome: 'reject' }] },
      });
      expect(skipOf(items, deleted)).toMatchObject({ code: 'status', reason: 'deleted in the source' });
    }
  });

  it('skips the comments of a thread without an article, saying which link', async () => {
    const { items, summary } = await planFixture('disqus', { siteUrl: 'https://other.example.com' });
    expect(skipOf(items, '2006')).toMatchObject({
      code: 'unknown-article',
      reason: 'unknown article (https://news.example.org/2026/11/moldova-vote)',
    });
    // Thread 1001 has an identifier that is an article id, so its comments are still planned.
    expect(bySourceId(items, '2001').articleId).toBe('2026-11-18-sahel-networks');
    expect(summary.threadsWithoutArticle).toEqual({
      count: 2,
      examples: ['https://news.example.org/2026/11/moldova-vote', 'https://news.example.org/2026/12/empty'],
    });
  });

  it('never puts an e-mail address in any planned item, only its keyed hash', async () => {
    for (const format of ['disqus', 'wordpress'] as const) {
      const json = JSON.stringify(await planFixture(format));
      expect(json).not.toMatch(/amina@|olga@|pills@/);
      expect(
        bySourceId((await planFixture(format)).items, format === 'disqus' ? '2001' : '11'),
      ).toMatchObject({
        authorEmailHash: keyedHash('test-secret', 'email:amina@example.org'),
      });
    }
  });

  it('sums up threads, comments by status and skips by reason', async () => {
    const { summary } = await planFixture('wordpress');
    expect(summary).toMatchObject({
      threads: 3,
      comments: { approved: 5, pending: 1, rejected: 1, received: 0 },
      assumedUtcDates: 1,
    });
    expect(summary.skipped.status).toEqual({
      count: 1,
      examples: [{ sourceId: '16', reason: 'deleted in the source' }],
    });
    expect(summary.skipped['source-record']?.count).toBe(6);
  });
});

describe('the import planner, rule by rule', () => {
  it('gives each comment the fields a stored comment has, with no author token that can match', () => {
    const { items } = planAll([thread(), comment({ authorEmail: ' Reader@Example.org ' })]);
    const [record] = plannedComments(items).map((c) => c.record);
    expect(record).toMatchObject({
      entity: 'comment',
      articleId: '2026-story',
      networkHash: 'imported',
      body: 'A comment.',
      status: 'approved',
      version: 1,
      createdAt: '2026-11-18T08:00:00.000Z',
      updatedAt: '2026-11-18T08:00:00.000Z',
      editedAt: null,
      replyCount: 0,
      firstReplies: [],
    });
    expect(record!.authorId).toMatch(AUTHOR_ID_PATTERN);
    expect(authorTokenMatches(`imported:${record!.id}`, record!.authorTokenHash)).toBe(false);
    expect(authorTokenMatches(record!.authorTokenHash, record!.authorTokenHash)).toBe(false);
  });

  it('emits an article for each mapped thread, and nothing for a thread without one', () => {
    const { items } = planAll([thread(), thread({ sourceId: 't2', link: 'https://elsewhere.example/x' })]);
    expect(items).toEqual([
      {
        kind: 'article',
        articleId: '2026-story',
        source: 'disqus',
        sourceId: 't1',
        link: `${SITE}/2026/story`,
        title: null,
      },
    ]);
  });

  it('gives one author id per e-mail, else per name, else one anonymous author per source', () => {
    const { items } = planAll([
      thread(),
      comment({ sourceId: 'a', authorEmail: 'x@example.org', authorName: 'One' }),
      comment({ sourceId: 'b', authorEmail: ' X@example.org', authorName: 'Two' }),
      comment({ sourceId: 'c', authorName: 'Two' }),
      comment({ sourceId: 'd', authorName: ' two ' }),
      comment({ sourceId: 'e', authorName: null }),
      comment({ sourceId: 'f', authorName: '   ' }),
    ]);
    const ids = plannedComments(items).map((c) => c.record.authorId);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[4]).toBe(ids[5]);
    expect(new Set(ids).size).toBe(3);
    expect(plannedComments(items).map((c) => c.record.authorName)).toEqual([
      'One',
      'Two',
      'Two',
      'two',
      'Anonymous',
      'Anonymous',
    ]);
  });

  it('skips a reply whose parent was not imported, or makes it a thread when orphans is root', () => {
    const records = [
      thread(),
      comment({ sourceId: 'gone', state: 'deleted' }),
      comment({ sourceId: 'reply', parentSourceId: 'gone' }),
      comment({ sourceId: 'unknown', parentSourceId: 'never-seen' }),
    ];
    const skipped = planAll(records).items;
    expect(skipOf(skipped, 'reply')).toMatchObject({
      code: 'parent-not-imported',
      reason: 'parent gone not imported',
    });
    expect(skipOf(skipped, 'unknown')).toMatchObject({ code: 'parent-not-imported' });

    const rooted = planAll(records, { orphans: 'root' }).items;
    const reply = bySourceId(rooted, 'reply');
    expect(reply).toMatchObject({ parentId: null, rootId: reply.id });
    expect(reply.decision?.checks[0]?.evidence).toContainEqual({
      kind: 'import',
      value: 'orphan',
      detail: 'parent gone not imported: made a thread',
    });
  });

  it('does not attach a reply to a parent on another article', () => {
    const { items } = planAll([
      thread(),
      thread({ sourceId: 't2', link: `${SITE}/other` }),
      comment({ sourceId: 'p' }),
      comment({ sourceId: 'r', threadSourceId: 't2', parentSourceId: 'p' }),
    ]);
    expect(skipOf(items, 'r')).toMatchObject({ code: 'parent-not-imported' });
  });

  it('with moderate, plans comments as received without a decision', () => {
    const { items, summary } = planAll([thread(), comment(), comment({ sourceId: 's', state: 'spam' })], {
      moderate: true,
    });
    for (const { record } of plannedComments(items)) {
      expect(record.status).toBe('received');
      expect(record).not.toHaveProperty('decision');
      expect(record).not.toHaveProperty('publicReason');
    }
    expect(summary.comments).toEqual({ approved: 0, pending: 0, rejected: 0, received: 2 });
  });

  it('follows a status map: held comments carry the source state as the hold reason', () => {
    const { items, summary } = planAll(
      [thread(), comment({ sourceId: 's', state: 'spam' }), comment({ sourceId: 'p', state: 'pending' })],
      { statusMap: parseStatusMap('spam=pending,pending=skip') },
    );
    expect(bySourceId(items, 's')).toMatchObject({
      status: 'pending',
      decision: {
        outcome: 'pending',
        reason: 'spam_in_source',
        checks: [{ outcome: 'hold', reason: 'spam_in_source' }],
      },
    });
    expect(bySourceId(items, 's')).not.toHaveProperty('publicReason');
    expect(skipOf(items, 'p')).toMatchObject({ code: 'status', reason: 'pending in the source' });
    expect(summary.skipped.status?.count).toBe(1);
  });

  it('skips an empty body, a duplicate source id, a date before 1970 and a comment on an unknown thread', () => {
    const { items } = planAll([
      thread(),
      comment({ sourceId: 'empty', body: '<p> &nbsp; </p><script>alert(1)</script>' }),
      comment({ sourceId: 'twice' }),
      comment({ sourceId: 'twice' }),
      comment({ sourceId: 'old', createdAt: '1969-12-31T23:59:59.000Z' }),
      comment({ sourceId: 'lost', threadSourceId: 'nowhere' }),
    ]);
    expect(
      items.filter((i) => i.kind === 'skip').map((i) => i.kind === 'skip' && [i.sourceId, i.code]),
    ).toEqual([
      ['empty', 'empty-body'],
      ['twice', 'duplicate'],
      ['old', 'date'],
      ['lost', 'unknown-thread'],
    ]);
  });

  it('notes a cut body and a date read as UTC in the decision, and counts them', () => {
    const { items, summary } = planAll([
      thread(),
      comment({ body: 'word '.repeat(2000), createdAtAssumedUtc: true }),
    ]);
    const evidence = bySourceId(items, 'c1').decision?.checks[0]?.evidence.map((e) => e.value);
    expect(evidence).toEqual(['disqus', 'truncated', 'date']);
    expect(summary).toMatchObject({ truncatedBodies: 1, assumedUtcDates: 1 });
  });

  it('keeps at most five examples per skip reason', () => {
    const records = [
      thread(),
      ...Array.from({ length: 8 }, (_, i) => comment({ sourceId: `d${i}`, state: 'deleted' })),
    ];
    const { summary } = planAll(records);
    expect(summary.skipped.status?.count).toBe(8);
    expect(summary.skipped.status?.examples.map((e) => e.sourceId)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
  });

  it('refuses unusable options up front', () => {
    expect(() => createImportPlanner({ ...OPTIONS, siteUrl: 'news.example.org' })).toThrow(ImportOptionError);
    expect(() => createImportPlanner({ ...OPTIONS, map: new Map([['t1', 'not an id']]) })).toThrow(
      /"not an id" \(for "t1"\) is not a valid article id/,
    );
  });
});
