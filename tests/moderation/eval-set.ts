/**
 * The blind evaluation set (tests/fixtures/moderation/eval/): loading, validation and scoring with the
 * default local pipeline. Shared by `npm run eval:moderation` (scripts/eval-moderation.ts) and
 * tests/moderation/eval-set.test.ts.
 *
 * Discipline (docs/moderation.md, "Evaluation"): detectors are designed and tuned on `dev` only; the
 * held-out half is scored, never read, and never the reason a detector changes. Nothing here returns or
 * prints a held-out text: held-out results carry ids, categories and the deciding check only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from '../../shared/zod';
import { defaultChecks } from '../../shared/moderation/checks';
import { runPipeline } from '../../shared/moderation/pipeline';
import { defaultPolicy } from '../../shared/moderation/policy';
import type { CheckContext, DecisionRecord, ModerationCheck } from '../../shared/moderation/types';

import { HELD_OUT, TUNING } from './eval-halves';

export const HALVES = [...TUNING, ...HELD_OUT] as const;
/** The halves whose texts may be read and tuned on. */
export const TUNING_HALVES: readonly Half[] = TUNING;
export type Half = (typeof HALVES)[number];
/** Whether a half is held out: its texts and the evidence behind its outcomes are never shown. */
export const isHeldOut = (half: Half): boolean => (HELD_OUT as readonly string[]).includes(half);

export const LABELS = ['approve', 'hold', 'reject'] as const;
export type Label = (typeof LABELS)[number];
export const OUTCOMES = ['approved', 'pending', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The categories of LABELLING.md and the label each one carries. */
export const CATEGORY_LABELS = {
  civil: 'approve',
  civil_heated: 'approve',
  civil_analysis: 'approve',
  civil_quote: 'approve',
  civil_link: 'approve',
  scunthorpe: 'approve',
  spam_commercial: 'reject',
  link_shortener: 'hold',
  link_lookalike: 'reject',
  personal_data: 'hold',
  threat: 'reject',
  violence_ambiguous: 'hold',
  extremism: 'reject',
  hate: 'reject',
  insult_severe: 'reject',
  insult_mild: 'hold',
  shouting: 'hold',
  flood: 'hold',
  semantic: 'hold',
} as const satisfies Record<string, Label>;
export type Category = keyof typeof CATEGORY_LABELS;
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

/** Categories whose comments should be published: the civil false-positive rate is measured on them. */
export const isCivil = (c: Category): boolean => c.startsWith('civil') || c === 'scunthorpe';

const evalItemShape = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9]*-[a-z_]+-\d{3}$/)),
  text: z.string().check(z.minLength(1), z.maxLength(5000)),
  label: z.enum(LABELS),
  category: z.enum(CATEGORIES as [Category, ...Category[]]),
  lang: z.string().check(z.regex(/^(?:[a-z]{2}(?:-[a-z]{4})?|zxx)$/)),
  note: z.optional(z.string()),
});
type EvalItemShape = z.infer<typeof evalItemShape>;
export const evalItemSchema = evalItemShape.check(
  z.refine((item: EvalItemShape) => CATEGORY_LABELS[item.category] === item.label, {
    message: 'label does not match the category (LABELLING.md)',
  }),
  z.refine((item: EvalItemShape) => item.id.includes(`-${item.category}-`), {
    message: 'id does not name the category',
  }),
);
export type EvalItem = z.infer<typeof evalItemSchema>;

const DIR = fileURLToPath(new URL('../fixtures/moderation/eval/', import.meta.url));

/** Parses one half; throws with the line number on a malformed line. */
export function loadHalf(half: Half): EvalItem[] {
  const lines = readFileSync(`${DIR}${half}.jsonl`, 'utf8').split('\n');
  const items: EvalItem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = evalItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${half}.jsonl line ${i + 1}: ${parsed.error.message}`);
    items.push(parsed.data);
  });
  return items;
}

/** The context the consumer builds for a comment (shared/app/moderate.ts), with a normal author. */
export function evalContext(item: EvalItem, policy = defaultPolicy()): CheckContext {
  const now = new Date('2026-03-02T12:00:00.000Z');
  return {
    comment: {
      id: item.id,
      articleId: 'eval-article',
      parentId: null,
      authorId: `author-${item.id}`,
      authorName: 'Reader',
      body: item.text,
      networkHash: `net-${item.id}`,
      createdAt: now.toISOString(),
    },
    policy,
    article: { mode: null, closed: false },
    author: { approved: 4, rejected: 0, banned: false },
    now,
    recent: { authorComments: [], authorCount10m: 0, networkCount10m: 0 },
  };
}

export interface ItemResult {
  id: string;
  category: Category;
  label: Label;
  lang: string;
  outcome: Outcome;
  decidedBy: string | null;
  reason: string | null;
  /** Dev only: the deciding check's evidence, for `--misses`. Never filled for the held-out half. */
  why?: string;
}

export interface Ratio {
  hit: number;
  of: number;
  value: number;
}

export interface HalfReport {
  half: Half;
  items: number;
  /** matrix[label][outcome] */
  matrix: Record<Label, Record<Outcome, number>>;
  reject: { precision: Ratio; recall: Ratio };
  hold: { precision: Ratio; recall: Ratio };
  flagged: { precision: Ratio; recall: Ratio };
  /** Civil and Scunthorpe comments held or rejected, over all of them. */
  civilFalsePositive: Ratio;
  /** Scunthorpe comments held or rejected. */
  scunthorpeFlagged: number;
  /** Per category: comments that got their label's outcome, and comments held or rejected. */
  byCategory: Record<string, { caught: number; flagged: number; total: number }>;
  results: ItemResult[];
}

const ratio = (hit: number, of: number): Ratio => ({ hit, of, value: of === 0 ? 1 : hit / of });
const EXPECTED: Record<Label, Outcome> = { approve: 'approved', hold: 'pending', reject: 'rejected' };

/** Runs every item of a half through the pipeline (the default checks unless given). */
export async function scoreHalf(
  half: Half,
  items: readonly EvalItem[],
  checks: readonly ModerationCheck[] = defaultChecks,
): Promise<HalfReport> {
  const policy = defaultPolicy();
  const results: ItemResult[] = [];
  for (const item of items) {
    const d: DecisionRecord = await runPipeline(evalContext(item, policy), checks);
    results.push({
      id: item.id,
      category: item.category,
      label: item.label,
      lang: item.lang,
      outcome: d.outcome,
      decidedBy: d.decidedBy,
      reason: d.reason,
      ...(isHeldOut(half) ? {} : { why: explain(d) }),
    });
  }
  return report(half, results);
}

/** The deciding check's evidence in one line (values and details, shortened). */
function explain(d: DecisionRecord): string {
  const decisive = d.checks.find((c) => c.check === d.decidedBy);
  const evidence = decisive?.evidence ?? d.checks.flatMap((c) => (c.check === 'toxicity' ? c.evidence : []));
  return evidence
    .filter((e) => e.kind !== 'provider')
    .slice(0, 6)
    .map(
      (e) =>
        `${e.kind}:${e.value}${e.score === undefined ? '' : `=${e.score}`}${e.detail ? ` ${e.detail}` : ''}`,
    )
    .join('; ')
    .slice(0, 400);
}

export function report(half: Half, results: readonly ItemResult[]): HalfReport {
  const matrix = Object.fromEntries(
    LABELS.map((l) => [l, { approved: 0, pending: 0, rejected: 0 }]),
  ) as Record<Label, Record<Outcome, number>>;
  const byCategory: HalfReport['byCategory'] = {};
  for (const c of CATEGORIES) byCategory[c] = { caught: 0, flagged: 0, total: 0 };
  for (const r of results) {
    matrix[r.label][r.outcome]++;
    const cat = byCategory[r.category]!;
    cat.total++;
    if (r.outcome === EXPECTED[r.label]) cat.caught++;
    if (r.outcome !== 'approved') cat.flagged++;
  }
  const col = (o: Outcome) => LABELS.reduce((n, l) => n + matrix[l][o], 0);
  const row = (l: Label) => OUTCOMES.reduce((n, o) => n + matrix[l][o], 0);
  const flaggedGot = col('pending') + col('rejected');
  const flaggedRight =
    matrix.hold.pending + matrix.hold.rejected + matrix.reject.pending + matrix.reject.rejected;
  const civil = results.filter((r) => isCivil(r.category));
  return {
    half,
    items: results.length,
    matrix,
    reject: {
      precision: ratio(matrix.reject.rejected, col('rejected')),
      recall: ratio(matrix.reject.rejected, row('reject')),
    },
    hold: {
      precision: ratio(matrix.hold.pending, col('pending')),
      recall: ratio(matrix.hold.pending, row('hold')),
    },
    flagged: {
      precision: ratio(flaggedRight, flaggedGot),
      recall: ratio(flaggedRight, row('hold') + row('reject')),
    },
    civilFalsePositive: ratio(civil.filter((r) => r.outcome !== 'approved').length, civil.length),
    scunthorpeFlagged: results.filter((r) => r.category === 'scunthorpe' && r.outcome !== 'approved').length,
    byCategory,
    results: [...results],
  };
}

const pct = (r: Ratio): string => `${(r.value * 100).toFixed(1).padStart(5)}% (${r.hit}/${r.of})`;

/** The printed summary of one half: matrix, figures, categories. No comment text. */
export function formatReport(r: HalfReport): string {
  const lines = [
    `== ${r.half}: ${r.items} comments, default local pipeline ==`,
    'confusion (rows: label, columns: outcome)',
    `           approved  pending  rejected`,
    ...LABELS.map(
      (l) => `  ${l.padEnd(8)} ${OUTCOMES.map((o) => String(r.matrix[l][o]).padStart(8)).join(' ')}`,
    ),
    `reject   precision ${pct(r.reject.precision)}  recall ${pct(r.reject.recall)}`,
    `hold     precision ${pct(r.hold.precision)}  recall ${pct(r.hold.recall)}`,
    `flagged  precision ${pct(r.flagged.precision)}  recall ${pct(r.flagged.recall)}   (hold or reject)`,
    `civil held/rejected ${pct(r.civilFalsePositive)}   Scunthorpe words flagged ${r.scunthorpeFlagged}`,
    "per category: got the label's outcome / total (held or rejected)",
  ];
  const cats = CATEGORIES.filter((c) => r.byCategory[c]!.total > 0);
  const cell = (c: Category): string => {
    const { caught, flagged, total } = r.byCategory[c]!;
    return `${c.padEnd(18)} ${String(caught).padStart(2)}/${String(total).padEnd(2)} (${String(flagged).padStart(2)})`;
  };
  for (let i = 0; i < cats.length; i += 3)
    lines.push(
      `  ${cats
        .slice(i, i + 3)
        .map(cell)
        .join('   ')}`,
    );
  return lines.join('\n');
}
