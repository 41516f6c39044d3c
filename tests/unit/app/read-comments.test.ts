/** The reader's views against in-memory storage: threads with inline replies, reply pages, one comment, counts. */
import { describe, expect, it } from 'vitest';
import { deleteComment } from '../../../shared/app/author-actions';
import { putArticleSettings } from '../../../shared/app/moderation-settings';
import { countComments, getComment, listReplies, listThreads } from '../../../shared/app/read-comments';
import { CommentNotFoundError, InvalidAuthorTokenError, ValidationError } from '../../../shared/errors';
import { memoryDeps } from '../../support/memory/deps';
import { post, published } from '../../support/memory/fixtures';

describe('reading comments', () => {
  it('lists approved threads only, a page at a time, with the first replies inline and a cursor for the rest', async () => {
    const { deps } = memoryDeps();
    const roots = [await published(deps, 'art'), await published(deps, 'art'), await published(deps, 'art')];
    await post(deps, 'art'); // not approved: not listed
    const replies = [];
    for (let i = 0; i < 5; i++)
      replies.push(await published(deps, 'art', { parentId: roots[0]!.comment.id }));

    const first = await listThreads(deps, 'art', { sort: 'oldest', limit: 2 });
    expect(first.totalApproved).toBe(8);
    expect(first.comments.map((c) => c.id)).toEqual([roots[0]!.comment.id, roots[1]!.comment.id]);
    expect(first.comments[0]!.replyCount).toBe(5);
    expect(first.comments[0]!.replies.map((r) => r.id)).toEqual(replies.slice(0, 3).map((r) => r.comment.id));
    const second = await listThreads(deps, 'art', { sort: 'oldest', limit: 2, cursor: first.nextCursor! });
    expect(second.comments.map((c) => c.id)).toEqual([roots[2]!.comment.id]);
    expect(second.nextCursor).toBeNull();
    const newest = await listThreads(deps, 'art', { sort: 'newest', limit: 1 });
    expect(newest.comments[0]!.id).toBe(roots[2]!.comment.id);

    const rest = await listReplies(deps, roots[0]!.comment.id, {
      limit: 10,
      cursor: first.comments[0]!.repliesCursor!,
    });
    expect(rest.comments.map((c) => c.id)).toEqual(replies.slice(3).map((r) => r.comment.id));
  });

  it('pages the replies of a deleted root kept as a tombstone, and of no other unlisted root', async () => {
    const { deps } = memoryDeps();
    const root = await published(deps, 'art');
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await published(deps, 'art', { parentId: root.comment.id }));
    await deleteComment(deps, {
      commentId: root.comment.id,
      token: root.authorToken,
      sourceIp: '192.0.2.10',
    });
    const [thread] = (await listThreads(deps, 'art', { sort: 'oldest', limit: 10 })).comments;
    expect(thread).toMatchObject({ id: root.comment.id, deleted: true, replyCount: 4 });
    const rest = await listReplies(deps, root.comment.id, { limit: 10, cursor: thread!.repliesCursor! });
    expect(rest.comments.map((c) => c.id)).toEqual([replies[3]!.comment.id]);

    const alone = await published(deps, 'art');
    await deleteComment(deps, {
      commentId: alone.comment.id,
      token: alone.authorToken,
      sourceIp: '192.0.2.10',
    });
    await expect(listReplies(deps, alone.comment.id, { limit: 10 })).rejects.toThrow(CommentNotFoundError);
  });

  it('answers a published reply’s replies with a 404 that names the thread where they are listed', async () => {
    const { deps } = memoryDeps();
    const root = await published(deps, 'art');
    const reply = await published(deps, 'art', { parentId: root.comment.id });
    const answer = await published(deps, 'art', { parentId: reply.comment.id });
    await expect(listReplies(deps, reply.comment.id, { limit: 10 })).rejects.toThrow(
      new CommentNotFoundError(
        `This comment is a reply: its thread's replies, answers to it among them, are listed under ${root.comment.id}.`,
      ),
    );
    const thread = await listReplies(deps, root.comment.id, { limit: 10 });
    expect(thread.comments.map((c) => [c.id, c.parentId])).toContainEqual([
      answer.comment.id,
      reply.comment.id,
    ]);
  });

  it('says on every page whether a moderator closed the article', async () => {
    const { deps } = memoryDeps();
    await published(deps, 'art');
    await published(deps, 'art');
    const page = (cursor?: string) =>
      listThreads(deps, 'art', { sort: 'oldest', limit: 1, ...(cursor ? { cursor } : {}) });
    expect((await page()).closed).toBe(false);
    await putArticleSettings(deps, 'art', { closed: true });
    const first = await page();
    expect(first.closed).toBe(true);
    expect((await page(first.nextCursor!)).closed).toBe(true);
    await putArticleSettings(deps, 'art', { closed: false });
    expect((await page()).closed).toBe(false);
    expect((await listThreads(deps, 'never-touched', { sort: 'oldest', limit: 1 })).closed).toBe(false);
  });

  it('refuses a cursor issued for another list', async () => {
    const { deps } = memoryDeps();
    await published(deps, 'art');
    await published(deps, 'art');
    const page = await listThreads(deps, 'art', { sort: 'oldest', limit: 1 });
    await expect(
      listThreads(deps, 'other', { sort: 'oldest', limit: 1, cursor: page.nextCursor! }),
    ).rejects.toThrow(ValidationError);
  });

  it('shows a published comment to anyone and the author their own in any state', async () => {
    const { deps } = memoryDeps();
    const held = await post(deps, 'art');
    await expect(getComment(deps, held.comment.id)).rejects.toThrow(CommentNotFoundError);
    expect(await getComment(deps, held.comment.id, held.authorToken)).toMatchObject({ status: 'received' });
    await expect(getComment(deps, held.comment.id, 'wrong')).rejects.toThrow(InvalidAuthorTokenError);
    await expect(listReplies(deps, held.comment.id, { limit: 10 })).rejects.toThrow(CommentNotFoundError);
    const shown = await published(deps, 'art');
    expect(await getComment(deps, shown.comment.id)).toMatchObject({
      id: shown.comment.id,
      bodyHtml: expect.any(String),
    });
  });

  it('counts approved comments per article', async () => {
    const { deps } = memoryDeps();
    await published(deps, 'a');
    await published(deps, 'a');
    await post(deps, 'b');
    expect(await countComments(deps, ['a', 'b', 'c'])).toEqual({ counts: { a: 2, b: 0, c: 0 } });
  });
});
