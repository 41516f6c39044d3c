import { describe, expect, it } from 'vitest';
import { closedArticle } from '../../../shared/moderation/checks/closed-article';
import { makeContext } from '../support';

describe('closed-article check', () => {
  it('holds a comment that reached the queue after its article was closed', async () => {
    expect(await closedArticle.run(makeContext('Late but civil.', { article: { closed: true } }))).toEqual({
      outcome: 'hold',
      reason: 'comments_closed',
      evidence: [{ kind: 'article', value: 'closed' }],
    });
  });

  it('passes on an open article', async () => {
    expect((await closedArticle.run(makeContext('Hello'))).outcome).toBe('pass');
  });
});
