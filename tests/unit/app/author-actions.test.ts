/** An author's edit and deletion against in-memory storage: the window, the token, erasure, the rate limit. */
import { describe, expect, it } from 'vitest';
import { deleteComment, editComment } from '../../../shared/app/author-actions';
import { banAuthor } from '../../../shared/app/bans';
import { listThreads } from '../../../shared/app/read-comments';
import {
  AuthorBannedError,
  AuthorTokenRequiredError,
  CommentsClosedError,
  EditWindowClosedError,
  InvalidAuthorTokenError,
  InvalidTransitionError,
  RateLimitedError,
} from '../../../shared/errors';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, post, published } from '../../support/memory/fixtures';

const IP = '203.0.113.5';

describe('editComment', () => {
  it('replaces the text within the window and sends the comment back to moderation', async () => {
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await published(deps, 'art');
    expect((await repo.getArticle('art')).totalApproved).toBe(1);
    const edited = await editComment(deps, {
      commentId: comment.id,
      token: authorToken,
      sourceIp: IP,
      body: 'Better.',
    });
    expect(edited.comment).toMatchObject({
      status: 'received',
      body: 'Better.',
      editedAt: deps.now().toISOString(),
    });
    expect((await repo.getArticle('art')).totalApproved).toBe(0);
    expect(repo.events.at(-1)).toMatchObject({
      action: 'edit',
      from: 'approved',
      to: 'received',
      actor: { type: 'author' },
    });
  });

  it('takes the same text again as a no-op: the comment stays published, nothing is written or counted', async () => {
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await published(deps, 'art');
    const writes = repo.writes.length;
    for (let i = 0; i < 25; i++) {
      const again = await editComment(deps, {
        commentId: comment.id,
        token: authorToken,
        sourceIp: IP,
        body: comment.body,
      });
      expect(again.comment).toMatchObject({ status: 'approved', editedAt: null, body: comment.body });
    }
    expect(repo.writes.length).toBe(writes);
    expect((await repo.getArticle('art')).totalApproved).toBe(1);
  });

  it('refuses a missing or wrong token, a closed window and a deleted comment', async () => {
    const { deps, clock } = memoryDeps();
    const { comment, authorToken } = await post(deps, 'art');
    const edit = (token: string | undefined) =>
      editComment(deps, { commentId: comment.id, token, sourceIp: IP, body: 'x' });
    await expect(edit(undefined)).rejects.toThrow(AuthorTokenRequiredError);
    await expect(edit('wrong')).rejects.toThrow(InvalidAuthorTokenError);
    clock.advance(11 * 60_000);
    await expect(edit(authorToken)).rejects.toThrow(EditWindowClosedError);
    await deleteComment(deps, { commentId: comment.id, token: authorToken, sourceIp: IP });
    await expect(edit(authorToken)).rejects.toThrow(InvalidTransitionError);
  });

  it('refuses an edit on a closed article without writing, and takes it once the article reopens', async () => {
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await published(deps, 'art');
    await repo.putArticleSettings('art', { closed: true });
    const edit = () =>
      editComment(deps, { commentId: comment.id, token: authorToken, sourceIp: IP, body: 'Later.' });
    const writes = repo.writes.length;
    await expect(edit()).rejects.toThrow(CommentsClosedError);
    expect(repo.writes.length).toBe(writes);
    expect((await repo.getComment(comment.id))?.status).toBe('approved');
    await repo.putArticleSettings('art', { closed: false });
    expect((await edit()).comment.status).toBe('received');
  });

  it('refuses an edit by a banned author without writing, and lets them delete the comment', async () => {
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await published(deps, 'art', { authorName: 'Troll' });
    const authorId = repo.comments.get(comment.id)!.authorId;
    await banAuthor(deps, MODERATOR, authorId, { reason: 'Abuse', rejectPending: false, networkHours: 0 });
    const before = structuredClone(repo.comments.get(comment.id));
    const writes = repo.writes.length;
    await expect(
      editComment(deps, { commentId: comment.id, token: authorToken, sourceIp: IP, body: 'Sneaky.' }),
    ).rejects.toThrow(AuthorBannedError);
    expect(repo.writes.length).toBe(writes);
    expect(repo.comments.get(comment.id)).toEqual(before);
    expect((await repo.getAuthor(authorId)).rejected).toBe(0);
    // Removing one's own words stays possible under a ban.
    const deleted = await deleteComment(deps, { commentId: comment.id, token: authorToken, sourceIp: IP });
    expect(deleted.comment.status).toBe('deleted');
  });

  it('refuses an edit from a banned network bucket, as a post from it, but not from elsewhere', async () => {
    const { deps, repo } = memoryDeps();
    const mine = await published(deps, 'art', { authorName: 'Bystander' });
    const troll = await post(deps, 'art', { authorName: 'Troll' }, { sourceIp: '198.51.100.7' });
    const trollId = repo.comments.get(troll.comment.id)!.authorId;
    await banAuthor(deps, MODERATOR, trollId, { reason: 'Abuse', rejectPending: false, networkHours: 24 });
    const edit = (sourceIp: string) =>
      editComment(deps, { commentId: mine.comment.id, token: mine.authorToken, sourceIp, body: 'Edited.' });
    await expect(edit('198.51.100.99')).rejects.toThrow(AuthorBannedError);
    expect(repo.comments.get(mine.comment.id)?.status).toBe('approved');
    expect((await edit(IP)).comment.status).toBe('received');
  });

  it('counts edits and deletions per network and refuses one over the limit without writing', async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({ rateLimits: { authorActionsPerMinute: 1 } });
    const a = await post(deps, 'art');
    const b = await post(deps, 'art');
    await editComment(deps, { commentId: a.comment.id, token: a.authorToken, sourceIp: IP, body: 'Once.' });
    repo.writes.length = 0;
    await expect(
      deleteComment(deps, { commentId: b.comment.id, token: b.authorToken, sourceIp: IP }),
    ).rejects.toThrow(RateLimitedError);
    expect(repo.writes).toEqual([]);
  });
});

describe('deleteComment', () => {
  it('erases the text, the name and the notes, and keeps a root with replies as a tombstone', async () => {
    const { deps, repo } = memoryDeps();
    const root = await published(deps, 'art', { body: 'Root text.' });
    await published(deps, 'art', { parentId: root.comment.id });
    await repo.appendAudit({
      entity: 'audit',
      eventId: 'e1',
      commentId: root.comment.id,
      at: deps.now().toISOString(),
      actor: { type: 'moderator', id: 'm' },
      action: 'note',
      from: 'approved',
      to: 'approved',
      reason: null,
      note: 'quotes Root text.',
      version: 2,
    });
    const { comment } = await deleteComment(deps, {
      commentId: root.comment.id,
      token: root.authorToken,
      sourceIp: IP,
    });
    expect(comment).toMatchObject({ status: 'deleted', body: '', authorName: '' });
    expect(JSON.stringify([...repo.comments.values(), repo.events])).not.toContain('Root text.');
    const listing = await listThreads(deps, 'art', { sort: 'oldest', limit: 10 });
    expect(listing.comments).toHaveLength(1);
    expect(listing.comments[0]).toMatchObject({ id: root.comment.id, deleted: true, replyCount: 1 });
    expect(listing.totalApproved).toBe(1);
    // Deleting again finishes an erasure and changes nothing else.
    await deleteComment(deps, { commentId: root.comment.id, token: root.authorToken, sourceIp: IP });
  });
});
