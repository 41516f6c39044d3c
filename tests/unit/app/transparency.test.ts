/** The transparency use cases against in-memory storage: the report of a period, the export's pages. */
import { describe, expect, it } from 'vitest';
import { banAuthor } from '../../../shared/app/bans';
import { decide } from '../../../shared/app/moderation';
import { decideNotice, submitNotice } from '../../../shared/app/notices';
import { statementsExport, transparencyReport } from '../../../shared/app/transparency';
import { dayOf } from '../../../shared/domain/transparency';
import { ValidationError } from '../../../shared/errors';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, post, published } from '../../support/memory/fixtures';

async function mix() {
  const m = memoryDeps();
  const held = await post(m.deps, 'art');
  await decide(m.deps, MODERATOR, held.comment.id, { action: 'reject', reason: 'spam' });
  const { comment } = await published(m.deps, 'art');
  const { notice } = await submitNotice(m.deps, {
    commentId: comment.id,
    input: {
      category: 'privacy_violation',
      explanation: 'It gives out the home address of a neighbour.',
      goodFaith: true,
    },
    sourceIp: '192.0.2.1',
  });
  m.clock.advance(60_000);
  await decideNotice(m.deps, MODERATOR, notice.id, { action: 'remove', ground: 'Privacy law' });
  const other = await published(m.deps, 'art');
  const authorId = m.repo.comments.get(other.comment.id)!.authorId;
  await banAuthor(m.deps, MODERATOR, authorId, { reason: 'Abuse', rejectPending: true, networkHours: 0 });
  return m;
}

describe('transparencyReport', () => {
  it('sums the period’s counters: rejections, a removal on a notice, a ban', async () => {
    const m = await mix();
    const day = dayOf(m.clock.now());
    const r = await transparencyReport(m.deps, { from: day, to: day });
    expect(r.actions).toMatchObject({
      total: 3,
      byRestriction: { not_published: 1, removed: 2 },
      byAutomation: { human: 3, automated: 0, automated_detection: 0 },
    });
    expect(r.notices.received.byCategory.privacy_violation).toBe(1);
    expect(r.notices.decided.byCategory.privacy_violation).toEqual({ remove: 1, keep: 0 });
    expect(r.notices.timeToDecision).toEqual({ samples: 1, medianSeconds: 64 });
    expect(r.bans.total).toBe(1);
    const before = await transparencyReport(m.deps, { from: '2026-01-01', to: '2026-03-01' });
    expect(before.actions.total).toBe(0);
  });
});

describe('statementsExport', () => {
  it('pages the period’s statements with a cursor good for that period only', async () => {
    const m = await mix();
    const day = dayOf(m.clock.now());
    const q = { from: day, to: day, limit: 2 };
    const first = await statementsExport(m.deps, q);
    expect(first.statements).toHaveLength(2);
    const rest = await statementsExport(m.deps, { ...q, cursor: first.nextCursor! });
    expect(rest).toMatchObject({ nextCursor: null });
    expect(rest.statements).toHaveLength(1);
    const puids = [...first.statements, ...rest.statements].map((s) => s.puid);
    expect(new Set(puids).size).toBe(3);
    await expect(
      statementsExport(m.deps, { ...q, to: '2026-12-31', cursor: first.nextCursor! }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
