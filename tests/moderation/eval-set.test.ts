/**
 * The blind evaluation set (tests/fixtures/moderation/eval/): both halves are well formed and split as
 * their README says, and the default local pipeline keeps the held-out figures measured when the local
 * detectors were finished (docs/moderation.md, "Evaluation"). The floors are what was measured, not
 * targets: a change that lowers one is a regression to explain. Never tune a detector to this test.
 */
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  formatReport,
  HALVES,
  loadHalf as parseHalf,
  scoreHalf,
  type EvalItem,
  type Half,
} from './eval-set';
import { HELDOUT_FLOORS } from './eval-floors';

/**
 * Each half parsed and validated once for the file: the id check reads every half and each floor test
 * reads its own again, and parsing all of them cost about a second.
 */
const parsed = new Map<Half, readonly EvalItem[]>();
function loadHalf(half: Half): readonly EvalItem[] {
  let items = parsed.get(half);
  if (!items) parsed.set(half, (items = parseHalf(half)));
  return items;
}

describe('evaluation set', () => {
  const dev = loadHalf('dev');
  const heldout = loadHalf('heldout');

  it('has two well-formed halves with distinct ids, covering every category', () => {
    expect(dev.length).toBe(363);
    expect(heldout.length).toBe(350);
    for (const half of [dev, heldout]) {
      for (const c of CATEGORIES)
        expect(
          half.some((i) => i.category === c),
          c,
        ).toBe(true);
    }
  });

  it('has ids distinct across every half and batch, and labels that match their categories', () => {
    const all = HALVES.flatMap((h) => loadHalf(h));
    const ids = all.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of all) expect(item.label, item.id).toBe(CATEGORY_LABELS[item.category]);
  });

  it.each(Object.keys(HELDOUT_FLOORS) as Array<keyof typeof HELDOUT_FLOORS>)(
    'keeps the measured figures of %s with the default local pipeline',
    async (half) => {
      const floors = HELDOUT_FLOORS[half];
      const report = await scoreHalf(half, loadHalf(half));
      console.log(formatReport(report));
      expect(report.results.every((r) => r.why === undefined)).toBe(true);
      expect(report.reject.precision.value).toBeGreaterThanOrEqual(floors.rejectPrecision);
      expect(report.reject.recall.value).toBeGreaterThanOrEqual(floors.rejectRecall);
      expect(report.flagged.recall.value).toBeGreaterThanOrEqual(floors.flaggedRecall);
      expect(report.civilFalsePositive.value).toBeLessThanOrEqual(floors.civilFalsePositive);
      expect(report.scunthorpeFlagged).toBeLessThanOrEqual(floors.scunthorpeFlagged);
    },
  );
});
