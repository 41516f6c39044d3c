/**
 * The notice store against DynamoDB Local: notices in their own partition and in the queue indexes while
 * open, pages in order of receipt, and a decision that closes the notice and moves the comment (or
 * appends its audit event) all or nothing, conditional on both as read.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../shared/domain/comment';
import type { AuditEvent, TransitionInput } from '../../shared/domain/lifecycle';
import type { NoticeDecision, NoticeRecord } from '../../shared/domain/notice';
import { NoticeAlreadyDecidedError, NoticeExistsError, VersionConflictError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { noticeKey } from '../../shared/storage/keys';
import type { Repository } from '../../shared/storage/repository';
import { openNotice, startRepositoryStack, storedComment } from '../support/repository-stack';
import type { TestStack } from '../support/stack';

let stack: TestStack;
let repo: Repository;
let n = 0;

beforeAll(async () => ({ stack, repo } = await startRepositoryStack()));
afterAll(() => stack?.stop());

const publishedComment = (articleId: string): Promise<CommentRecord> =>
  storedComment(repo, {
    articleId,
    authorId: `a_notice${n++}`,
    authorName: 'Noticed',
    body: 'A comment someone says is illegal.',
  });

const notice = openNotice;

const MODERATOR = { type: 'moderator' as const, id: 'mod-1', name: 'Mia' };
const decision = (action: 'remove' | 'keep'): NoticeDecision => ({
  action,
  ground: 'Checked against the law.',
  decidedAt: new Date().toISOString(),
  by: { id: 'mod-1', name: 'Mia' },
});
const removal = (c: CommentRecord, n: NoticeRecord): TransitionInput => ({
  comment: c,
  to: 'rejected',
  now: new Date(),
  actor: MODERATOR,
  action: 'reject',
  reason: 'illegal',
  publicReason: 'illegal',
  notice: { id: n.id, category: n.category, ground: 'Checked against the law.' },
});
const rawNotice = async (id: string) =>
  (await stack.doc.send(new GetCommand({ TableName: stack.tableName, Key: noticeKey(id) }))).Item!;

describe('NoticeStore', () => {
  it('stores a notice once, in the queue indexes, and reads it back without its keys', async () => {
    const c = await publishedComment(`notices-${n++}`);
    const stored = notice(c);
    await repo.createNotice(stored, 'network:one');
    // The same sender's second notice about the comment: refused by the mark the first one left.
    await expect(repo.createNotice({ ...stored, id: newId() }, 'network:one')).rejects.toThrow(
      NoticeExistsError,
    );
    expect(await repo.noticeSentBy(c.id, 'network:one')).toBe(stored.id);
    expect(await repo.noticeSentBy(c.id, 'network:two')).toBeNull();
    // In place of that one (decided, as the use case checks): the mark moves to the new notice.
    const next = { ...stored, id: newId() };
    await repo.createNotice(next, 'network:one', stored.id);
    expect(await repo.noticeSentBy(c.id, 'network:one')).toBe(next.id);
    await expect(repo.createNotice({ ...stored, id: newId() }, 'network:one', stored.id)).rejects.toThrow(
      NoticeExistsError,
    );
    expect(await repo.getNotice(stored.id, true)).toEqual(stored);
    expect(await rawNotice(stored.id)).toMatchObject({
      GSI2PK: 'QUEUE#notices',
      GSI2SK: stored.id,
      GSI3PK: `QUEUE#notices#ARTICLE#${c.articleId}`,
    });
    expect(await repo.getNotice(newId(), true)).toBeNull();
  });

  it('pages open notices in order of receipt, site-wide and by article, either way', async () => {
    const articleId = `notices-${n++}`;
    const c = await publishedComment(articleId);
    const stored: NoticeRecord[] = [];
    for (let i = 0; i < 3; i++) {
      stored.push(notice(c));
      await repo.createNotice(stored[i]!, `sender-${stored[i]!.id}`);
    }
    const ids = stored.map((s) => s.id);
    const first = await repo.listOpenNotices({ articleId, limit: 2, newestFirst: false });
    expect(first.items.map((x) => x.id)).toEqual(ids.slice(0, 2));
    expect(first.lastId).toBe(ids[1]);
    const rest = await repo.listOpenNotices({
      articleId,
      limit: 2,
      newestFirst: false,
      afterId: first.lastId!,
    });
    expect(rest).toEqual({ items: [stored[2]], lastId: null });
    const newest = await repo.listOpenNotices({ articleId, limit: 10, newestFirst: true });
    expect(newest.items.map((x) => x.id)).toEqual([...ids].reverse());
    // Site-wide, the newest are these (the table is this file's own).
    const siteWide = await repo.listOpenNotices({ limit: 3, newestFirst: true });
    expect(siteWide.items.map((x) => x.id)).toEqual([...ids].reverse());
  });

  it('remove: closes the notice and rejects the comment in one transaction, out of the queue', async () => {
    const c = await publishedComment(`notices-${n++}`);
    const open = notice(c);
    await repo.createNotice(open, `sender-${open.id}`);
    const out = await repo.decideNotice({
      notice: open,
      decision: decision('remove'),
      transition: removal(c, open),
    });
    expect(out.comment).toMatchObject({ status: 'rejected', version: 3 });
    expect(out.notice).toMatchObject({ status: 'decided', decision: { action: 'remove' } });
    const raw = await rawNotice(open.id);
    expect(raw).toMatchObject({ status: 'decided', decision: { action: 'remove' } });
    expect(raw).not.toHaveProperty('GSI2PK');
    expect(raw).not.toHaveProperty('GSI3PK');
    expect(raw.expiresAt).toBeGreaterThan(Date.now() / 1000 + 365 * 86_400);
    const comment = await repo.getComment(c.id, true);
    expect(comment).toMatchObject({ status: 'rejected', publicReason: 'illegal' });
    expect(comment?.statement?.notice).toEqual({
      id: open.id,
      category: 'defamation',
      ground: 'Checked against the law.',
    });
    const { items } = await repo.history(c.id);
    expect(items.at(-1)).toMatchObject({ action: 'reject', to: 'rejected', noticeId: open.id });
    expect(
      (await repo.listOpenNotices({ articleId: c.articleId, limit: 10, newestFirst: false })).items,
    ).toEqual([]);
  });

  it('refuses a decided notice and a comment that moved, writing neither', async () => {
    const c = await publishedComment(`notices-${n++}`);
    const [first, second] = [notice(c), notice(c)];
    await repo.createNotice(first, `sender-${first.id}`);
    await repo.createNotice(second, `sender-${second.id}`);
    await repo.decideNotice({ notice: first, decision: decision('remove'), transition: removal(c, first) });
    // The comment is at version 3 now: a removal read at version 2 is refused, and the notice stays open.
    await expect(
      repo.decideNotice({ notice: second, decision: decision('remove'), transition: removal(c, second) }),
    ).rejects.toThrow(VersionConflictError);
    expect(await repo.getNotice(second.id, true)).toMatchObject({ status: 'received' });
    // A decided notice is refused even when the comment's move would succeed.
    const other = await publishedComment(c.articleId);
    await expect(
      repo.decideNotice({ notice: first, decision: decision('remove'), transition: removal(other, first) }),
    ).rejects.toThrow(NoticeAlreadyDecidedError);
    expect(await repo.getComment(other.id, true)).toMatchObject({ status: 'approved', version: 2 });
  });

  it('keep: closes the notice with its event on the comment’s trail, the comment untouched', async () => {
    const c = await publishedComment(`notices-${n++}`);
    const open = notice(c);
    await repo.createNotice(open, `sender-${open.id}`);
    const audit: AuditEvent = {
      entity: 'audit',
      eventId: newId(),
      commentId: c.id,
      at: new Date().toISOString(),
      actor: MODERATOR,
      action: 'notice_keep',
      from: 'approved',
      to: 'approved',
      reason: 'defamation',
      version: c.version,
      noticeId: open.id,
    };
    const out = await repo.decideNotice({ notice: open, decision: decision('keep'), audit });
    expect(out.comment).toBeNull();
    expect(await repo.getComment(c.id, true)).toMatchObject({ status: 'approved', version: 2 });
    expect((await repo.history(c.id)).items.at(-1)).toMatchObject({
      action: 'notice_keep',
      noticeId: open.id,
    });
    await expect(repo.decideNotice({ notice: open, decision: decision('keep'), audit })).rejects.toThrow(
      NoticeAlreadyDecidedError,
    );
  });
});
