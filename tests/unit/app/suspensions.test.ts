/**
 * Repeat abuse (EU DSA Art. 23) against in-memory storage: a notice's decision counts a strike against the
 * comment's author (a removal) or its notifier (kept, manifestly unfounded), a proposal enters the
 * suspensions queue once at the threshold, a moderator warns and later suspends, the suspended author's
 * post and notifier's notice are refused until the date, the people see their statements, and an appeal
 * that reverses a counted decision takes its strike back.
 */
import { describe, expect, it } from 'vitest';
import { decideAppeal, submitAuthorAppeal } from '../../../shared/app/appeals';
import { editComment } from '../../../shared/app/author-actions';
import { moderationQueue } from '../../../shared/app/moderation';
import { decideNotice, noticeStatus, submitNotice } from '../../../shared/app/notices';
import { getComment } from '../../../shared/app/read-comments';
import { decideSuspension, suspensionDetail } from '../../../shared/app/suspensions';
import type { Deps } from '../../../shared/app/deps';
import type { NoticeInput } from '../../../shared/domain/schemas';
import type { SuspensionItem } from '../../../shared/domain/suspension';
import {
  AuthorSuspendedError,
  NotifierSuspendedError,
  SuspensionAlreadyDecidedError,
  SuspensionNotFoundError,
  ValidationError,
  WarningRequiredError,
} from '../../../shared/errors';
import { memoryDeps, type MemoryDeps } from '../../support/memory/deps';
import { ADMIN, DEFAMATION_NOTICE, MODERATOR, post, published } from '../../support/memory/fixtures';

const DAY = 86_400_000;
const INPUT: NoticeInput = { ...DEFAMATION_NOTICE, notifierEmail: 'nora@example.org' };
const queue = async (deps: Deps) =>
  (await moderationQueue(deps, { queue: 'suspensions', sort: 'oldest', limit: 20 })) as {
    items: SuspensionItem[];
  };

/** In-memory dependencies whose clock a test moves, with the rate limits lifted (one author posts a lot). */
function deps() {
  const m = memoryDeps();
  m.policies.set({ rateLimits: { authorPerMinute: 1000, networkPerMinute: 10_000 } });
  return m;
}

/** A published comment by `authorName` and a notice about it from `email`, a second later. */
async function noticed(m: MemoryDeps, authorName: string, email = 'nora@example.org') {
  m.clock.advance(1000);
  const posted = await published(m.deps, 'art', { authorName });
  const receipt = await submitNotice(m.deps, {
    commentId: posted.comment.id,
    input: { ...INPUT, notifierEmail: email },
    sourceIp: '192.0.2.1',
  });
  return { ...posted, receipt };
}

/** `n` comments by `authorName` removed on notices. */
async function removals(m: MemoryDeps, authorName: string, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const x = await noticed(m, authorName);
    await decideNotice(m.deps, MODERATOR, x.receipt.notice.id, { action: 'remove', ground: 'Defamation.' });
    out.push(x);
  }
  return out;
}

describe('an author whose comments are removed on notices', () => {
  it('is proposed once at the threshold, warned, then suspended, and cannot post until the date', async () => {
    const m = deps();
    const [first] = await removals(m, 'Rude Reader', 2);
    expect((await queue(m.deps)).items).toEqual([]);
    await removals(m, 'Rude Reader', 1);
    const [item] = (await queue(m.deps)).items;
    expect(item?.proposal).toMatchObject({
      subject: { kind: 'author', name: 'Rude Reader' },
      status: 'received',
      threshold: 3,
    });
    expect(item?.proposal.strikes).toHaveLength(3);
    expect(item?.account).toMatchObject({
      unweighed: 3,
      strikeTotal: 3,
      activity: { commentsApproved: 0, commentsRejected: 3, noticesSent: null },
      actions: ['warn', 'dismiss'],
      warning: null,
    });
    // A fourth removal while the proposal is open opens no second one.
    await removals(m, 'Rude Reader', 1);
    expect((await queue(m.deps)).items).toHaveLength(1);

    const id = item!.proposal.id;
    await expect(decideSuspension(m.deps, MODERATOR, id, { action: 'suspend', days: 2 })).rejects.toThrow(
      WarningRequiredError,
    );
    const warned = await decideSuspension(m.deps, MODERATOR, id, { action: 'warn' });
    expect(warned.proposal.decision).toMatchObject({ action: 'warn', by: { id: 'mod-1' } });
    expect(warned.account.warning?.counted).toHaveLength(4);
    await expect(decideSuspension(m.deps, MODERATOR, id, { action: 'dismiss' })).rejects.toThrow(
      SuspensionAlreadyDecidedError,
    );
    // The author sees the warning beside their own comment, and may still post.
    const own = await getComment(m.deps, first!.comment.id, first!.authorToken);
    expect(own).toMatchObject({ account: { warning: { restriction: 'warning' }, suspension: null } });
    const recent = await post(m.deps, 'art', { authorName: 'Rude Reader' });

    await removals(m, 'Rude Reader', 3);
    const [again] = (await queue(m.deps)).items;
    expect(again?.account.actions).toEqual(['warn', 'suspend', 'dismiss']);
    const suspended = await decideSuspension(m.deps, MODERATOR, again!.proposal.id, {
      action: 'suspend',
      days: 2,
    });
    const until = new Date(m.clock.now().getTime() + 2 * DAY).toISOString();
    expect(suspended.account.suspendedUntil).toBe(until);
    const writes = m.repo.writes.length;
    const refused = post(m.deps, 'art', { authorName: 'Rude Reader' });
    await expect(refused).rejects.toThrow(AuthorSuspendedError);
    await expect(refused).rejects.toMatchObject({
      code: 'author_suspended',
      extra: { until, statement: { restriction: 'posting_suspended', until } },
    });
    expect(m.repo.writes.length).toBe(writes);
    // An edit would put their text back in the queue: refused as a post is, within the edit window too.
    const edit = editComment(m.deps, {
      commentId: recent.comment.id,
      token: recent.authorToken,
      sourceIp: '192.0.2.9',
      body: 'Edited while suspended.',
    });
    await expect(edit).rejects.toThrow(AuthorSuspendedError);
    expect(m.repo.writes.length).toBe(writes);
    // Another name is another author.
    await post(m.deps, 'art', { authorName: 'Someone Else' });
    m.clock.advance(2 * DAY);
    await post(m.deps, 'art', { authorName: 'Rude Reader' });

    const detail = await suspensionDetail(m.deps, again!.proposal.id);
    expect(detail.events.map((e) => e.action)).toEqual(['suspension_proposed', 'suspension_suspended']);
    const days = await m.repo.transparencyDays('2026-01-01', '2026-12-31');
    const sum = (k: string) => days.reduce((s, d) => s + (d[k] ?? 0), 0);
    expect([sum('warning.illegal_content'), sum('suspension.illegal_content')]).toEqual([1, 1]);
  });

  it('gets a strike back when an appeal reverses the removal', async () => {
    const m = deps();
    const [x] = await removals(m, 'Appellant', 2);
    const subject = { kind: 'author' as const, id: m.repo.comments.get(x!.comment.id)!.authorId };
    expect((await m.repo.getAbuseRecord(subject)).strikes).toHaveLength(2);
    const appeal = await submitAuthorAppeal(m.deps, {
      id: x!.comment.id,
      token: x!.authorToken,
      input: { explanation: 'Quoting a court ruling is not defamation.' },
    });
    await decideAppeal(m.deps, ADMIN, appeal.appeal.id, { action: 'reverse', note: 'Restored.' });
    expect(await m.repo.getAbuseRecord(subject)).toMatchObject({ strikeTotal: 1, strikes: [{}] });
  });
});

describe('a notifier whose notices are manifestly unfounded', () => {
  it('is counted by e-mail hash, warned, suspended: their notices are refused, others’ are not', async () => {
    const m = deps();
    m.policies.set({ repeatAbuse: { unfoundedNotices: 2 } });
    const keep = async (noticeId: string) =>
      decideNotice(m.deps, MODERATOR, noticeId, {
        action: 'keep',
        ground: 'Lawful.',
        manifestlyUnfounded: true,
      });
    const kept = [];
    for (let i = 0; i < 2; i++) kept.push(await noticed(m, `Target ${i}`, 'spam@example.org'));
    for (const k of kept) await keep(k.receipt.notice.id);
    const [item] = (await queue(m.deps)).items;
    expect(item?.proposal.subject.id).toMatch(/^email:/);
    // Not the address's keyed hash, which an author's comments carry (an author export shows it): a
    // moderator could match the notifier to a commenter. Stable across the queue and the trail.
    const commenter = await post(m.deps, 'art', {
      authorName: 'Same Person',
      authorEmail: 'spam@example.org',
    });
    const emailHash = m.repo.comments.get(commenter.comment.id)!.authorEmailHash!;
    expect(item!.proposal.subject.id).not.toContain(emailHash);
    const trail = await suspensionDetail(m.deps, item!.proposal.id);
    expect(trail.proposal.subject.id).toBe(item!.proposal.subject.id);
    expect(trail.events.map((e) => e.subjectId)).toEqual([item!.proposal.subject.id]);
    // Known by an address moderators never see: no name.
    expect(item?.proposal.subject.name).toBeNull();
    expect(item?.account.activity).toEqual({
      commentsApproved: null,
      commentsRejected: null,
      noticesSent: 2,
    });
    await decideSuspension(m.deps, MODERATOR, item!.proposal.id, { action: 'warn' });
    for (let i = 0; i < 2; i++) kept.push(await noticed(m, `Target ${i + 2}`, 'spam@example.org'));
    for (const k of kept.slice(2)) await keep(k.receipt.notice.id);
    const [again] = (await queue(m.deps)).items;
    await decideSuspension(m.deps, MODERATOR, again!.proposal.id, { action: 'suspend', days: 30 });

    const c = await published(m.deps, 'art', { authorName: 'Fine Reader' });
    const send = (email?: string) =>
      submitNotice(m.deps, {
        commentId: c.comment.id,
        input: { ...INPUT, notifierEmail: email },
        sourceIp: '192.0.2.1',
      });
    await expect(send(' SPAM@example.org ')).rejects.toThrow(NotifierSuspendedError);
    await send('other@example.org');
    // Without an address the notice names nobody to count or refuse (documented).
    await send(undefined);
    const status = await noticeStatus(m.deps, kept[0]!.receipt.notice.id, kept[0]!.receipt.noticeToken);
    expect(status.notice.decision).toMatchObject({ action: 'keep', manifestlyUnfounded: true });
    expect(status.notice.account).toMatchObject({
      warning: { restriction: 'warning' },
      suspension: { restriction: 'notices_suspended' },
    });
    m.clock.advance(31 * DAY);
    await send('spam@example.org');
  });

  it('is the address within its network: someone else typing it neither reads nor adds to its record', async () => {
    const m = deps();
    m.policies.set({ repeatAbuse: { unfoundedNotices: 2 } });
    let n = 0;
    /** A notice typed with the victim's address from `sourceIp`, about a comment of its own. */
    const send = async (sourceIp: string) => {
      m.clock.advance(1000);
      const c = await published(m.deps, 'art', { authorName: `Reader ${n++}` });
      return submitNotice(m.deps, {
        commentId: c.comment.id,
        input: { ...INPUT, notifierEmail: 'victim@example.org' },
        sourceIp,
      });
    };
    const baseless = async (sourceIp: string) => {
      const { notice } = await send(sourceIp);
      await decideNotice(m.deps, MODERATOR, notice.id, {
        action: 'keep',
        ground: 'Lawful.',
        manifestlyUnfounded: true,
      });
    };
    // Baseless notices sent with the victim's address from another network count against that sender.
    for (let i = 0; i < 2; i++) await baseless('198.51.100.7');
    const [framed] = (await queue(m.deps)).items;
    await decideSuspension(m.deps, MODERATOR, framed!.proposal.id, { action: 'warn' });
    for (let i = 0; i < 2; i++) await baseless('198.51.100.8');
    const [again] = (await queue(m.deps)).items;
    await decideSuspension(m.deps, MODERATOR, again!.proposal.id, { action: 'suspend', days: 30 });
    await expect(send('198.51.100.9')).rejects.toThrow(NotifierSuspendedError);
    // The address's owner, from their own network: not refused, and their notice shows no record.
    const own = await send('192.0.2.1');
    const status = await noticeStatus(m.deps, own.notice.id, own.noticeToken);
    expect(status.notice.account?.warning ?? null).toBeNull();
    expect(status.notice.account?.suspension ?? null).toBeNull();
  });

  it('counts nothing for an anonymous notice, and nothing without manifestlyUnfounded', async () => {
    const m = deps();
    m.policies.set({ repeatAbuse: { unfoundedNotices: 1 } });
    const anonymous = await noticed(m, 'A', 'x@example.org');
    const plain = await noticed(m, 'B', 'y@example.org');
    const posted = await published(m.deps, 'art', { authorName: 'C' });
    const none = await submitNotice(m.deps, {
      commentId: posted.comment.id,
      input: { ...INPUT, notifierEmail: undefined },
      sourceIp: '192.0.2.1',
    });
    await decideNotice(m.deps, MODERATOR, none.notice.id, {
      action: 'keep',
      ground: 'Lawful.',
      manifestlyUnfounded: true,
    });
    await decideNotice(m.deps, MODERATOR, plain.receipt.notice.id, { action: 'keep', ground: 'Lawful.' });
    expect(anonymous).toBeDefined();
    expect((await queue(m.deps)).items).toEqual([]);
    expect(m.repo.noticeStore.notices.get(none.notice.id)?.decision?.manifestlyUnfounded).toBe(true);
  });
});

describe('the suspensions queue and decisions', () => {
  it('refuses an article filter, an unknown proposal and a malformed id', async () => {
    const m = deps();
    await expect(
      moderationQueue(m.deps, { queue: 'suspensions', sort: 'oldest', limit: 20, articleId: 'art' }),
    ).rejects.toThrow(ValidationError);
    for (const id of ['01ARZ3NDEKTSV4RRFFQ69G5FAV', 'nope'])
      await expect(decideSuspension(m.deps, MODERATOR, id, { action: 'warn' })).rejects.toThrow(
        SuspensionNotFoundError,
      );
    await expect(suspensionDetail(m.deps, 'nope')).rejects.toThrow(SuspensionNotFoundError);
  });
});
