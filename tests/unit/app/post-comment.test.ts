/**
 * Accepting a comment, against in-memory storage: what is stored, every refusal decided before anything
 * is written, the honeypot, where the use case calls its Idempotency-Key guard, and `postComment` (the
 * route's answer in process): replays byte for byte, sealed at rest, keys released when a request fails.
 */
import { describe, expect, it, vi } from 'vitest';
import { idempotently, type AnswerOf } from '../../../shared/app/idempotency';
import {
  acceptComment,
  postCommentResponse,
  postIdempotency,
  type PostOutcome,
} from '../../../shared/app/post-comment';
import { postComment } from '../../support/post-comment';
import { DomainError } from '../../../shared/errors';
import { sha256 } from '../../../shared/ids';
import { memoryDeps } from '../../support/memory/deps';
import { post, published } from '../../support/memory/fixtures';

const answer: AnswerOf<PostOutcome> = { status: 202, text: (o) => JSON.stringify(postCommentResponse(o)) };

async function refusal(attempt: Promise<unknown>): Promise<string> {
  const err = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return (err as DomainError).code;
}

describe('postComment', () => {
  it('stores the comment in received with hashes of its token, network and e-mail, and counts the request', async () => {
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await post(deps, 'art', { authorEmail: 'Reader@Example.org' });
    expect(comment).toMatchObject({ articleId: 'art', status: 'received', parentId: null });
    const stored = repo.comments.get(comment.id)!;
    expect(stored).toMatchObject({ status: 'received', version: 1, rootId: comment.id });
    expect(stored.authorTokenHash).toBe(sha256(authorToken));
    expect(stored.authorEmailHash).toMatch(/^[\w-]{22}$/);
    expect(JSON.stringify(stored)).not.toContain('Example.org');
    expect(await repo.requestsThisMinute('author', stored.authorId, deps.now())).toBe(1);
    expect(await repo.requestsThisMinute('network', stored.networkHash!, deps.now())).toBe(1);
  });

  it('gives a reply its thread root, and refuses a reply to a comment that is not published', async () => {
    const { deps, repo } = memoryDeps();
    const root = await published(deps, 'art');
    const reply = await post(deps, 'art', { parentId: root.comment.id });
    expect(repo.comments.get(reply.comment.id)).toMatchObject({
      parentId: root.comment.id,
      rootId: root.comment.id,
    });
    const unpublished = await post(deps, 'art');
    repo.writes.length = 0;
    expect(await refusal(post(deps, 'art', { parentId: unpublished.comment.id }))).toBe('parent_not_found');
    expect(await refusal(post(deps, 'other', { parentId: root.comment.id }))).toBe('parent_not_found');
    expect(await refusal(post(deps, 'art', { parentId: 'not-an-id' }))).toBe('parent_not_found');
    expect(repo.writes).toEqual([]);
  });

  it('refuses closed articles, banned authors and networks, and rate-limited posters without writing', async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({ rateLimits: { authorPerMinute: 1 } });
    await repo.putArticleSettings('closed', { closed: true });
    const first = await post(deps, 'art', { authorName: 'Troll' });
    const troll = repo.comments.get(first.comment.id)!;
    repo.writes.length = 0;

    expect(await refusal(post(deps, 'closed'))).toBe('comments_closed');
    expect(await refusal(post(deps, 'art', { authorName: 'Troll' }))).toBe('rate_limited');
    await repo.setBan(troll.authorId, { banned: true, by: { type: 'moderator', id: 'm' }, at: deps.now() });
    await repo.setNetworkBan('elsewhere', null);
    repo.writes.length = 0;
    expect(await refusal(post(deps, 'art', { authorName: 'Troll' }))).toBe('author_banned');
    await repo.setNetworkBan(troll.networkHash!, Math.floor(deps.now().getTime() / 1000) + 3600);
    repo.writes.length = 0;
    expect(await refusal(post(deps, 'art', { authorName: 'Someone else' }))).toBe('author_banned');
    expect(repo.writes).toEqual([]);
    // Another network is not affected.
    await expect(
      post(deps, 'art', { authorName: 'Someone else' }, { sourceIp: '198.51.100.7' }),
    ).resolves.toBeDefined();
  });

  it('answers a filled honeypot as if accepted and stores nothing', async () => {
    const { deps, repo } = memoryDeps();
    const outcome = await acceptComment(deps, {
      articleId: 'art',
      input: { authorName: 'Bot', body: 'Buy now', website: 'http://spam.example' },
      sourceIp: '192.0.2.1',
    });
    expect(outcome).toMatchObject({ kind: 'dropped', reason: 'honeypot', comment: { status: 'received' } });
    expect(outcome.authorToken).toEqual(expect.any(String));
    expect(repo.comments.size).toBe(0);
    expect(repo.writes).toEqual([]);
  });

  it('with an Idempotency-Key: reads its record in the context read, claims after the refusals, stores the answer with the comment', async () => {
    const { deps, repo } = memoryDeps();
    const req = { articleId: 'art', input: { authorName: 'R', body: 'Once.' }, sourceIp: '192.0.2.1' };
    const key = postIdempotency(deps.secret, req, 'k-1');
    const contextReads = vi.spyOn(repo, 'getPostContext');
    const once = await idempotently(deps, { request: key, answer }, (guard) =>
      acceptComment(deps, req, guard),
    );
    expect(contextReads.mock.calls[0]![0]).toMatchObject({ idempotencyKey: key.recordId });
    expect(repo.writes).toEqual(['claimIdempotencyKey', 'hitRateLimit', 'hitRateLimit', 'createComment']);
    expect(once).toMatchObject({
      replayed: false,
      result: { kind: 'created', comment: { status: 'received' } },
    });
    const again = await idempotently(deps, { request: key, answer }, (guard) =>
      acceptComment(deps, req, guard),
    );
    expect(again).toEqual({ replayed: true, answer: once.answer });
    // Refused before the claim: the key stays free and nothing is written.
    await repo.putArticleSettings('closed', { closed: true });
    repo.writes.length = 0;
    const closed = { ...req, articleId: 'closed' };
    expect(
      await refusal(
        idempotently(deps, { request: postIdempotency(deps.secret, closed, 'k-2'), answer }, (guard) =>
          acceptComment(deps, closed, guard),
        ),
      ),
    ).toBe('comments_closed');
    expect(repo.writes).toEqual([]);
  });
});

describe('postComment (the route’s answer in process)', () => {
  it('answers 202 with the response as JSON text, and replays it byte for byte for the same key and body', async () => {
    const { deps, repo } = memoryDeps();
    const req = {
      articleId: 'art',
      input: { authorName: 'R', body: 'Once.' },
      sourceIp: '192.0.2.1',
      idempotencyKey: 'k-1',
    };
    const first = await postComment(deps, req);
    expect(first).toMatchObject({ statusCode: 202, replayed: false });
    expect(JSON.parse(first.json)).toMatchObject({
      comment: { status: 'received' },
      authorToken: expect.any(String),
    });
    const again = await postComment(deps, req);
    expect(again).toEqual({ ...first, replayed: true });
    expect(repo.comments.size).toBe(1);
    expect([...repo.idempotency.values()][0]!.responseBody).not.toContain(JSON.parse(first.json).authorToken);
    expect(await refusal(postComment(deps, { ...req, input: { authorName: 'R', body: 'Other.' } }))).toBe(
      'idempotency_key_reused',
    );
    // The same key from another network is another request.
    expect((await postComment(deps, { ...req, sourceIp: '198.51.100.7' })).replayed).toBe(false);
    // An empty honeypot, however a retrying client sends it, is the same request.
    for (const website of ['', null, '  '])
      expect(await postComment(deps, { ...req, input: { ...req.input, website } })).toEqual(again);
  });

  it('marks a dropped honeypot post, and gives a key back when the request fails after claiming it', async () => {
    const { deps, repo } = memoryDeps();
    const bot = await postComment(deps, {
      articleId: 'art',
      input: { authorName: 'Bot', body: 'Buy now', website: 'http://spam.example' },
      sourceIp: '192.0.2.1',
    });
    expect(bot).toMatchObject({ statusCode: 202, replayed: false, dropped: 'honeypot' });
    const req = {
      articleId: 'art',
      input: { authorName: 'R', body: 'Retry me.' },
      sourceIp: '192.0.2.1',
      idempotencyKey: 'k-2',
    };
    vi.spyOn(repo, 'createComment').mockRejectedValueOnce(new Error('table unavailable'));
    await expect(postComment(deps, req)).rejects.toThrow('table unavailable');
    expect(repo.idempotency.size).toBe(0);
    expect((await postComment(deps, req)).replayed).toBe(false);
    expect(repo.comments.size).toBe(1);
  });
});
