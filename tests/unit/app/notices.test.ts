/** Notices of illegal content against in-memory storage: submission, status, the queue and decisions. */
import { describe, expect, it } from 'vitest';
import { deleteComment } from '../../../shared/app/author-actions';
import { commentHistory, decide, listQueue } from '../../../shared/app/moderation';
import { decideNotice, noticeStatus, submitNotice } from '../../../shared/app/notices';
import type { QueueQuery } from '../../../shared/domain/moderation-schemas';
import type { NoticeInput } from '../../../shared/domain/schemas';
import { addMonths } from '../../../shared/domain/statement';
import {
  CommentNotFoundError,
  InvalidNoticeTokenError,
  NoticeAlreadyDecidedError,
  NoticeExistsError,
  NoticeNotFoundError,
  RateLimitedError,
} from '../../../shared/errors';
import { sha256 } from '../../../shared/ids';
import { DEFAULT_STATEMENT_GROUNDS } from '../../../shared/moderation/policy-defaults';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, post, published } from '../../support/memory/fixtures';

const INPUT: NoticeInput = {
  category: 'illegal_hate_speech',
  explanation: 'This comment incites hatred against a religious group.',
  lawOrGround: '§ 130 StGB',
  notifierName: 'Nora Notifier',
  notifierEmail: 'nora@example.org',
  goodFaith: true,
};
const queue = (over: Partial<QueueQuery> = {}): QueueQuery => ({
  queue: 'notices',
  sort: 'oldest',
  limit: 20,
  ...over,
});

async function noticed(input: Partial<NoticeInput> = {}) {
  const m = memoryDeps();
  const { comment } = await published(m.deps, 'art');
  const receipt = await submitNotice(m.deps, {
    commentId: comment.id,
    input: { ...INPUT, ...input },
    sourceIp: '192.0.2.1',
  });
  return { ...m, comment, receipt };
}

describe('submitNotice', () => {
  it('stores the notice with a receipt and a token kept only as its hash, the e-mail only as its keyed hash', async () => {
    const { repo, comment, receipt, clock } = await noticed();
    expect(receipt).toEqual({
      notice: { id: expect.any(String), status: 'received', receivedAt: clock.now().toISOString() },
      noticeToken: expect.any(String),
    });
    const stored = repo.noticeStore.notices.get(receipt.notice.id)!;
    expect(stored).toMatchObject({
      commentId: comment.id,
      articleId: 'art',
      category: 'illegal_hate_speech',
      lawOrGround: '§ 130 StGB',
      notifierName: 'Nora Notifier',
      anonymous: false,
      status: 'received',
      tokenHash: sha256(receipt.noticeToken),
    });
    expect(stored.notifierEmailHash).toMatch(/^[\w-]{22}$/);
    expect(JSON.stringify(stored)).not.toContain('nora@example.org');
    expect(JSON.stringify(stored)).not.toContain(receipt.noticeToken);
  });

  it('accepts an anonymous notice and marks it', async () => {
    const { repo, receipt } = await noticed({ notifierName: undefined, notifierEmail: undefined });
    expect(repo.noticeStore.notices.get(receipt.notice.id)).toMatchObject({ anonymous: true });
    expect(repo.noticeStore.notices.get(receipt.notice.id)).not.toHaveProperty('notifierEmailHash');
  });

  it('takes notices on published comments only, and refuses without writing', async () => {
    const { deps, repo } = memoryDeps();
    const held = await post(deps, 'art');
    const send = (commentId: string) =>
      submitNotice(deps, { commentId, input: INPUT, sourceIp: '192.0.2.1' });
    const writes = repo.writes.length;
    await expect(send(held.comment.id)).rejects.toThrow(CommentNotFoundError);
    await expect(send('01ARZ3NDEKTSV4RRFFQ69G5FAV')).rejects.toThrow(CommentNotFoundError);
    await expect(send('not-an-id')).rejects.toThrow(CommentNotFoundError);
    expect(repo.writes.slice(writes)).toEqual([]);
  });

  it('keeps one open notice a sender about a comment: a copy is a 409 that writes nothing', async () => {
    const { deps, repo } = memoryDeps();
    const { comment } = await published(deps, 'art');
    const send = (input: Partial<NoticeInput>, sourceIp = '192.0.2.1') =>
      submitNotice(deps, { commentId: comment.id, input: { ...INPUT, ...input }, sourceIp });
    const anonymous = { notifierName: undefined, notifierEmail: undefined };
    const first = await send(anonymous);
    const writes = repo.writes.length;
    // Anonymous: the network bucket is the sender (another address in the same /24 too).
    await expect(send(anonymous)).rejects.toThrow(NoticeExistsError);
    await expect(send({ ...anonymous, category: 'scams_fraud' }, '192.0.2.77')).rejects.toThrow(
      NoticeExistsError,
    );
    expect(repo.writes.slice(writes)).toEqual([]);
    // Others: a named notifier from that network, anyone from another network.
    const named = await send({});
    await expect(send({})).rejects.toThrow(NoticeExistsError);
    await send(anonymous, '198.51.100.4');
    // Once decided, the same sender may send a new notice (on another ground); the old one is closed.
    await decideNotice(deps, MODERATOR, first.notice.id, { action: 'keep', ground: 'Lawful opinion.' });
    const again = await send({ ...anonymous, category: 'scams_fraud' });
    expect(again.notice.id).not.toBe(first.notice.id);
    expect(named.notice.id).not.toBe(first.notice.id);
  });

  it('counts against the per-network budget of authors’ actions', async () => {
    const { deps, policies, repo } = memoryDeps();
    const { comment } = await published(deps, 'art');
    policies.set({ rateLimits: { authorActionsPerMinute: 1 } });
    const send = () => submitNotice(deps, { commentId: comment.id, input: INPUT, sourceIp: '192.0.2.1' });
    await send();
    const writes = repo.writes.length;
    await expect(send()).rejects.toThrow(RateLimitedError);
    // Refused before any write: not even the rate window's conditional update (billed when it fails).
    expect(repo.writes.slice(writes)).toEqual([]);
  });
});

describe('noticeStatus', () => {
  it('answers the notifier with the token; a wrong or missing token is refused, an unknown id not found', async () => {
    const { deps, receipt, comment } = await noticed();
    expect(await noticeStatus(deps, receipt.notice.id, receipt.noticeToken)).toEqual({
      notice: {
        id: receipt.notice.id,
        commentId: comment.id,
        category: 'illegal_hate_speech',
        status: 'received',
        receivedAt: receipt.notice.receivedAt,
        decision: null,
        appeal: null,
      },
    });
    await expect(noticeStatus(deps, receipt.notice.id, 'wrong')).rejects.toThrow(InvalidNoticeTokenError);
    await expect(noticeStatus(deps, receipt.notice.id, undefined)).rejects.toThrow(InvalidNoticeTokenError);
    await expect(noticeStatus(deps, '01ARZ3NDEKTSV4RRFFQ69G5FAV', receipt.noticeToken)).rejects.toThrow(
      NoticeNotFoundError,
    );
  });
});

describe('the notices queue', () => {
  it('lists open notices oldest first, one item each with its comment, and pages them', async () => {
    const { deps, comment, receipt } = await noticed();
    const other = await published(deps, 'other');
    const second = await submitNotice(deps, {
      commentId: other.comment.id,
      input: { ...INPUT, category: 'defamation', notifierEmail: undefined },
      sourceIp: '192.0.2.1',
    });
    const first = await listQueue(deps, queue({ limit: 1 }));
    expect(first.items).toHaveLength(1);
    expect(first.items[0]).toMatchObject({
      comment: { id: comment.id, status: 'approved' },
      status: 'approved',
      notice: {
        id: receipt.notice.id,
        category: 'illegal_hate_speech',
        explanation: INPUT.explanation,
        lawOrGround: '§ 130 StGB',
        notifierName: 'Nora Notifier',
        anonymous: false,
        status: 'received',
        decision: null,
      },
    });
    const next = await listQueue(deps, queue({ limit: 1, cursor: first.nextCursor! }));
    expect(next.items.map((i) => i.notice?.id)).toEqual([second.notice.id]);
    expect(next.items[0]!.notice).toMatchObject({ anonymous: true, category: 'defamation' });
    expect(next.nextCursor).toBeNull();
    const newest = await listQueue(deps, queue({ sort: 'newest' }));
    expect(newest.items.map((i) => i.notice?.id)).toEqual([second.notice.id, receipt.notice.id]);
    const ofArticle = await listQueue(deps, queue({ articleId: 'other' }));
    expect(ofArticle.items.map((i) => i.notice?.id)).toEqual([second.notice.id]);
    // The comment queues carry no notice.
    expect((await listQueue(deps, queue({ queue: 'approved' }))).items[0]).not.toHaveProperty('notice');
  });
});

describe('decideNotice', () => {
  it('remove: rejects the comment through the transition, with a statement naming the notice', async () => {
    const { deps, repo, comment, receipt, clock } = await noticed();
    const out = await decideNotice(deps, MODERATOR, receipt.notice.id, {
      action: 'remove',
      ground: 'Incitement to hatred, § 130 StGB.',
      note: 'Checked with legal.',
    });
    expect(out.comment).toMatchObject({ id: comment.id, status: 'rejected', publicReason: 'illegal' });
    expect(out.notice).toMatchObject({
      status: 'decided',
      decision: { action: 'remove', ground: 'Incitement to hatred, § 130 StGB.', by: { id: 'mod-1' } },
    });
    const stored = repo.comments.get(comment.id)!;
    expect(stored.humanDecision).toMatchObject({ action: 'reject', reason: 'illegal' });
    expect(stored.statement).toMatchObject({
      restriction: 'removed',
      automated: { detection: false, decision: false },
      ground: { kind: 'terms', reason: 'illegal', clause: DEFAULT_STATEMENT_GROUNDS.illegal },
      notice: {
        id: receipt.notice.id,
        category: 'illegal_hate_speech',
        ground: 'Incitement to hatred, § 130 StGB.',
      },
    });
    expect(stored.statement!.facts).toBe(
      'A moderator removed this published comment on a notice that it is illegal hate speech, for illegal content.',
    );
    expect(JSON.stringify(stored.statement)).not.toMatch(/Nora|Checked with legal/);
    expect(repo.queueCounters).toMatchObject({ approved: 0, rejected: 1 });
    const history = await commentHistory(deps, comment.id);
    expect(history.events.at(-1)).toMatchObject({
      action: 'reject',
      from: 'approved',
      to: 'rejected',
      reason: 'illegal',
      noticeId: receipt.notice.id,
    });

    const status = await noticeStatus(deps, receipt.notice.id, receipt.noticeToken);
    const decidedAt = clock.now();
    expect(status.notice).toMatchObject({
      status: 'decided',
      decision: {
        action: 'remove',
        ground: 'Incitement to hatred, § 130 StGB.',
        decidedAt: decidedAt.toISOString(),
        redress: { appealUntil: addMonths(decidedAt, 6).toISOString() },
      },
    });
    // A removal is what the notifier asked for: no appeal is offered to them (the author has one).
    expect(status.notice.decision!.redress.routes).toEqual([
      'Refer the decision to a certified out-of-court dispute settlement body.',
      'Take the matter to the courts.',
    ]);
    expect(JSON.stringify(status)).not.toContain('Checked with legal');
    expect((await listQueue(deps, queue())).items).toEqual([]);
    expect(status.notice.decision).not.toHaveProperty('publishedAgainAt');
    // Published again since (an overturn here; a reversed appeal alike): the notifier reads when.
    clock.advance(60_000);
    await decide(deps, MODERATOR, comment.id, { action: 'approve' });
    const again = await noticeStatus(deps, receipt.notice.id, receipt.noticeToken);
    expect(again.notice.decision).toMatchObject({
      action: 'remove',
      publishedAgainAt: clock.now().toISOString(),
    });
  });

  it('keep: leaves the comment as it is and records the decision on its trail', async () => {
    const { deps, repo, comment, receipt } = await noticed();
    const before = repo.comments.get(comment.id)!;
    const out = await decideNotice(deps, MODERATOR, receipt.notice.id, {
      action: 'keep',
      ground: 'Sharp, but a lawful opinion.',
    });
    expect(out.comment).toMatchObject({ id: comment.id, status: 'approved', version: before.version });
    expect(repo.comments.get(comment.id)).toEqual(before);
    expect((await commentHistory(deps, comment.id)).events.at(-1)).toMatchObject({
      action: 'notice_keep',
      from: 'approved',
      to: 'approved',
      reason: 'illegal_hate_speech',
      noticeId: receipt.notice.id,
    });
    const kept = (await noticeStatus(deps, receipt.notice.id, receipt.noticeToken)).notice.decision!;
    expect(kept).toMatchObject({ action: 'keep' });
    expect(kept.redress.routes[0]).toMatch(/^Ask for a review by a person \(appeal\) until /);
  });

  it('decides a notice once; an unknown one is not found', async () => {
    const { deps, receipt } = await noticed();
    await decideNotice(deps, MODERATOR, receipt.notice.id, { action: 'keep', ground: 'Lawful.' });
    await expect(
      decideNotice(deps, MODERATOR, receipt.notice.id, { action: 'remove', ground: 'Unlawful.' }),
    ).rejects.toThrow(NoticeAlreadyDecidedError);
    await expect(
      decideNotice(deps, MODERATOR, '01ARZ3NDEKTSV4RRFFQ69G5FAV', { action: 'keep', ground: 'x' }),
    ).rejects.toThrow(NoticeNotFoundError);
  });

  it('remove of a comment its author deleted meanwhile closes the notice without a move or a note', async () => {
    const m = memoryDeps();
    const posted = await published(m.deps, 'art');
    const receipt = await submitNotice(m.deps, {
      commentId: posted.comment.id,
      input: INPUT,
      sourceIp: '192.0.2.1',
    });
    await deleteComment(m.deps, {
      commentId: posted.comment.id,
      token: posted.authorToken,
      sourceIp: '192.0.2.9',
    });
    const out = await decideNotice(m.deps, MODERATOR, receipt.notice.id, {
      action: 'remove',
      ground: 'Unlawful.',
      note: 'Would quote it',
    });
    expect(out.comment).toMatchObject({ status: 'deleted' });
    expect(out.notice.status).toBe('decided');
    const last = (await commentHistory(m.deps, posted.comment.id)).events.at(-1)!;
    expect(last).toMatchObject({ action: 'notice_remove', from: 'deleted', to: 'deleted' });
    expect(last).not.toHaveProperty('note');
  });

  it('reads the comment again when it moved between the read and the write', async () => {
    const { deps, repo, comment, receipt } = await noticed();
    const transition = repo.transition.bind(repo);
    let raced = false;
    repo.transition = async (input) => {
      if (!raced) {
        raced = true;
        // Another moderator's decision lands first: the comment is at a new version.
        const c = repo.comments.get(comment.id)!;
        repo.comments.set(comment.id, { ...c, version: c.version + 1 });
      }
      return transition(input);
    };
    const out = await decideNotice(deps, MODERATOR, receipt.notice.id, {
      action: 'remove',
      ground: 'Unlawful.',
    });
    expect(out.comment).toMatchObject({ status: 'rejected' });
    expect(raced).toBe(true);
  });
});
