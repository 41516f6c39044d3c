/**
 * Repeat abuse (EU DSA Art. 23) as pure functions: who a notice names for counting, counting strikes in a
 * rolling window up to a threshold that opens one proposal at a time, taking a strike back, deciding a
 * proposal (a suspension only after a warning given within the window), the statements of reasons, the
 * inputs, and what the transparency report counts.
 */
import { describe, expect, it } from 'vitest';
import { accountStatement, accountViewOf } from '../../shared/domain/account-statement';
import { noticeDecisionInput } from '../../shared/domain/moderation-schemas';
import {
  MAX_STRIKES,
  abuseRecordOf,
  activeSuspension,
  countStrike,
  notifierOf,
  unweighed,
  withdrawStrike,
  type AbuseRecord,
  type AbuseSubject,
  type Strike,
} from '../../shared/domain/repeat-abuse';
import {
  actionsFor,
  decideProposal,
  openedProposal,
  suspensionDecisionInput,
  type SuspensionProposal,
} from '../../shared/domain/suspension';
import { summarizeTransparency, suspensionCounters } from '../../shared/domain/transparency';
import { transparencyRows } from '../../shared/domain/transparency-csv';
import { WarningRequiredError } from '../../shared/errors';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T10:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY);
const KNOBS = { windowDays: 180, illegalRemovals: 3, unfoundedNotices: 5 };
const AUTHOR: AbuseSubject = { kind: 'author', id: 'a_abcdefghij' };
const NOTIFIER: AbuseSubject = { kind: 'notifier', id: 'email:hash' };
const strike = (n: number, day = n): Strike => ({
  noticeId: `N${n}`,
  commentId: `C${n}`,
  at: at(day).toISOString(),
});
const WHO = { actor: { type: 'moderator' as const, id: 'mod-1' }, by: { id: 'mod-1' } };
const POLICY = { windowDays: 180, clause: 'Repeat abuse leads to a warning, then a suspension.' };

/** Counts `days` strikes (one a day) from a clean record; the record and the last count. */
function counted(subject: AbuseSubject, days: number[], from: AbuseRecord = abuseRecordOf(subject, null)) {
  let r = from;
  let last = countStrike(r, strike(days[0]!), at(days[0]!), KNOBS);
  for (const d of days) {
    last = countStrike(r, strike(d), at(d), KNOBS);
    r = last.next;
  }
  return { r, last };
}

/** The proposal a count opened, as the storage keeps it. */
const proposalOf = (subject: AbuseSubject, r: AbuseRecord, day: number): SuspensionProposal =>
  openedProposal(subject, r.openProposalId!, unweighed(r, at(day), 180), at(day), { ...KNOBS, threshold: 3 })
    .proposal;

describe('who a notice names for counting', () => {
  it('is its trusted flagger, else its e-mail hash, else nobody', () => {
    const flagger = { id: 'F1', name: 'Hotline' };
    expect(notifierOf({ trustedFlagger: flagger, notifierEmailHash: 'h' })).toEqual({
      kind: 'notifier',
      id: 'flagger:F1',
    });
    expect(notifierOf({ notifierEmailHash: 'h' })).toEqual({ kind: 'notifier', id: 'email:h' });
    // The address within its network, when the notice has it (every notice since stop 45).
    expect(notifierOf({ notifierEmailHash: 'h', notifierKey: 'k' })).toEqual({
      kind: 'notifier',
      id: 'email:k',
    });
    expect(notifierOf({})).toBeNull();
  });
});

describe('counting strikes', () => {
  it('opens a proposal at the threshold, once, and not again while it is open', () => {
    const two = counted(AUTHOR, [1, 2]);
    expect(two.last.proposalId).toBeNull();
    expect(two.r).toMatchObject({ strikeTotal: 2, version: 2 });
    const three = countStrike(two.r, strike(3), at(3), KNOBS);
    expect(three.proposalId).toEqual(expect.any(String));
    expect(three.next.openProposalId).toBe(three.proposalId);
    expect(three.counted.map((s) => s.noticeId)).toEqual(['N1', 'N2', 'N3']);
    const four = countStrike(three.next, strike(4), at(4), KNOBS);
    expect(four.proposalId).toBeNull();
    expect(four.next.openProposalId).toBe(three.proposalId);
    expect(four.next.strikeTotal).toBe(4);
  });

  it('counts a notice once', () => {
    const { r } = counted(AUTHOR, [1, 2]);
    const again = countStrike(r, strike(2), at(3), KNOBS);
    expect(again.next.strikes).toHaveLength(2);
    expect(again.next.strikeTotal).toBe(2);
    expect(again.proposalId).toBeNull();
  });

  it('keeps only the window: strikes older than windowDays drop out and count nothing', () => {
    const { r } = counted(AUTHOR, [1, 2]);
    const late = countStrike(r, strike(3, 200), at(200), KNOBS);
    expect(late.next.strikes.map((s) => s.noticeId)).toEqual(['N3']);
    expect(late.proposalId).toBeNull();
    expect(late.next.strikeTotal).toBe(3);
  });

  it('uses the notifiers’ threshold for notifiers', () => {
    expect(counted(NOTIFIER, [1, 2, 3, 4]).r.openProposalId).toBeUndefined();
    expect(counted(NOTIFIER, [1, 2, 3, 4, 5]).r.openProposalId).toEqual(expect.any(String));
  });

  it('keeps at most MAX_STRIKES strikes, the latest', () => {
    const many = Array.from({ length: MAX_STRIKES + 5 }, (_, i) => strike(i, 1));
    const r = { ...abuseRecordOf(AUTHOR, null), strikes: many.slice(0, -1), openProposalId: 'P' };
    const next = countStrike(r, many.at(-1)!, at(2), KNOBS).next;
    expect(next.strikes).toHaveLength(MAX_STRIKES);
    expect(next.strikes.at(-1)?.noticeId).toBe(`N${MAX_STRIKES + 4}`);
  });

  it('takes a strike back when its decision is reversed, and reports a strike it never counted', () => {
    const { r } = counted(AUTHOR, [1, 2]);
    const back = withdrawStrike(r, 'N1', at(3), 180)!;
    expect(back.strikes.map((s) => s.noticeId)).toEqual(['N2']);
    expect(back).toMatchObject({ strikeTotal: 1, version: r.version + 1 });
    expect(withdrawStrike(r, 'N9', at(3), 180)).toBeNull();
  });
});

describe('deciding a proposal', () => {
  const opened = () => {
    const { r } = counted(AUTHOR, [1, 2, 3]);
    return { r, p: proposalOf(AUTHOR, r, 3) };
  };

  it('refuses to suspend before a warning, and offers warn and dismiss only', () => {
    const { r, p } = opened();
    expect(actionsFor(r, at(4), 180)).toEqual(['warn', 'dismiss']);
    expect(() => decideProposal(p, r, { action: 'suspend', days: 7 }, WHO, at(4), POLICY)).toThrow(
      WarningRequiredError,
    );
  });

  it('warns: a statement of reasons, the strikes weighed, the proposal closed on the record', () => {
    const { r, p } = opened();
    const d = decideProposal(p, r, { action: 'warn', note: 'First time.' }, WHO, at(4), POLICY);
    expect(d.statement).toMatchObject({
      restriction: 'warning',
      until: null,
      automated: { detection: true, decision: false },
      ground: { kind: 'repeat_abuse', law: expect.stringContaining('Art. 23(1)'), clause: POLICY.clause },
      counted: [strike(1), strike(2), strike(3)],
    });
    expect(d.statement!.facts).toMatch(/3 of your comments were removed as illegal content/);
    expect(d.statement!.facts).toMatch(/between 3 March 2026 and 5 March 2026/);
    expect(d.statement!.redress.appealUntil).toBe('2026-09-06T10:00:00.000Z');
    expect(d.next.openProposalId).toBeUndefined();
    expect(d.next.warning).toEqual(d.statement);
    expect(d.next.weighedUntil).toBe(at(4).toISOString());
    expect(d.decision).toMatchObject({ action: 'warn', note: 'First time.', statementId: d.statement!.id });
    expect(d.event).toMatchObject({ action: 'suspension_warned', strikes: 3, proposalId: p.id });
    // The strikes weighed open nothing again: the next proposal needs the threshold anew.
    expect(countStrike(d.next, strike(5), at(5), KNOBS).proposalId).toBeNull();
    expect(unweighed(d.next, at(5), 180)).toEqual([]);
  });

  it('suspends after a warning given within the window, until the day asked', () => {
    const { r, p } = opened();
    const warned = decideProposal(p, r, { action: 'warn' }, WHO, at(4), POLICY).next;
    const again = counted(AUTHOR, [5, 6, 7], warned).r;
    const p2 = proposalOf(AUTHOR, again, 7);
    expect(actionsFor(again, at(8), 180)).toEqual(['warn', 'suspend', 'dismiss']);
    const d = decideProposal(p2, again, { action: 'suspend', days: 14 }, WHO, at(8), POLICY);
    expect(d.decision.until).toBe(at(22).toISOString());
    expect(d.statement).toMatchObject({ restriction: 'posting_suspended', until: at(22).toISOString() });
    expect(d.statement!.facts).toMatch(/until 24 March 2026, after a warning on 6 March 2026/);
    expect(d.event).toMatchObject({ action: 'suspension_suspended', until: at(22).toISOString() });
    expect(activeSuspension(d.next, at(21))?.id).toBe(d.statement!.id);
    expect(activeSuspension(d.next, at(22))).toBeNull();
    expect(accountViewOf(d.next)).toEqual({ warning: warned.warning, suspension: d.statement });
  });

  it('needs the warning within the window: one older is no prior warning', () => {
    const { r, p } = opened();
    const warned = decideProposal(p, r, { action: 'warn' }, WHO, at(4), POLICY).next;
    expect(() => decideProposal(p, warned, { action: 'suspend', days: 1 }, WHO, at(185), POLICY)).toThrow(
      WarningRequiredError,
    );
  });

  it('dismisses without a statement, weighing the strikes all the same', () => {
    const { r, p } = opened();
    const d = decideProposal(p, r, { action: 'dismiss' }, WHO, at(4), POLICY);
    expect(d.statement).toBeNull();
    expect(d.next).toMatchObject({ weighedUntil: at(4).toISOString() });
    expect(d.next.warning).toBeUndefined();
    expect(d.event.action).toBe('suspension_dismissed');
    expect(accountViewOf(d.next)).toBeUndefined();
  });

  it('words a notifier’s suspension as notices not processed, under Art. 23(2)', () => {
    const s = accountStatement({
      kind: 'notifier',
      now: at(10),
      until: at(40),
      counted: [strike(1)],
      warnedAt: at(5).toISOString(),
      clause: POLICY.clause,
    });
    expect(s.restriction).toBe('notices_suspended');
    expect(s.ground.law).toMatch(/Art\. 23\(2\)/);
    expect(s.facts).toMatch(/1 of your notices was found manifestly unfounded on 3 March 2026/);
    expect(s.facts).toMatch(/having your notices processed until 11 April 2026/);
  });
});

describe('the inputs', () => {
  it('a decision: days required to suspend, only there, 1–365', () => {
    const ok = (v: unknown) => suspensionDecisionInput.safeParse(v).success;
    expect(ok({ action: 'warn' })).toBe(true);
    expect(ok({ action: 'suspend', days: 1 })).toBe(true);
    expect(ok({ action: 'suspend', days: 365, note: 'Repeated.' })).toBe(true);
    for (const bad of [
      { action: 'suspend' },
      { action: 'suspend', days: 0 },
      { action: 'suspend', days: 366 },
      { action: 'suspend', days: 1.5 },
      { action: 'warn', days: 3 },
      { action: 'dismiss', days: 3 },
      { action: 'ban' },
      { action: 'warn', extra: true },
    ])
      expect(ok(bad), JSON.stringify(bad)).toBe(false);
  });

  it('a notice decision: manifestlyUnfounded only with keep, false by default', () => {
    const parse = (v: unknown) => noticeDecisionInput.safeParse(v);
    expect(parse({ action: 'keep', ground: 'Lawful.' }).data?.manifestlyUnfounded).toBe(false);
    expect(parse({ action: 'keep', ground: 'Lawful.', manifestlyUnfounded: true }).success).toBe(true);
    expect(parse({ action: 'remove', ground: 'Illegal.', manifestlyUnfounded: true }).success).toBe(false);
  });
});

describe('the transparency report', () => {
  it('counts suspensions and warnings by kind from their events; a dismissal counts nothing', () => {
    expect(suspensionCounters({ action: 'suspension_suspended', kind: 'author' })).toEqual([
      'suspension.illegal_content',
    ]);
    expect(suspensionCounters({ action: 'suspension_warned', kind: 'notifier' })).toEqual([
      'warning.unfounded_notices',
    ]);
    expect(suspensionCounters({ action: 'suspension_dismissed', kind: 'author' })).toEqual([]);
    expect(suspensionCounters({ action: 'suspension_proposed', kind: 'author' })).toEqual([]);
    const r = summarizeTransparency(
      [
        { 'suspension.illegal_content': 2, 'warning.illegal_content': 3 },
        { 'suspension.unfounded_notices': 1, 'suspension.nonsense': 9 },
      ],
      '2026-01-01',
      '2026-12-31',
    );
    expect(r.suspensions).toEqual({
      total: 3,
      byKind: { illegal_content: 2, unfounded_notices: 1 },
      warnings: { total: 3, byKind: { illegal_content: 3, unfounded_notices: 0 } },
    });
    const rows = transparencyRows(r).map((row) => row.join(','));
    expect(rows).toEqual(
      expect.arrayContaining([
        'suspensions,total,3',
        'suspensions,kind=unfounded_notices,1',
        'warnings,kind=illegal_content,3',
      ]),
    );
  });
});
