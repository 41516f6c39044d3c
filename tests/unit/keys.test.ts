import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  articleKey,
  articleQueuePartition,
  commentIndexKeys,
  commentKey,
  queuePartition,
  repliesPartition,
  threadsPartition,
} from '../../shared/storage/keys';
import { COMMENT_STATUSES } from '../../shared/domain/comment';

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
