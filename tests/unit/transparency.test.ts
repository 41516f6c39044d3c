/**
 * The transparency report's counting (shared/domain/transparency.ts): what one audit event adds to its
 * day, how days sum back into the report (in any grouping), its CSV form, and a statement's rendering in
 * the DSA Transparency Database's fields (shared/domain/dsa-statement.ts) without anything personal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../shared/moderation/types';
import { applyTransition, type Actor } from '../../shared/domain/lifecycle';
import { dsaStatementSchema, statementEntryOf, toDsaStatement } from '../../shared/domain/dsa-statement';
import { NOTICE_CATEGORIES } from '../../shared/domain/notice-categories';
import { REJECT_REASONS } from '../../shared/domain/reasons';
import {
  AUTOMATION,
  RESTRICTIONS,
  banCounters,
  dayOf,
  moveCounters,
  noticeReceivedCounters,
  summarizeTransparency,
  transparencyCounters,
  transparencyReportSchema,
  type CountedEvent,
} from '../../shared/domain/transparency';
import { transparencyCsv, transparencyRows } from '../../shared/domain/transparency-csv';
import { commentRecord } from '../support/memory/fixtures';

const SYSTEM: Actor = { type: 'system', id: 'auto-moderator' };
const MOD: Actor = { type: 'moderator', id: 'mod-1', name: 'Maria Moderator' };
const now = new Date('2026-12-03T10:00:00.000Z');

const decision = (outcome: 'pending' | 'rejected', reason: string): DecisionRecord => ({
  outcome,
  decidedBy: 'spam',
  reason,
  checks: [{ check: 'spam', outcome: outcome === 'pending' ? 'hold' : 'reject', reason, evidence: [] }],
  tags: [],
  decidedAt: now.toISOString(),
  policyVersion: 1,
});

const event = (over: Partial<CountedEvent>): CountedEvent => ({
  at: now.toISOString(),
  action: 'reject',
  from: 'pending',
  to: 'rejected',
  ...over,
});

describe('transparencyCounters: one audit event', () => {
  it('counts the automatic checks’ rejection as automated detection and decision', () => {
    const c = commentRecord({ authorName: 'Rita Reader', body: 'Buy cheap pills now' });
    const t = applyTransition(c, {
      to: 'rejected',
      now,
      actor: SYSTEM,
      action: 'auto_decision',
      reason: 'spam',
      decision: decision('rejected', 'spam'),
    });
    expect(moveCounters(t.audit, t.next, {})).toEqual(['action.not_published.spam.automated']);
  });

  it('counts a human decision on a comment the checks held for its content as automated detection', () => {
    const held = { ...commentRecord(), status: 'pending' as const, decision: decision('pending', 'spam') };
    const t = applyTransition(held, {
      to: 'rejected',
      now,
      actor: MOD,
      action: 'reject',
      reason: 'spam',
      humanDecision: { action: 'reject', by: { id: 'mod-1' }, at: now.toISOString(), reason: 'spam' },
    });
    expect(moveCounters(t.audit, t.next, {})).toEqual(['action.not_published.spam.automated_detection']);
  });

  it('counts a removal on a notice as a human removal and the notice decided, with its time to decision', () => {
    const published = { ...commentRecord(), status: 'approved' as const };
    const notice = {
      id: 'n-1',
      category: 'defamation' as const,
      ground: 'Defamation, civil code',
      receivedAt: new Date(now.getTime() - 3600_000).toISOString(),
    };
    const t = applyTransition(published, {
      to: 'rejected',
      now,
      actor: MOD,
      action: 'reject',
      reason: 'illegal',
      notice,
    });
    expect(t.next.statement?.notice).toEqual({ id: 'n-1', category: 'defamation', ground: notice.ground });
    const names = moveCounters(t.audit, t.next, { notice });
    expect(names.slice(0, 2)).toEqual(['action.removed.illegal.human', 'notice.decided.defamation.remove']);
    expect(names[2]).toMatch(/^notice\.ttd\.\d+$/);
  });

  it('counts a notice kept, or one whose comment was already gone, as decided without an action', () => {
    const notice = { category: 'scams_fraud' as const, receivedAt: now.toISOString() };
    const keep = event({ action: 'notice_keep', from: 'approved', to: 'approved', noticeId: 'n' });
    expect(transparencyCounters(keep, { notice })).toEqual([
      'notice.decided.scams_fraud.keep',
      'notice.ttd.0',
    ]);
    const gone = event({ action: 'notice_remove', from: 'deleted', to: 'deleted', noticeId: 'n' });
    expect(transparencyCounters(gone, { notice })).toEqual([
      'notice.decided.scams_fraud.remove',
      'notice.ttd.0',
    ]);
  });

  it('counts nothing for moves that restrict nothing', () => {
    const c = commentRecord();
    for (const to of ['approved', 'pending'] as const) {
      const t = applyTransition(c, { to, now, actor: SYSTEM, action: 'auto_decision', reason: null });
      expect(moveCounters(t.audit, t.next, {})).toEqual([]);
    }
  });

  it('counts appeal events, and an appeal naming a notice is no notice decision', () => {
    const notice = { category: 'defamation' as const, receivedAt: now.toISOString() };
    expect(
      transparencyCounters(
        event({
          action: 'appeal_received',
          appellant: 'notifier',
          from: 'approved',
          to: 'approved',
          noticeId: 'n',
        }),
        { notice },
      ),
    ).toEqual(['appeal.received.notifier']);
    expect(
      transparencyCounters(
        event({ action: 'appeal_decided', outcome: 'reverse', from: 'rejected', to: 'rejected' }),
      ),
    ).toEqual(['appeal.decided.reverse']);
  });
});

/** Any day's counter names, as the counting functions make them. */
const counterName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NOTICE_CATEGORIES).map((c) => noticeReceivedCounters({ category: c })[0]!),
  fc.constant('notice.trusted'),
  fc
    .tuple(fc.constantFrom(...NOTICE_CATEGORIES), fc.constantFrom('remove', 'keep'))
    .map(([c, o]) => `notice.decided.${c}.${o}`),
  fc.integer({ min: 0, max: 80 }).map((b) => `notice.ttd.${b}`),
  fc
    .tuple(
      fc.constantFrom(...RESTRICTIONS),
      fc.constantFrom(...REJECT_REASONS),
      fc.constantFrom(...AUTOMATION),
    )
    .map(([r, reason, a]) => `action.${r}.${reason}.${a}`),
  fc.constant(banCounters()[0]!),
  fc.constantFrom('appeal.received.author', 'appeal.received.notifier'),
  fc.constantFrom('appeal.decided.uphold', 'appeal.decided.reverse'),
);

/** Counter items: what storage adds up from a list of events' counters, grouped as it likes. */
const itemsOf = (groups: string[][]): Record<string, number>[] =>
  groups.map((names) => {
    const item: Record<string, number> = {};
    for (const n of names) item[n] = (item[n] ?? 0) + 1;
    return item;
  });

/** An audit event of any kind counting knows, with what its write knew, on one of four days. */
const countedEvent = fc
  .record({
    day: fc.integer({ min: 0, max: 3 }),
    kind: fc.constantFrom('auto', 'human', 'keep', 'remove', 'approve', 'appealed', 'appeal_decided'),
    restriction: fc.constantFrom(...RESTRICTIONS),
    reason: fc.constantFrom(...REJECT_REASONS),
    detection: fc.boolean(),
    category: fc.constantFrom(...NOTICE_CATEGORIES),
    waitSeconds: fc.integer({ min: 0, max: 10_000_000 }),
    shard: fc.integer({ min: 0, max: 9 }),
  })
  .map((g) => {
    const at = new Date(Date.parse('2026-12-01T12:00:00.000Z') + g.day * 86_400_000);
    const rejects = g.kind === 'auto' || g.kind === 'human';
    const statement = {
      restriction: g.restriction,
      automated: { detection: g.kind === 'auto' || g.detection, decision: g.kind === 'auto' },
      ground: { kind: 'terms' as const, reason: g.reason, clause: 'Clause.' },
    };
    const notice = {
      category: g.category,
      receivedAt: new Date(at.getTime() - g.waitSeconds * 1000).toISOString(),
    };
    const e: CountedEvent = {
      at: at.toISOString(),
      action:
        { keep: 'notice_keep', remove: 'notice_remove', appealed: 'appeal_received' }[g.kind as 'keep'] ??
        g.kind,
      from: rejects ? 'pending' : 'approved',
      to: rejects ? 'rejected' : 'approved',
      ...(g.kind === 'keep' || g.kind === 'remove' ? { noticeId: 'n' } : {}),
      ...(g.kind === 'appealed' ? { appellant: 'author' as const } : {}),
      ...(g.kind === 'appeal_decided' ? { outcome: 'reverse' as const } : {}),
    };
    return { g, e, ctx: { ...(rejects ? { statement } : {}), notice } };
  });

describe('summarizeTransparency: days back into the report', () => {
  it('sums the days’ shards of any events to the report of all their counters together', () => {
    fc.assert(
      fc.property(fc.array(countedEvent, { maxLength: 40 }), (events) => {
        const shards = new Map<string, string[]>();
        for (const { g, e, ctx } of events) {
          const key = `${dayOf(e.at)}#${g.shard}`;
          shards.set(key, [...(shards.get(key) ?? []), ...transparencyCounters(e, ctx)]);
        }
        const all = events.flatMap(({ e, ctx }) => transparencyCounters(e, ctx));
        const r = summarizeTransparency(itemsOf([...shards.values()]), '2026-12-01', '2026-12-04');
        expect(r).toEqual(summarizeTransparency(itemsOf([all]), '2026-12-01', '2026-12-04'));
        const kinds = (...k: string[]) => events.filter(({ g }) => k.includes(g.kind)).length;
        expect(r.actions.total).toBe(kinds('auto', 'human'));
        expect(r.actions.byAutomation.automated).toBe(kinds('auto'));
        expect(r.notices.decided.total).toBe(kinds('keep', 'remove'));
        expect(r.notices.timeToDecision.samples).toBe(kinds('keep', 'remove'));
        expect(r.appeals.received.total).toBe(kinds('appealed'));
        expect(r.appeals.decided.total).toBe(kinds('appeal_decided'));
      }),
    );
  });

  it('gives the same report however the events are split into days and shards', () => {
    fc.assert(
      fc.property(fc.array(fc.array(counterName, { maxLength: 12 }), { maxLength: 8 }), (groups) => {
        const split = summarizeTransparency(itemsOf(groups), '2026-01-01', '2026-12-31');
        const merged = summarizeTransparency(itemsOf([groups.flat()]), '2026-01-01', '2026-12-31');
        expect(split).toEqual(merged);
        expect(transparencyReportSchema.safeParse(split).success).toBe(true);
      }),
    );
  });

  it('keeps every total equal to the sum of its breakdowns', () => {
    fc.assert(
      fc.property(fc.array(counterName, { maxLength: 40 }), (names) => {
        const r = summarizeTransparency(itemsOf([names]), '2026-01-01', '2026-01-31');
        const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
        expect(sum(r.notices.received.byCategory)).toBe(r.notices.received.total);
        expect(sum(r.notices.decided.byOutcome)).toBe(r.notices.decided.total);
        expect(
          Object.values(r.notices.decided.byCategory)
            .map(sum)
            .reduce((a, b) => a + b, 0),
        ).toBe(r.notices.decided.total);
        for (const by of [r.actions.byReason, r.actions.byRestriction, r.actions.byAutomation])
          expect(sum(by)).toBe(r.actions.total);
        expect(r.actions.cells.reduce((a, c) => a + c.count, 0)).toBe(r.actions.total);
        expect(r.notices.timeToDecision.samples).toBe(
          names.filter((n) => n.startsWith('notice.ttd.')).length,
        );
        // Trusted notices are also counted by category: never more than all notices received.
        expect(r.notices.fromTrustedFlaggers).toBe(names.filter((n) => n === 'notice.trusted').length);
      }),
    );
  });

  it('reports the median time to decision as its bucket’s upper bound, null with no decisions', () => {
    const hour = transparencyCounters(event({ action: 'notice_keep', noticeId: 'n' }), {
      notice: { category: 'defamation', receivedAt: new Date(now.getTime() - 3600_000).toISOString() },
    });
    const r = summarizeTransparency(itemsOf([hour]), '2026-12-03', '2026-12-03');
    expect(r.notices.timeToDecision.samples).toBe(1);
    expect(r.notices.timeToDecision.medianSeconds).toBeGreaterThanOrEqual(3600);
    expect(r.notices.timeToDecision.medianSeconds).toBeLessThanOrEqual(3600 * 1.19);
    expect(
      summarizeTransparency([], '2026-12-03', '2026-12-03').notices.timeToDecision.medianSeconds,
    ).toBeNull();
  });

  it('counts in the UTC day of the event', () => {
    expect(dayOf('2026-12-03T23:59:59.999Z')).toBe('2026-12-03');
    expect(dayOf('2026-12-04T00:00:00.000Z')).toBe('2026-12-04');
  });
});

describe('transparencyCsv', () => {
  it('has a header row and the JSON report’s numbers, one row per metric and dimension', () => {
    fc.assert(
      fc.property(fc.array(counterName, { maxLength: 30 }), (names) => {
        const r = summarizeTransparency(itemsOf([names]), '2026-01-01', '2026-01-31');
        const lines = transparencyCsv(r).trimEnd().split('\r\n');
        expect(lines[0]).toBe('metric,dimension,value');
        expect(lines.slice(1)).toEqual(transparencyRows(r).map((row) => row.map((v) => v ?? '').join(',')));
        const value = (metric: string, dimension: string) =>
          lines.find((l) => l.startsWith(`${metric},${dimension},`))?.split(',')[2];
        expect(value('notices_received', 'total')).toBe(String(r.notices.received.total));
        expect(value('actions', 'automation=automated')).toBe(String(r.actions.byAutomation.automated));
        expect(value('notices_decided', 'category=defamation;outcome=keep')).toBe(
          String(r.notices.decided.byCategory.defamation.keep),
        );
      }),
    );
  });
});

describe('toDsaStatement', () => {
  const personal = ['Rita Reader', 'rita@example.org', 'a_rita', 'net-rita', 'Buy cheap pills', 'Maria'];
  const comment = () =>
    commentRecord({
      authorName: 'Rita Reader',
      authorId: 'a_rita',
      networkHash: 'net-rita',
      body: 'Buy cheap pills at rita@example.org',
    });

  it('renders an automatic rejection on the site’s terms, own initiative, fully automated', () => {
    const t = applyTransition(comment(), {
      to: 'rejected',
      now,
      actor: SYSTEM,
      action: 'auto_decision',
      reason: 'spam',
      decision: decision('rejected', 'spam'),
    });
    const entry = statementEntryOf(t.next, { decision: decision('rejected', 'spam') })!;
    const out = dsaStatementSchema.parse(toDsaStatement(entry));
    expect(out).toMatchObject({
      puid: `${t.next.id}-${t.next.version}`,
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      incompatible_content_illegal: 'No',
      category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      content_type: ['CONTENT_TYPE_TEXT'],
      content_date: t.next.createdAt.slice(0, 10),
      application_date: '2026-12-03',
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: 'Yes',
      automated_decision: 'AUTOMATED_DECISION_FULLY',
    });
    expect(out.decision_account).toBeUndefined();
    for (const p of personal) expect(JSON.stringify(out)).not.toContain(p);
  });

  it('renders a removal on a notice as illegal content under Art. 16, decided by a person', () => {
    const published = { ...comment(), status: 'approved' as const };
    const notice = { id: 'n-1', category: 'threats_violence' as const, ground: 'Threats, criminal code' };
    const t = applyTransition(published, {
      to: 'rejected',
      now,
      actor: MOD,
      action: 'reject',
      reason: 'illegal',
      notice,
    });
    const out = toDsaStatement(statementEntryOf(t.next, {})!);
    expect(out).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: 'Threats, criminal code',
      category: 'STATEMENT_CATEGORY_VIOLENCE',
      source_type: 'SOURCE_ARTICLE_16',
      automated_detection: 'No',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    expect(out.incompatible_content_ground).toBeUndefined();
    for (const p of personal) expect(JSON.stringify(out)).not.toContain(p);
  });

  it('names the account suspension of a rejection that follows a ban', () => {
    const t = applyTransition(comment(), {
      to: 'rejected',
      now,
      actor: MOD,
      action: 'reject',
      reason: 'abuse',
      authorBanned: true,
    });
    expect(toDsaStatement(statementEntryOf(t.next, { authorBanned: true })!).decision_account).toBe(
      'DECISION_ACCOUNT_SUSPENDED',
    );
  });

  it('keeps no entry for a move that issued no statement', () => {
    const t = applyTransition(comment(), {
      to: 'approved',
      now,
      actor: SYSTEM,
      action: 'auto_decision',
      reason: null,
    });
    expect(statementEntryOf(t.next, {})).toBeNull();
  });
});
