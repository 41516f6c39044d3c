import fc from 'fast-check';
import { monotonicFactory } from 'ulid';
import { describe, expect, it } from 'vitest';
import { importedCommentId } from '../../../shared/import/plan-ids';
import { PlacedCommentIndex, type PlacedComment } from '../../../shared/import/plan-index';
import { readUlid, writeUlidBytes } from '../../../shared/import/ulid-bytes';

const ulid = monotonicFactory();
/** A canonical ULID that is cheap to make: the number in decimal digits, which Crockford base32 has. */
const numberedId = (n: number) => String(n).padStart(26, '0');
const idOf = (sourceId: string) => importedCommentId('disqus', sourceId, '2026-11-18T08:00:00.000Z');

/** Adds a thread root, or a reply under `parent`, and returns what the index then says of it. */
function place(
  index: PlacedCommentIndex,
  sourceId: string,
  parent: PlacedComment | null = null,
  articleId = 'article-1',
): PlacedComment {
  index.add(sourceId, { id: idOf(sourceId), status: 'approved', articleId }, parent);
  return index.get(sourceId)!;
}

describe('ULID bytes', () => {
  it('round-trips canonical ULIDs, the extremes included', () => {
    const bytes = new Uint8Array(20);
    const samples = ['00000000000000000000000000', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ', idOf('1'), ulid()];
    for (const id of samples) {
      writeUlidBytes(id, bytes, 3);
      expect(readUlid(bytes, 3)).toBe(id);
    }
  });

  it('refuses what would not decode back to the same string', () => {
    const bytes = new Uint8Array(16);
    for (const id of ['8ZZZZZZZZZZZZZZZZZZZZZZZZZ', idOf('1').toLowerCase(), 'short', `${idOf('1')}0`]) {
      expect(() => writeUlidBytes(id, bytes, 0)).toThrow(RangeError);
    }
  });
});

describe('the planner index of placed comments', () => {
  it('answers absent for ids never added', () => {
    const index = new PlacedCommentIndex();
    place(index, '101');
    expect(index.has('102')).toBe(false);
    expect(index.get('102')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
    expect(index.size).toBe(1);
  });

  it('keeps id, status and article, and a reply in its parent’s thread', () => {
    const index = new PlacedCommentIndex();
    const root = place(index, '11', null, 'article-a');
    const reply = place(index, '12', root, 'article-a');
    index.add('13', { id: idOf('13'), status: 'pending', articleId: 'article-a' }, reply);
    place(index, '21', null, 'article-b');

    expect(root).toEqual({
      id: idOf('11'),
      rootId: idOf('11'),
      status: 'approved',
      articleId: 'article-a',
      entry: 0,
    });
    expect(index.get('13')).toEqual({
      id: idOf('13'),
      rootId: idOf('11'),
      status: 'pending',
      articleId: 'article-a',
      entry: 2,
    });
    expect(index.get('21')).toMatchObject({ rootId: idOf('21'), articleId: 'article-b' });
  });

  it('refuses, changing nothing, a source id added twice, an id that is no ULID, a reply off its parent’s article', () => {
    const index = new PlacedCommentIndex();
    const root = place(index, '11', null, 'article-a');
    expect(() => place(index, '11')).toThrow(/already in the index/);
    expect(() =>
      index.add('12', { id: 'not-a-ulid', status: 'approved', articleId: 'article-a' }, root),
    ).toThrow(RangeError);
    expect(() => place(index, '13', root, 'article-b')).toThrow(/parent's article/);
    expect(index.size).toBe(1);
    expect(index.has('12')).toBe(false);
    expect(place(index, '12', root, 'article-a')).toMatchObject({ rootId: idOf('11'), entry: 1 });
  });

  it('finds every entry after the table doubled many times and across pages', () => {
    const index = new PlacedCommentIndex();
    const count = 70_000; // the table doubles from 1,024 slots to 131,072; five pages of entries
    const articleOf = (i: number) => `a-${Math.floor(i / 48)}`; // 48 comments, 16 threads of 3, each
    for (let i = 0; i < count; i++) {
      const parent = i % 3 === 0 ? null : index.get(`p${i - 1}`)!;
      index.add(`p${i}`, { id: numberedId(i), status: 'approved', articleId: articleOf(i) }, parent);
    }
    expect(index.size).toBe(count);
    const wrong = [];
    for (let i = 0; i < count; i++) {
      const found = index.get(`p${i}`);
      const rootId = numberedId(i - (i % 3));
      if (found?.id !== numberedId(i) || found.rootId !== rootId || found.articleId !== articleOf(i))
        wrong.push(i);
    }
    expect(wrong).toEqual([]);
    expect(index.has(`p${count}`)).toBe(false);
  });

  it('holds 200,000 comments in at most 48 bytes each', () => {
    const index = new PlacedCommentIndex();
    const count = 200_000;
    for (let i = 0; i < count; i++) {
      index.add(
        `${1_000_000_000 + i}`,
        { id: numberedId(i), status: 'approved', articleId: `a-${i >> 5}` },
        null,
      );
    }
    // The typed arrays; the 6,250 article ids are per thread (tests/unit/import/memory.test.ts measures
    // the heap and array buffers the index holds).
    expect(index.byteLength / count).toBeLessThanOrEqual(48);
  });

  it('answers as a Map would, for any sequence of adds and lookups', () => {
    const ids = fc.string({ maxLength: 6 });
    const operation = fc.oneof(
      fc.record({ add: ids, parent: fc.option(ids, { nil: null }) }),
      fc.record({ get: ids }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (operations) => {
        const index = new PlacedCommentIndex();
        const model = new Map<string, { id: string; rootId: string }>();
        for (const op of operations) {
          if ('get' in op) {
            const found = index.get(op.get);
            expect(found && { id: found.id, rootId: found.rootId }).toEqual(model.get(op.get));
            expect(index.has(op.get)).toBe(model.has(op.get));
            continue;
          }
          if (model.has(op.add)) continue;
          const parent = op.parent === null ? null : (index.get(op.parent) ?? null);
          const id = ulid();
          index.add(op.add, { id, status: 'received', articleId: 'a' }, parent);
          model.set(op.add, { id, rootId: parent?.rootId ?? id });
        }
      }),
    );
  });
});
