/**
 * A person's data on request, against in-memory storage: the reader's export and erasure by author
 * tokens, and the moderators' export, erasure and e-mail look-up by author id.
 */
import { describe, expect, it } from 'vitest';
import { deleteComment } from '../../../shared/app/author-actions';
import { flagComment } from '../../../shared/app/flags';
import { decide } from '../../../shared/app/moderation';
import {
  ERASURE_REASON,
  LOOKUP_PAGES,
  eraseAuthor,
  eraseMyData,
  exportAuthor,
  exportMyData,
  lookupAuthorsByEmail,
} from '../../../shared/app/personal-data';
import { listThreads } from '../../../shared/app/read-comments';
import { MAX_AUTHOR_TOKENS } from '../../../shared/domain/personal-data';
import {
  erasureResponseSchema,
  personalDataExportSchema,
  authorExportSchema,
} from '../../../shared/domain/responses';
import {
  AuthorTokenRequiredError,
  InvalidAuthorTokenError,
  RateLimitedError,
  ValidationError,
} from '../../../shared/errors';
import { newAuthorToken } from '../../../shared/ids';
import { memoryDeps, type MemoryDeps } from '../../support/memory/deps';
import { MODERATOR, post, published } from '../../support/memory/fixtures';

const IP = '203.0.113.5';
const EMAIL = 'amina@example.org';

/**
 * Amina's two comments: a root, published, that a moderator later rejects with a note and a reader
 * flags with a note, and a reply of hers, held; someone else's reply stays published under the root.
 */
async function scene(m: MemoryDeps = memoryDeps()) {
  const { deps } = m;
  m.policies.set({ rateLimits: { authorPerMinute: 1000, networkPerMinute: 1000 }, flagThreshold: 5 });
  const as = { authorName: 'Amina Okafor', authorEmail: EMAIL };
  const root = await published(deps, 'art', { ...as, body: 'Amina’s root comment.' });
  await flagComment(deps, {
    commentId: root.comment.id,
    input: { reason: 'spam', note: 'Reader note about Amina' },
    sourceIp: '198.51.100.9',
  });
  const other = await published(deps, 'art', { body: 'Someone else replies.', parentId: root.comment.id });
  const reply = await post(deps, 'art', { ...as, body: 'Amina’s own reply.', parentId: root.comment.id });
  await decide(deps, MODERATOR, reply.comment.id, {
    action: 'reject',
    reason: 'off_topic',
    note: 'Mod note X',
  });
  return { ...m, root, other, reply, tokens: `${root.authorToken}, ${reply.authorToken}` };
}

const mine = (tokens: string | undefined) => ({ tokens, sourceIp: IP });

describe('exportMyData', () => {
  it('returns everything stored about each comment the tokens open, and nothing of moderators or reporters', async () => {
    const { deps, root, reply, tokens } = await scene();
    const out = await exportMyData(deps, mine(tokens));
    expect(personalDataExportSchema.safeParse(out).success).toBe(true);
    expect(out.comments.map((c) => c.id).sort()).toEqual([root.comment.id, reply.comment.id].sort());
    const r = out.comments.find((c) => c.id === reply.comment.id)!;
    expect(r).toMatchObject({
      authorName: 'Amina Okafor',
      body: 'Amina’s own reply.',
      parentId: root.comment.id,
      status: 'rejected',
      humanDecision: { action: 'reject', reason: 'off_topic' },
      networkHash: expect.any(String),
      authorEmailHash: expect.any(String),
    });
    expect(r.events.map((e) => [e.actor, e.action, e.from, e.to])).toEqual([
      ['moderator', 'reject', 'received', 'rejected'],
    ]);
    const flagged = out.comments.find((c) => c.id === root.comment.id)!;
    expect(flagged.flags).toEqual({ total: 1, open: 1, byReason: { spam: 1 } });
    expect(out.about.authorEmailHash).toMatch(/never stored/);
    const text = JSON.stringify(out);
    for (const absent of ['Maria', 'mod-1', 'Mod note X', 'Reader note about Amina', 'net:', EMAIL])
      expect(text).not.toContain(absent);
  });

  it('refuses as a whole, writing nothing, when one token opens no comment', async () => {
    const { deps, repo, root } = await scene();
    repo.writes.length = 0;
    await expect(exportMyData(deps, mine(`${root.authorToken},${newAuthorToken()}`))).rejects.toThrow(
      InvalidAuthorTokenError,
    );
    expect(repo.writes).toEqual([]);
  });

  it('needs a token, refuses more than 100 or a malformed one, and answers 429 over the rate limit', async () => {
    const { deps, policies, root } = await scene();
    await expect(exportMyData(deps, mine(undefined))).rejects.toThrow(AuthorTokenRequiredError);
    await expect(exportMyData(deps, mine(' '))).rejects.toThrow(AuthorTokenRequiredError);
    const many = Array.from({ length: MAX_AUTHOR_TOKENS + 1 }, newAuthorToken).join(',');
    await expect(exportMyData(deps, mine(many))).rejects.toThrow(ValidationError);
    // Counted as sent: one token repeated past the bound is refused too.
    const repeated = Array(MAX_AUTHOR_TOKENS + 1)
      .fill(root.authorToken)
      .join(',');
    await expect(exportMyData(deps, mine(repeated))).rejects.toThrow(ValidationError);
    await expect(exportMyData(deps, mine('not-a-token'))).rejects.toThrow(ValidationError);
    policies.set({ rateLimits: { authorActionsPerMinute: 1 } });
    await exportMyData(deps, mine(root.authorToken));
    await expect(exportMyData(deps, mine(root.authorToken))).rejects.toThrow(RateLimitedError);
  });
});

describe('eraseMyData', () => {
  it('erases text, name, hashes, evidence and every note, keeping a root with replies as a tombstone', async () => {
    const s = await scene();
    const { deps, repo, root, other, reply, tokens } = s;
    const approvedBefore = (await repo.getArticle('art')).totalApproved;
    const out = await eraseMyData(deps, mine(tokens));
    expect(erasureResponseSchema.safeParse(out).success).toBe(true);
    expect(out.changed).toBe(2);
    expect(out.erased.map((e) => e.status)).toEqual(['deleted', 'deleted']);
    for (const id of [root.comment.id, reply.comment.id]) {
      const c = repo.comments.get(id)!;
      expect(c).toMatchObject({ status: 'deleted', body: '', authorName: '' });
      for (const gone of ['authorEmailHash', 'networkHash']) expect(c).not.toHaveProperty(gone);
      expect(c.humanDecision?.note).toBeUndefined();
      expect(c.decision?.checks.every((check) => check.evidence.length === 0) ?? true).toBe(true);
      expect(c.recentFlags?.every((f) => f.note === undefined) ?? true).toBe(true);
      expect(c.authorTokenHash).toBeDefined(); // the tokens still open the tombstones
    }
    expect(repo.events.filter((e) => e.note !== undefined)).toEqual([]);
    expect([...repo.flags.values()].filter((f) => f.note !== undefined)).toEqual([]);
    expect(repo.events.filter((e) => e.action === 'erase').map((e) => e.actor.type)).toEqual([
      'author',
      'author',
    ]);
    // The published root left the count; the rejected reply never was in it.
    expect((await repo.getArticle('art')).totalApproved).toBe(approvedBefore - 1);
    const listing = await listThreads(deps, 'art', { sort: 'oldest', limit: 20 });
    expect(listing.comments[0]).toMatchObject({ id: root.comment.id, deleted: true, body: '' });
    expect(listing.comments[0]!.replies.map((r) => r.id)).toEqual([other.comment.id]);
  });

  it('is idempotent: a second call answers the same comments and changes nothing', async () => {
    const { deps, repo, tokens } = await scene();
    const first = await eraseMyData(deps, mine(tokens));
    const comments = structuredClone([...repo.comments.values()]);
    const events = repo.events.length;
    const again = await eraseMyData(deps, mine(tokens));
    expect(again).toEqual({ ...first, changed: 0 });
    expect([...repo.comments.values()]).toEqual(comments);
    expect(repo.events).toHaveLength(events);
  });

  it('finishes what an earlier delete of one comment kept: the network hash, with its audit event', async () => {
    const { deps, repo, reply } = await scene();
    await deleteComment(deps, { commentId: reply.comment.id, token: reply.authorToken, sourceIp: IP });
    expect(repo.comments.get(reply.comment.id)?.networkHash).toBeDefined();
    const out = await eraseMyData(deps, mine(reply.authorToken));
    expect(out.changed).toBe(1);
    expect(repo.comments.get(reply.comment.id)).not.toHaveProperty('networkHash');
    expect(repo.events.at(-1)).toMatchObject({ action: 'erase', from: 'deleted', to: 'deleted' });
  });

  it('refuses a wrong token with 403 and changes nothing', async () => {
    const { deps, repo, tokens } = await scene();
    const before = structuredClone([...repo.comments.values()]);
    repo.writes.length = 0;
    await expect(eraseMyData(deps, mine(`${tokens}, ${newAuthorToken()}`))).rejects.toThrow(
      InvalidAuthorTokenError,
    );
    expect(repo.writes).toEqual([]);
    expect([...repo.comments.values()]).toEqual(before);
  });
});

describe('the moderators’ export, erasure and look-up', () => {
  it('exports an author id’s comments with the author record, and records who exported them', async () => {
    const { deps, repo, root } = await scene();
    const authorId = repo.comments.get(root.comment.id)!.authorId;
    const out = await exportAuthor(deps, MODERATOR, authorId, {});
    expect(authorExportSchema.safeParse(out).success).toBe(true);
    expect(out.comments).toHaveLength(2);
    expect(out.author).toMatchObject({ id: authorId, approved: 1, rejected: 1, banned: false });
    expect(out.nextCursor).toBeNull();
    expect(JSON.stringify(out.comments)).not.toContain('Mod note X');
    expect(repo.authorFacts).toEqual([
      expect.objectContaining({
        authorId,
        action: 'export',
        comments: 2,
        actor: expect.objectContaining({ id: 'mod-1' }),
      }),
    ]);
  });

  it('erases every comment of an author id, audited per comment and as a whole; a repeat changes nothing', async () => {
    const { deps, repo, root, other } = await scene();
    const authorId = repo.comments.get(root.comment.id)!.authorId;
    const out = await eraseAuthor(deps, MODERATOR, authorId, { note: 'Letter of 3 December' });
    expect(out).toMatchObject({ changed: 2, nextCursor: null });
    const erasures = repo.events.filter((e) => e.action === 'erase');
    expect(erasures.map((e) => [e.actor.type, e.actor.id, e.reason])).toEqual([
      ['moderator', 'mod-1', ERASURE_REASON],
      ['moderator', 'mod-1', ERASURE_REASON],
    ]);
    expect(repo.authorFacts).toEqual([
      expect.objectContaining({ action: 'erase', comments: 2, note: 'Letter of 3 December' }),
    ]);
    expect(repo.comments.get(other.comment.id)).toMatchObject({
      status: 'approved',
      body: 'Someone else replies.',
    });
    const again = await eraseAuthor(deps, MODERATOR, authorId, {});
    expect(again.changed).toBe(0);
    expect(repo.authorFacts).toHaveLength(1);
    // The published comment leaves the approved count; the rejection stays counted, as after `DELETE /me`.
    expect(await repo.getAuthor(authorId)).toMatchObject({ approved: 0, rejected: 1 });
  });

  it('finds the author id by e-mail address, continuing with a cursor where the bounded read stopped', async () => {
    const m = memoryDeps();
    const { deps, repo, root } = await scene(m);
    const authorId = repo.comments.get(root.comment.id)!.authorId;
    const whole = await lookupAuthorsByEmail(deps, MODERATOR, { email: ' Amina@Example.org ' });
    expect(whole).toEqual({
      authors: [{ authorId, comments: [root.comment.id, expect.any(String)] }],
      cursor: null,
    });
    repo.scanPageSize = 1 / LOOKUP_PAGES; // one comment read per request
    const found: string[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 5; n++) {
      const page = await lookupAuthorsByEmail(deps, MODERATOR, {
        email: EMAIL,
        ...(cursor ? { cursor } : {}),
      });
      found.push(...page.authors.flatMap((a) => a.comments));
      if (page.cursor === null) break;
      cursor = page.cursor;
    }
    expect(found.sort()).toEqual(whole.authors[0]!.comments.sort());
    expect(JSON.stringify(repo.authorFacts)).not.toContain('example.org');
  });
});
