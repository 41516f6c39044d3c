/**
 * The labelled sample set (tests/fixtures/moderation/samples.json): comments on foreign-affairs pages
 * written for this project, each with the outcome a newsroom moderator would want. The default pipeline
 * (lexicon provider, default policy, no recent activity) runs over all of them; the test prints the
 * confusion matrix and precision/recall, and holds the floors stated in docs/moderation.md.
 *
 * The lexicon was written alongside this set, so these figures are optimistic for unseen text.
 */
import { describe, expect, it } from 'vitest';
import * as z from '../../shared/zod';
import samplesJson from '../fixtures/moderation/samples.json';
import { runPipeline } from '../../shared/moderation/pipeline';
import { makeContext } from './support';

const OUTCOMES = ['approved', 'pending', 'rejected'] as const;
type Outcome = (typeof OUTCOMES)[number];

const sampleSchema = z.array(
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z]+-\d{3}$/)),
    kind: z.enum([
      'civil',
      'disagreement',
      'innocent',
      'insult',
      'threat',
      'hate',
      'extremism',
      'obfuscated',
      'profanity',
      'sexual',
      'spam',
      'propaganda',
    ]),
    expected: z.enum(OUTCOMES),
    text: z.string().check(z.minLength(1), z.maxLength(5000)),
  }),
);
const samples = sampleSchema.parse(samplesJson);

/**
 * Floors, as stated in docs/moderation.md. This set's labels predate the blind evaluation set
 * (tests/fixtures/moderation/eval) and its labelling guide, which holds milder insults aimed at a
 * commenter and mild profanity (`damn`, `crap`, `bloody hell`) instead of rejecting the one and
 * publishing the other; the local detectors follow that guide. So here an aimed `idiot` labelled
 * `rejected` lands in `pending`: reject recall and hold precision are lower by design, and these floors
 * are the figures measured after the change — a regression guard, not a target. The same guide rejects
 * commercial spam that this set labelled `pending` (a pitch with a contact: spam-003, spam-005 to spam-009
 * and spam-022 now say `rejected`); moving those seven out of the hold row lowered the hold floors.
 * Stop 12: eleven more sales pitches (spam-001, 002, 010, 011, 013, 015, 016, 018, 019, 020, 023) say
 * `rejected` for the same reason, and the classifier rejects four borderline comments this set holds
 * (hate-027 to hate-030: deportation of "them", replacement asserted), which lowered hold precision. The
 * set is also one of the classifier's training batches (`npm run train:moderation`), so these figures
 * partly measure what it was trained on; the evaluation set's held-out half is the honest measure.
 * Eighth round: the reject threshold cross-validation chose over 34 batches (0.60) also rejects comments
 * this set holds (sexual-001, a harassing remark; sexual-005 and spam-024, pitches it labels `pending`),
 * so reject precision fell from 0.95 to 0.944.
 */
const FLOORS = {
  rejectPrecision: 0.94,
  rejectRecall: 0.8,
  holdPrecision: 0.53,
  holdRecall: 0.82,
  civilApproved: 0.98,
  abuseCaught: 0.95,
};

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('labelled sample set', () => {
  it('has at least 300 distinct comments covering every kind', () => {
    expect(samples.length).toBeGreaterThanOrEqual(300);
    expect(new Set(samples.map((s) => s.text)).size).toBe(samples.length);
    expect(new Set(samples.map((s) => s.id)).size).toBe(samples.length);
  });

  it('meets its precision and recall floors with the default pipeline', async () => {
    const matrix: Record<Outcome, Record<Outcome, number>> = {
      approved: { approved: 0, pending: 0, rejected: 0 },
      pending: { approved: 0, pending: 0, rejected: 0 },
      rejected: { approved: 0, pending: 0, rejected: 0 },
    };
    const misses: string[] = [];
    const byKind = new Map<string, { n: number; right: number }>();
    const got = new Map<string, Outcome>();
    for (const s of samples) {
      const d = await runPipeline(makeContext(s.text));
      got.set(s.id, d.outcome);
      matrix[s.expected][d.outcome]++;
      const k = byKind.get(s.kind) ?? { n: 0, right: 0 };
      k.n++;
      if (d.outcome === s.expected) k.right++;
      else
        misses.push(
          `${s.id}: expected ${s.expected}, got ${d.outcome} (${d.decidedBy ?? '-'}/${d.reason ?? '-'})`,
        );
      byKind.set(s.kind, k);
    }
    const predicted = (o: Outcome) => OUTCOMES.reduce((n, e) => n + matrix[e][o], 0);
    const actual = (o: Outcome) => OUTCOMES.reduce((n, p) => n + matrix[o][p], 0);
    const civil = samples.filter((s) => ['civil', 'disagreement', 'innocent'].includes(s.kind));
    const civilOk = civil.filter((s) => got.get(s.id) === 'approved').length;
    const abusive = samples.filter((s) => s.expected !== 'approved');
    const caught = abusive.filter((s) => got.get(s.id) !== 'approved').length;

    const m = {
      rejectPrecision: ratio(matrix.rejected.rejected, predicted('rejected')),
      rejectRecall: ratio(matrix.rejected.rejected, actual('rejected')),
      holdPrecision: ratio(matrix.pending.pending, predicted('pending')),
      holdRecall: ratio(matrix.pending.pending, actual('pending')),
      civilApproved: ratio(civilOk, civil.length),
      abuseCaught: ratio(caught, abusive.length),
    };

    const lines = [
      `samples: ${samples.length}`,
      'confusion (rows expected, columns got):',
      `            approved  pending  rejected`,
      ...OUTCOMES.map(
        (e) => `  ${e.padEnd(9)} ${OUTCOMES.map((p) => String(matrix[e][p]).padStart(8)).join(' ')}`,
      ),
      `reject precision ${pct(m.rejectPrecision)}  recall ${pct(m.rejectRecall)}`,
      `hold   precision ${pct(m.holdPrecision)}  recall ${pct(m.holdRecall)}`,
      `civil comments approved ${pct(m.civilApproved)} (${civilOk}/${civil.length})`,
      `abusive, spam or suspect comments not approved ${pct(m.abuseCaught)} (${caught}/${abusive.length})`,
      'per kind (right/total): ' + [...byKind].map(([k, v]) => `${k} ${v.right}/${v.n}`).join(', '),
      'misses:',
      ...misses.map((x) => `  ${x}`),
    ];
    console.log(lines.join('\n'));

    for (const [name, floor] of Object.entries(FLOORS)) {
      expect.soft(m[name as keyof typeof m], name).toBeGreaterThanOrEqual(floor);
    }
  });
});
