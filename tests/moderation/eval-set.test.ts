/**
 * The blind evaluation set (tests/fixtures/moderation/eval/): both halves are well formed and split as
 * their README says, and the default local pipeline keeps the held-out figures measured when the local
 * detectors were finished (docs/moderation.md, "Evaluation"). The floors are what was measured, not
 * targets: a change that lowers one is a regression to explain. Never tune a detector to this test.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_LABELS, formatReport, loadHalf, scoreHalf } from './eval-set';

/** Held-out figures of the default local pipeline, as measured (docs/moderation.md). */
const HELDOUT_FLOORS = {
  rejectPrecision: 0.98,
  rejectRecall: 0.95,
  flaggedRecall: 0.93,
  /** At most: civil and Scunthorpe comments held or rejected (2 of 144). */
  civilFalsePositive: 0.015,
  /** At most. */
  scunthorpeFlagged: 0,
};

describe('evaluation set', () => {
  const dev = loadHalf('dev');
  const heldout = loadHalf('heldout');

  it('has two well-formed halves with distinct ids, covering every category', () => {
    expect(dev.length).toBe(363);
    expect(heldout.length).toBe(350);
    const ids = [...dev, ...heldout].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const half of [dev, heldout]) {
      for (const c of CATEGORIES)
        expect(
          half.some((i) => i.category === c),
          c,
        ).toBe(true);
      for (const item of half) expect(item.label).toBe(CATEGORY_LABELS[item.category]);
    }
  });

  it('has tuning batches with ids of their own and labels that match their categories', () => {
    const batches = (['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9'] as const).map((h) =>
      loadHalf(h),
    );
    expect(batches.map((b) => b.length)).toEqual([260, 220, 230, 280, 280, 280, 300, 300]);
    const ids = [...dev, ...heldout, ...batches.flat()].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of batches.flat()) expect(item.label).toBe(CATEGORY_LABELS[item.category]);
  });

  it('keeps the measured held-out figures with the default local pipeline', async () => {
    const report = await scoreHalf('heldout', heldout);
    console.log(formatReport(report));
    expect(report.results.every((r) => r.why === undefined)).toBe(true);
    expect(report.reject.precision.value).toBeGreaterThanOrEqual(HELDOUT_FLOORS.rejectPrecision);
    expect(report.reject.recall.value).toBeGreaterThanOrEqual(HELDOUT_FLOORS.rejectRecall);
    expect(report.flagged.recall.value).toBeGreaterThanOrEqual(HELDOUT_FLOORS.flaggedRecall);
    expect(report.civilFalsePositive.value).toBeLessThanOrEqual(HELDOUT_FLOORS.civilFalsePositive);
    expect(report.scunthorpeFlagged).toBeLessThanOrEqual(HELDOUT_FLOORS.scunthorpeFlagged);
  });
});
