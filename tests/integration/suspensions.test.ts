/**
 * The repeat-abuse storage (EU DSA Art. 23) against DynamoDB Local: a strike written with a notice's
 * decision on the record's version (a stale version refuses the whole decision), the proposal it opens in
 * the site-wide queue, a notifier's count of notices sent that the version does not see, and a proposal's
 * decision that closes it with the record, its event and the day's counters, all or nothing (and takes it
 * out of the queue's count).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../shared/domain/comment';
import type { NoticeDecision, NoticeRecord } from '../../shared/domain/notice';
import { countStrike, type AbuseSubject } from '../../shared/domain/repeat-abuse';
import { decideProposal, openedProposal } from '../../shared/domain/suspension';
import { dayOf } from '../../shared/domain/transparency';
import {
  NoticeAlreadyDecidedError,
  SuspensionAlreadyDecidedError,
  VersionConflictError,
} from '../../shared/errors';
import { suspensionKey } from '../../shared/storage/keys';
import type { Repository } from '../../shared/storage/repository';
import { openNotice, startRepositoryStack, storedComment } from '../support/repository-stack';
import type { TestStack } from '../support/stack';

let stack: TestStack;
let repo: Repository;
let n = 0;

beforeAll(async () => ({ stack, repo } = await startRepositoryStack()));
afterAll(() => stack?.stop());

const KNOBS = { windowDays: 180, illegalRemovals: 2, unfoundedNotices: 2 };
const WHO = { actor: { type: 'moderator' as const, id: 'mod-1' }, by: { id: 'mod-1' } };
const POLICY = { windowDays: 180, clause: 'Repeat abuse leads to a warning, then a suspension.' };
const kept = (): NoticeDecision => ({
  action: 'keep',
  ground: 'Lawful.',
  manifestlyUnfounded: true,
  decidedAt: new Date().toISOString(),
  by: { id: 'mod-1' },
});
const audit = (c: CommentRecord, nt: NoticeRecord) => ({
  entity: 'audit' as const,
  eventId: `E${n++}`,
  commentId: c.id,
  at: new Date().toISOString(),
  actor: WHO.actor,
  action: 'notice_keep',
  from: c.status,
  to: c.status,
  reason: nt.category,
  version: c.version,
  noticeId: nt.id,
});

/** A notice by `email` on a fresh comment, stored (counting it as sent). */
async function sentNotice(email: string) {
  const c = await storedComment(repo, { articleId: `abuse-${n++}`, authorId: `a_abuse${n++}` });
  const nt = openNotice(c, { notifierEmailHash: email, anonymous: false });
  await repo.createNotice(nt, `sender-${nt.id}`);
  return { c, nt };
}

/** Keeps `nt` as manifestly unfounded, counting the strike on the record as read now. */
async function keepUnfounded(
  subject: AbuseSubject,
  c: CommentRecord,
  nt: NoticeRecord,
  readVersion?: number,
) {
  const r = await repo.getAbuseRecord(subject, true);
  const now = new Date();
  const counted = countStrike(r, { noticeId: nt.id, commentId: c.id, at: now.toISOString() }, now, KNOBS);
  const opened = counted.proposalId
    ? openedProposal(subject, counted.proposalId, counted.counted, now, { ...KNOBS, threshold: 2 })
    : undefined;
  return repo.decideNotice({
    notice: nt,
    decision: kept(),
    audit: audit(c, nt),
    abuse: [{ readVersion: readVersion ?? r.version, next: counted.next, ...(opened ? { opened } : {}) }],
  });
}

describe('people’s records and suspension proposals', () => {
  it('count a strike with the decision, open one proposal at the threshold, and keep the notices sent', async () => {
    const subject: AbuseSubject = { kind: 'notifier', id: `email:h${n++}` };
    const email = subject.id.slice('email:'.length);
    const first = await sentNotice(email);
    expect(await repo.getAbuseRecord(subject, true)).toMatchObject({ noticesSent: 1, version: 0 });
    await keepUnfounded(subject, first.c, first.nt);
    expect(await repo.getAbuseRecord(subject, true)).toMatchObject({
      noticesSent: 1,
      version: 1,
      strikeTotal: 1,
      strikes: [{ noticeId: first.nt.id }],
    });
    expect((await repo.listOpenSuspensions({ limit: 100, newestFirst: false })).items).toEqual([]);

    const second = await sentNotice(email);
    await keepUnfounded(subject, second.c, second.nt);
    const r = await repo.getAbuseRecord(subject, true);
    expect(r).toMatchObject({ noticesSent: 2, version: 2, strikeTotal: 2 });
    const page = await repo.listOpenSuspensions({ limit: 100, newestFirst: false });
    const proposal = page.items.find((p) => p.subjectId === subject.id)!;
    expect(proposal).toMatchObject({ id: r.openProposalId, kind: 'notifier', status: 'received' });
    expect(proposal.strikes.map((s) => s.noticeId)).toEqual([first.nt.id, second.nt.id]);
    expect(await repo.suspensionEvents(proposal.id)).toMatchObject([
      { action: 'suspension_proposed', strikes: 2 },
    ]);
    const raw = await stack.doc.send(
      new GetCommand({ TableName: stack.tableName, Key: suspensionKey(proposal.id) }),
    );
    expect(raw.Item).toMatchObject({ GSI2PK: 'QUEUE#suspensions', GSI2SK: proposal.id });
    expect(raw.Item?.['GSI3PK']).toBeUndefined();
  });

  it('refuse a decision whose record moved since it was read, writing nothing', async () => {
    const subject: AbuseSubject = { kind: 'notifier', id: `email:h${n++}` };
    const { c, nt } = await sentNotice(subject.id.slice('email:'.length));
    await expect(keepUnfounded(subject, c, nt, 7)).rejects.toThrow(VersionConflictError);
    expect((await repo.getNotice(nt.id, true))?.status).toBe('received');
    expect(await repo.getAbuseRecord(subject, true)).toMatchObject({ version: 0, strikes: [] });
    await keepUnfounded(subject, c, nt);
    await expect(keepUnfounded(subject, c, nt)).rejects.toThrow(NoticeAlreadyDecidedError);
  });

  it('decide a proposal once, with the record, its event and the day’s counters', async () => {
    const subject: AbuseSubject = { kind: 'notifier', id: `email:h${n++}` };
    const email = subject.id.slice('email:'.length);
    for (let i = 0; i < 2; i++) {
      const { c, nt } = await sentNotice(email);
      await keepUnfounded(subject, c, nt);
    }
    const r = await repo.getAbuseRecord(subject, true);
    const p = (await repo.getSuspension(r.openProposalId!, true))!;
    const today = dayOf(Date.now());
    const before = (await repo.transparencyDays(today, today)).reduce(
      (sum, d) => sum + (d['warning.unfounded_notices'] ?? 0),
      0,
    );
    const d = decideProposal(p, r, { action: 'warn' }, WHO, new Date(), POLICY);
    const write = {
      proposal: p,
      decision: d.decision,
      record: { readVersion: r.version, next: d.next },
      event: d.event,
    };
    await expect(
      repo.decideSuspension({ ...write, record: { ...write.record, readVersion: r.version - 1 } }),
    ).rejects.toThrow(VersionConflictError);
    expect((await repo.getSuspension(p.id, true))?.status).toBe('received');
    // The queue's size is a COUNT of its index partition: the decision takes the proposal out of it.
    const open = await repo.countOpenSuspensions();
    expect(open).toBeGreaterThanOrEqual(1);
    const decided = await repo.decideSuspension(write);
    expect(await repo.countOpenSuspensions()).toBe(open - 1);
    expect(decided).toMatchObject({ status: 'decided', decision: { action: 'warn' } });
    expect(await repo.getSuspension(p.id, true)).toEqual(decided);
    const after = await repo.getAbuseRecord(subject, true);
    expect(after.openProposalId).toBeUndefined();
    expect(after.warning).toEqual(d.statement);
    expect(after).toMatchObject({ noticesSent: 2, weighedUntil: d.decision.decidedAt });
    expect((await repo.suspensionEvents(p.id)).map((e) => e.action)).toEqual([
      'suspension_proposed',
      'suspension_warned',
    ]);
    const counted = (await repo.transparencyDays(today, today)).reduce(
      (sum, x) => sum + (x['warning.unfounded_notices'] ?? 0),
      0,
    );
    expect(counted).toBe(before + 1);
    await expect(
      repo.decideSuspension({ ...write, record: { readVersion: after.version, next: d.next } }),
    ).rejects.toThrow(SuspensionAlreadyDecidedError);
    expect(
      (await repo.listOpenSuspensions({ limit: 100, newestFirst: false })).items.map((x) => x.id),
    ).not.toContain(p.id);
  });
});
