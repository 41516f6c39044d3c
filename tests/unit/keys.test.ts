import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  articleKey,
  articleQueuePartition,
  commentIdOf,
  commentIndexKeys,
  commentKey,
  queuePartition,
  repliesPartition,
  threadsPartition,
} from '../../shared/storage/keys';
import {
  COMMENT_STATUSES,
  toPublicComment,
  toPublicThread,
  type CommentRecord,
} from '../../shared/domain/comment';
import {
  AUTHOR_HISTORY_ATTRIBUTES,
  PUBLIC_LISTING_ATTRIBUTES,
  tableDefinition,
} from '../../shared/storage/table';

const base = {
  id: '01J00000000000000000000000',
  articleId: 'a-1',
  authorId: 'a_x',
  parentId: null,
  rootId: '01J00000000000000000000000',
};

describe('keys', () => {
  it('puts a comment and its audit trail in one partition', () => {
    expect(commentKey('X')).toEqual({ PK: 'COMMENT#X', SK: 'COMMENT' });
    expect(articleKey('a')).toEqual({ PK: 'ARTICLE#a', SK: 'ARTICLE' });
  });

  it('lists only approved comments publicly: roots under the article, replies under the thread', () => {
    expect(commentIndexKeys({ ...base, status: 'approved' })).toMatchObject({
      GSI1PK: threadsPartition('a-1'),
      GSI1SK: base.id,
    });
    expect(commentIndexKeys({ ...base, parentId: 'P', rootId: 'R', status: 'approved' })).toMatchObject({
      GSI1PK: repliesPartition('R'),
    });
    for (const status of COMMENT_STATUSES.filter((s) => s !== 'approved')) {
      expect(commentIndexKeys({ ...base, status })).not.toHaveProperty('GSI1PK');
    }
  });

  it('queues every live comment under its status, site-wide and per article', () => {
    expect(commentIndexKeys({ ...base, status: 'pending' })).toMatchObject({
      GSI2PK: queuePartition('pending'),
      GSI3PK: articleQueuePartition('pending', 'a-1'),
    });
    expect(commentIndexKeys({ ...base, status: 'deleted' })).not.toHaveProperty('GSI2PK');
  });

  it('never lets two different article ids share a partition', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
        (a, b) => {
          fc.pre(a !== b);
          expect(threadsPartition(a)).not.toBe(threadsPartition(b));
          expect(articleKey(a).PK).not.toBe(articleKey(b).PK);
        },
      ),
    );
  });
});

describe('index projections', () => {
  const full: CommentRecord = {
    entity: 'comment',
    id: '01J00000000000000000000001',
    articleId: 'a-1',
    parentId: null,
    rootId: '01J00000000000000000000001',
    authorId: 'a_x',
    authorName: 'Ada',
    authorEmailHash: 'email-hash',
    authorTokenHash: 'hash',
    networkHash: 'net',
    body: 'First line\nwith a link https://example.org',
    status: 'approved',
    version: 3,
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:01:00.000Z',
    editedAt: '2026-11-26T10:00:30.000Z',
    replyCount: 4,
    firstReplies: [
      {
        id: '01J00000000000000000000002',
        parentId: '01J00000000000000000000001',
        authorName: 'Bo',
        body: 'A reply',
        createdAt: '2026-11-26T10:02:00.000Z',
        editedAt: null,
      },
    ],
    publicReason: 'spam',
    previousStatus: 'pending',
    openFlags: 1,
    flagReasons: { spam: 1 },
    recentFlags: [{ reason: 'spam', at: '2026-11-26T10:03:00.000Z' }],
  };
  const project = (c: CommentRecord) =>
    Object.fromEntries(
      Object.entries(c).filter(([k]) => (PUBLIC_LISTING_ATTRIBUTES as readonly string[]).includes(k)),
    ) as unknown as CommentRecord;

  it('the public listing index carries everything the public views read, and nothing a moderator sees', () => {
    const reply: CommentRecord = { ...full, id: 'R', parentId: full.id, replyCount: 0, firstReplies: [] };
    const tombstone: CommentRecord = { ...full, status: 'deleted', body: '' };
    for (const c of [full, reply, tombstone]) {
      expect(toPublicThread(project(c))).toEqual(toPublicThread(c));
      expect(toPublicComment(project(c))).toEqual(toPublicComment(c));
    }
    for (const secret of [
      'authorId',
      'authorEmailHash',
      'authorTokenHash',
      'networkHash',
      'decision',
      'recentFlags',
    ])
      expect(PUBLIC_LISTING_ATTRIBUTES).not.toContain(secret);
  });

  it('the author index carries what the repeat and flood checks compare; the queues hold keys only', () => {
    const byName = new Map<string, unknown>(
      tableDefinition.globalSecondaryIndexes.map((g) => [g.indexName, g.projection]),
    );
    expect(byName.get('GSI1')).toEqual({ type: 'INCLUDE', attributes: PUBLIC_LISTING_ATTRIBUTES });
    expect(byName.get('GSI4')).toEqual({ type: 'INCLUDE', attributes: AUTHOR_HISTORY_ATTRIBUTES });
    expect([...AUTHOR_HISTORY_ATTRIBUTES].sort()).toEqual(['body', 'createdAt', 'id']);
    for (const queueIndex of ['GSI2', 'GSI3', 'GSI5', 'GSI6'])
      expect(byName.get(queueIndex)).toEqual({ type: 'KEYS_ONLY' });
  });

  it('reads the comment id back from a comment key, and refuses any other key', () => {
    expect(commentIdOf(commentKey('01J00000000000000000000001').PK)).toBe('01J00000000000000000000001');
    expect(() => commentIdOf('ARTICLE#a')).toThrow();
    expect(() => commentIdOf(undefined)).toThrow();
  });
});
