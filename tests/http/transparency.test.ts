/**
 * The transparency report and the statements-of-reasons export through the local gateway: a realistic mix
 * of automatic rejections, holds decided by moderators, notices removed and kept, a ban and appeals, then the
 * report (JSON and CSV) must equal a recount of every involved comment's audit trail, and the export
 * must hold one line per rejection in the DSA Transparency Database's fields, with nothing personal.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../shared/domain/lifecycle';
import type { NoticeCategory } from '../../shared/domain/notice-categories';
import { dsaStatementSchema, type DsaStatement } from '../../shared/domain/dsa-statement';
import {
  historySchema,
  suspensionDetailSchema,
  suspensionQueuePageSchema,
  transparencyReportSchema,
} from '../../shared/domain/responses';
import { dayOf, type TransparencyReport } from '../../shared/domain/transparency';
import { transparencyRows } from '../../shared/domain/transparency-csv';
import { sendJson } from '../support/http';
import { nonZero, recount, recountSuspensions } from '../support/transparency-recount';
import {
  admin,
  article,
  call,
  heldComment,
  mod,
  postAndModerate,
  stack,
  useModerationStack,
} from './moderation-support';

useModerationStack();

const DAY = 86_400_000;
// The period around now, so that a run across midnight (UTC) still sees every event.
const from = dayOf(Date.now() - DAY);
const to = dayOf(Date.now() + DAY);
const period = `from=${from}&to=${to}`;

/** Everything the mix wrote that must never reach the export. */
const personal: string[] = [];
const involved: string[] = [];
const notices = new Map<string, NoticeCategory>();
const noticeTokens = new Map<string, string>();

async function posted(body: string, articleId = article()) {
  const out = await postAndModerate(articleId, body);
  involved.push(out.comment.id);
  personal.push(body);
  return out.comment.id;
}

async function notice(commentId: string, category: NoticeCategory, headers: Record<string, string> = {}) {
  const res = await call('POST', `/comments/${commentId}/notices`, {
    headers,
    body: {
      category,
      explanation: 'The comment says things that are against the law here.',
      notifierName: 'Nina Notifier',
      notifierEmail: 'nina@example.org',
      goodFaith: true,
    },
  });
  expect(res.status, res.text).toBe(202);
  notices.set(res.json.notice.id as string, category);
  noticeTokens.set(res.json.notice.id as string, res.json.noticeToken as string);
  return res.json.notice.id as string;
}

const decide = async (commentId: string, body: Record<string, unknown>) => {
  const res = await call('POST', `/moderation/comments/${commentId}/decision`, { token: mod, body });
  expect(res.status, res.text).toBe(200);
};

async function appeal(path: string, header: Record<string, string>): Promise<string> {
  const res = await call('POST', path, {
    headers: header,
    body: { explanation: 'Please look at this decision again, it was wrong.' },
  });
  expect(res.status, res.text).toBe(202);
  return res.json.appeal.id as string;
}

async function decideAppeal(appealId: string, action: 'uphold' | 'reverse') {
  // An admin reviews: the notice was kept by `mod`, who may not review their own decision.
  const res = await call('POST', `/moderation/appeals/${appealId}/decision`, {
    token: admin,
    body: { action, note: 'Reviewed by a second moderator.' },
  });
  expect(res.status, res.text).toBe(200);
}

async function decideNotice(noticeId: string, action: 'remove' | 'keep') {
  const res = await call('POST', `/moderation/notices/${noticeId}/decision`, {
    token: mod,
    body: { action, ground: 'Checked against the criminal code.' },
  });
  expect(res.status, res.text).toBe(200);
}

async function trail(commentId: string): Promise<AuditEvent[]> {
  const res = await call('GET', `/moderation/comments/${commentId}/history?limit=100`, { token: mod });
  expect(res.status, res.text).toBe(200);
  return historySchema.parse(res.json).events.map((e) => ({ entity: 'audit' as const, ...e }));
}

async function report(query = period): Promise<TransparencyReport> {
  const res = await call('GET', `/moderation/transparency?${query}`, { token: admin });
  expect(res.status, res.text).toBe(200);
  return transparencyReportSchema.parse(res.json);
}

/** Every line of the export, following `x-next-cursor` page after page. */
async function exportAll(limit: number): Promise<{ lines: DsaStatement[]; pages: number; text: string }> {
  const lines: DsaStatement[] = [];
  let text = '';
  let cursor: string | undefined;
  let pages = 0;
  do {
    const res = await call(
      'GET',
      `/moderation/transparency/statements?${period}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { token: admin },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    pages++;
    text += res.text;
    for (const line of res.text.split('\n').filter((l) => l !== ''))
      lines.push(dsaStatementSchema.parse(JSON.parse(line)));
    cursor = res.headers['x-next-cursor'] as string | undefined;
  } while (cursor !== undefined);
  return { lines, pages, text };
}

describe('GET /moderation/transparency', () => {
  it('equals a recount of the audit trails of a realistic mix', async () => {
    const empty = await report();
    expect(empty.actions.total + empty.notices.received.total + empty.bans.total).toBe(0);

    // The automatic checks reject two severe insults outright; the second one's author appeals.
    await posted('you are a f*cking 1d10t and a m0r0n');
    const insult = await postAndModerate(article(), 'what a f*cking m0r0n, you 1d10t');
    involved.push(insult.comment.id);
    personal.push('what a f*cking m0r0n, you 1d10t');
    // A suspect term is held for its content and a moderator rejects it (automated detection, human decision).
    const suspect = await posted('This whole thing was obviously a false flag operation.');
    await decide(suspect, { action: 'reject', reason: 'misinformation' });
    // Pre-moderation holds two for where they were posted: one rejected, one approved (counts nothing).
    for (const [i, action] of (['reject', 'approve'] as const).entries()) {
      // (A body no check flags: this counts pre-moderation alone; round 124's model held `Waiting for a moderator`.)
      const held = await heldComment(`A comment held for pre-moderation, number ${i}.`);
      involved.push(held.id);
      await decide(held.id, action === 'reject' ? { action, reason: 'spam' } : { action });
    }
    // Notices: one removed, one kept, one left open (from a trusted flagger, Art. 22).
    const [removed, kept, open] = [
      await posted('A published remark someone reports as a threat.'),
      await posted('A published remark someone reports as defamation.'),
      await posted('A published remark someone reports as a scam.'),
    ];
    await decideNotice(await notice(removed, 'threats_violence'), 'remove');
    const keptNotice = await notice(kept, 'defamation');
    await decideNotice(keptNotice, 'keep');
    const flagger = await call('POST', '/moderation/trusted-flaggers', {
      token: admin,
      body: { name: 'Hotline' },
    });
    expect(flagger.status, flagger.text).toBe(201);
    await notice(open, 'scams_fraud', { 'x-flagger-token': flagger.json.flaggerToken as string });
    // A ban that takes the author's published comment down with it.
    const bannedArticle = article();
    const banned = await posted('A published remark by someone about to be banned.', bannedArticle);
    const q = await call('GET', `/moderation/queue?queue=approved&articleId=${bannedArticle}`, {
      token: mod,
    });
    const authorId = q.json.items[0].comment.authorId as string;
    personal.push(authorId);
    const ban = await call('POST', `/moderation/authors/${authorId}/ban`, {
      token: mod,
      body: { reason: 'Abuse of other readers', rejectPending: true },
    });
    expect(ban.status, ban.text).toBe(200);
    expect(ban.json.rejected).toBe(1);
    expect(involved).toContain(banned);
    // Appeals: the insult's author wins one (the comment is published, no new action); the notifier of
    // the kept notice loses one (nothing moves).
    const byAuthor = await appeal(`/comments/${insult.comment.id}/appeals`, {
      'X-Author-Token': insult.authorToken,
    });
    await decideAppeal(byAuthor, 'reverse');
    const byNotifier = await appeal(`/notices/${keptNotice}/appeals`, {
      'X-Notice-Token': noticeTokens.get(keptNotice)!,
    });
    await decideAppeal(byNotifier, 'uphold');
    await stack.drain();

    const trails = await Promise.all(involved.map(trail));
    const expected = recount(trails, notices);
    const r = await report();
    expect(r.actions.total).toBe(expected.actions.total);
    expect(nonZero(r.actions.byRestriction)).toEqual(expected.actions.byRestriction);
    expect(nonZero(r.actions.byReason)).toEqual(expected.actions.byReason);
    expect(nonZero(r.actions.byAutomation)).toEqual(expected.actions.byAutomation);
    const decided = Object.fromEntries(
      Object.entries(r.notices.decided.byCategory).filter(([, o]) => o.remove + o.keep > 0),
    );
    expect(decided).toEqual(expected.noticesDecided);
    expect(nonZero(r.notices.received.byCategory)).toEqual({
      threats_violence: 1,
      defamation: 1,
      scams_fraud: 1,
    });
    expect(r.notices.timeToDecision.samples).toBe(2);
    expect(r.notices.timeToDecision.medianSeconds).toEqual(expect.any(Number));
    expect(r.notices.fromTrustedFlaggers).toBe(1);
    expect(r.bans).toMatchObject({ total: 1, byAutomation: { human: 1, automated: 0 } });
    expect(nonZero(r.appeals.received.byAppellant)).toEqual(expected.appeals.received);
    expect(nonZero(r.appeals.decided.byOutcome)).toEqual(expected.appeals.decided);
    expect(expected.appeals).toEqual({
      received: { author: 1, notifier: 1 },
      decided: { reverse: 1, uphold: 1 },
    });
    // The mix covers each kind of decision (so the recount compared something).
    expect(expected.actions.byAutomation).toEqual({ automated: 2, automated_detection: 1, human: 3 });
    expect(expected.actions.byRestriction).toEqual({ not_published: 4, removed: 2 });

    // The export holds exactly the statements of those rejections, in the database's fields, nothing personal.
    const { lines, pages, text } = await exportAll(2);
    expect(pages).toBe(3);
    expect(lines.map((l) => l.puid).sort()).toEqual([...expected.statements].sort());
    expect(lines.every((l) => l.content_type.join() === 'CONTENT_TYPE_TEXT')).toBe(true);
    const onNotice = lines.filter((l) => l.source_type === 'SOURCE_ARTICLE_16');
    expect(onNotice).toHaveLength(1);
    expect(onNotice[0]).toMatchObject({
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_VIOLENCE',
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
    });
    expect(lines.filter((l) => l.decision_account === 'DECISION_ACCOUNT_SUSPENDED')).toHaveLength(1);
    expect(lines.filter((l) => l.automated_decision === 'AUTOMATED_DECISION_FULLY')).toHaveLength(2);
    for (const p of [...personal, 'Nina Notifier', 'nina@example.org', 'Writer ', 'Mia Moderator', 'mod-1'])
      expect(text, p).not.toContain(p);
  });

  it('counts warnings and suspensions (Art. 23) by kind as a recount of the proposals’ trails', async () => {
    const policy = await call('PUT', '/moderation/policy', {
      token: admin,
      body: { repeatAbuse: { illegalRemovals: 1, unfoundedNotices: 1 } },
    });
    expect(policy.status, policy.text).toBe(200);
    // The mix banned its author's network (127.0.0.0/24) for a day: these posts come from another one.
    const published = async (body: string, authorName = `Reader ${involved.length}`) => {
      const res = await sendJson(
        stack.url,
        'POST',
        `/articles/${article()}/comments`,
        { authorName, body },
        {
          localAddress: '127.0.9.1',
        },
      );
      expect(res.status, res.text).toBe(202);
      await stack.drain();
      return res.json.comment.id as string;
    };
    const proposals: string[] = [];
    /** The proposal a strike just opened: the newest open one. */
    const opened = async () => {
      const res = await call('GET', '/moderation/queue?queue=suspensions&sort=newest&limit=1', {
        token: mod,
      });
      const id = suspensionQueuePageSchema.parse(res.json).items[0]!.proposal.id;
      proposals.push(id);
      return id;
    };
    const decideProposal = async (id: string, body: Record<string, unknown>) => {
      const res = await call('POST', `/moderation/suspensions/${id}/decision`, { token: mod, body });
      expect(res.status, res.text).toBe(200);
    };
    // An author removed twice on notices: warned, then suspended.
    for (const body of [{ action: 'warn' }, { action: 'suspend', days: 2 }]) {
      const c = await published('A remark removed on a notice.', 'Twice Removed');
      await decideNotice(await notice(c, 'defamation'), 'remove');
      await decideProposal(await opened(), body);
    }
    // A notifier whose notices are manifestly unfounded: warned, then a proposal dismissed.
    for (const body of [{ action: 'warn' }, { action: 'dismiss' }]) {
      const c = await published('A remark reported for no reason.');
      const res = await call('POST', `/moderation/notices/${await notice(c, 'defamation')}/decision`, {
        token: mod,
        body: { action: 'keep', ground: 'Lawful.', manifestlyUnfounded: true },
      });
      expect(res.status, res.text).toBe(200);
      await decideProposal(await opened(), body);
    }
    const trails = await Promise.all(
      proposals.map(async (id) => {
        const res = await call('GET', `/moderation/suspensions/${id}`, { token: mod });
        return suspensionDetailSchema.parse(res.json).events;
      }),
    );
    const expected = recountSuspensions(trails);
    expect(expected).toEqual({
      suspensions: { illegal_content: 1 },
      warnings: { illegal_content: 1, unfounded_notices: 1 },
    });
    const r = await report();
    expect(nonZero(r.suspensions.byKind)).toEqual(expected.suspensions);
    expect(nonZero(r.suspensions.warnings.byKind)).toEqual(expected.warnings);
    expect(r.suspensions.total).toBe(1);
    expect(r.suspensions.warnings.total).toBe(2);
  });

  it('answers the same numbers as CSV, with a header row', async () => {
    const json = await report();
    const res = await call('GET', `/moderation/transparency?${period}&format=csv`, { token: admin });
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('metric,dimension,value');
    expect(lines.slice(1)).toEqual(transparencyRows(json).map((row) => row.map((v) => v ?? '').join(',')));
    expect(lines).toContain(`actions,total,${json.actions.total}`);
    expect(lines).toContain(
      `notices_received,category=scams_fraud,${json.notices.received.byCategory.scams_fraud}`,
    );
    expect(lines).toContain(`suspensions,kind=illegal_content,${json.suspensions.byKind.illegal_content}`);
    expect(lines).toContain(`warnings,total,${json.suspensions.warnings.total}`);
  });

  it('counts only the days asked for', async () => {
    const past = await report('from=2020-01-01&to=2020-12-31');
    expect(past.actions.total + past.notices.received.total + past.bans.total).toBe(0);
  });

  it('refuses a bad period with 400, moderators with 403 and a request without a token with 401', async () => {
    for (const query of [
      'from=2026-03-02&to=2026-03-01',
      'from=2025-01-01&to=2026-01-02',
      'from=2026-02-30&to=2026-03-01',
      'from=yesterday&to=today',
      'to=2026-03-01',
    ]) {
      for (const path of ['/moderation/transparency', '/moderation/transparency/statements']) {
        const res = await call('GET', `${path}?${query}`, { token: admin });
        expect(res.status, `${path}?${query}`).toBe(400);
        expect(res.json.error.code).toBe('validation_failed');
      }
    }
    const xml = await call('GET', `/moderation/transparency?${period}&format=xml`, { token: admin });
    expect(xml.status, xml.text).toBe(400);
    const leap = await call('GET', '/moderation/transparency?from=2024-01-01&to=2024-12-31', {
      token: admin,
    });
    expect(leap.status, leap.text).toBe(200);
    for (const path of ['/moderation/transparency', '/moderation/transparency/statements']) {
      const moderator = await call('GET', `${path}?${period}`, { token: mod });
      expect(moderator.status, moderator.text).toBe(403);
      const anonymous = await call('GET', `${path}?${period}`);
      expect(anonymous.status).toBe(401);
    }
  });

  it('refuses a cursor issued for another period', async () => {
    const first = await call('GET', `/moderation/transparency/statements?${period}&limit=1`, {
      token: admin,
    });
    const cursor = first.headers['x-next-cursor'] as string;
    expect(cursor).toEqual(expect.any(String));
    const other = await call(
      'GET',
      `/moderation/transparency/statements?from=${from}&to=${from}&limit=1&cursor=${encodeURIComponent(cursor)}`,
      { token: admin },
    );
    expect(other.status, other.text).toBe(400);
  });
});
