/**
 * Statements of reasons over HTTP (EU DSA Art. 17): the author sees the statement of a rejection in the
 * author view, moderators in the queue and the history, and a policy change rewords the next statements
 * only (each is stored when the decision is made).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorCommentResponseSchema, historySchema, queuePageSchema } from '../../shared/domain/responses';
import { addMonths } from '../../shared/domain/statement';
import { DEFAULT_STATEMENT_GROUNDS } from '../../shared/moderation/policy-defaults';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let moderator: string;
let n = 0;

/** A commercial pitch with a way to reach the seller: the spam check rejects it (tests/moderation). */
const SPAM = 'Cheap Ray-Ban and Gucci replicas, free shipping worldwide, order now at luxe-outlet.shop';
const CLEAN = 'I think the minister is flatly wrong about the sanctions, and the figures show it.';

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
  });
  moderator = await stack.token('moderator');
});
afterAll(async () => {
  await stack?.stop();
});

/** Posts a comment on a fresh article, lets the automatic checks decide, and returns its id and token. */
async function posted(body: string) {
  const articleId = `sor-${n++}`;
  const res = await stack.request('POST', `/articles/${articleId}/comments`, {
    body: { authorName: `Reader ${n}`, body },
  });
  expect(res.status, res.text).toBe(202);
  await stack.drain();
  return { articleId, id: res.json.comment.id as string, token: res.json.authorToken as string };
}

/** What the author sees of their own comment. */
async function authorView(c: { id: string; token: string }) {
  const res = await stack.request('GET', `/comments/${c.id}`, { headers: { 'x-author-token': c.token } });
  expect(res.status, res.text).toBe(200);
  return authorCommentResponseSchema.parse(res.json).comment;
}

describe('statements of reasons', () => {
  it('an automatic rejection: the author sees an automated statement citing the spam clause', async () => {
    const c = await posted(SPAM);
    const comment = await authorView(c);
    expect(comment).toMatchObject({ status: 'rejected', reason: 'spam' });
    expect(comment.statement).toMatchObject({
      restriction: 'not_published',
      automated: { detection: true, decision: true },
      ground: { kind: 'terms', reason: 'spam', clause: DEFAULT_STATEMENT_GROUNDS.spam },
    });
    expect(comment.statement?.facts).toMatch(/^Our automatic checks did not publish this comment: .*spam/);
    const decidedAt = new Date(comment.statement!.decidedAt);
    expect(comment.statement?.redress.appealUntil).toBe(addMonths(decidedAt, 6).toISOString());
  });

  it("a moderator's rejection: decided by a person, shown in the queue and the history", async () => {
    const c = await posted(CLEAN);
    const decided = await stack.request('POST', `/moderation/comments/${c.id}/decision`, {
      token: moderator,
      body: { action: 'reject', reason: 'off_topic', note: 'Moderator-only remark' },
    });
    expect(decided.status, decided.text).toBe(200);

    const comment = await authorView(c);
    expect(comment.statement).toMatchObject({
      restriction: 'removed',
      automated: { detection: false, decision: false },
      ground: { reason: 'off_topic', clause: DEFAULT_STATEMENT_GROUNDS.off_topic },
    });
    expect(JSON.stringify(comment.statement)).not.toMatch(/Moderator-only remark|mod-|admin-/);

    const queue = await stack.request('GET', `/moderation/queue?queue=rejected&articleId=${c.articleId}`, {
      token: moderator,
    });
    expect(queue.status).toBe(200);
    expect(queuePageSchema.parse(queue.json).items[0]?.statement).toEqual(comment.statement);
    const history = await stack.request('GET', `/moderation/comments/${c.id}/history`, { token: moderator });
    expect(historySchema.parse(history.json).statement).toEqual(comment.statement);
  });

  it("an admin's new clause words the next rejection's statement, not the earlier ones", async () => {
    const before = await posted(`${SPAM} `);
    const admin = await stack.token('admin');
    const clause = 'Section 7 of our terms: no advertising, no sales pitches.';
    const put = await stack.request('PUT', '/moderation/policy', {
      token: admin,
      body: { statementGrounds: { spam: clause } },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.json.policy.statementGrounds).toMatchObject({
      spam: clause,
      abuse: DEFAULT_STATEMENT_GROUNDS.abuse,
    });
    const after = await posted(SPAM.replace('Gucci', 'Prada'));

    expect((await authorView(before)).statement?.ground.clause).toBe(DEFAULT_STATEMENT_GROUNDS.spam);
    expect((await authorView(after)).statement?.ground.clause).toBe(clause);
  });

  it('refuses a clause that is empty or too long', async () => {
    const admin = await stack.token('admin');
    for (const spam of ['', 'x'.repeat(1001)]) {
      const put = await stack.request('PUT', '/moderation/policy', {
        token: admin,
        body: { statementGrounds: { spam } },
      });
      expect(put.status, put.text).toBe(400);
    }
  });
});
