/**
 * Scores the default local moderation pipeline on the blind evaluation set
 * (tests/fixtures/moderation/eval/, see its README and LABELLING.md):
 *
 *   npm run eval:moderation [-- --half dev|dev2|…|dev146|heldout|…|heldout108] [--json] [--misses]
 *
 * For each half: the confusion matrix (label × outcome), reject / hold / flagged precision and recall,
 * the civil false-positive rate, Scunthorpe words flagged and per-category results. `--misses` lists the
 * dev and dev2 comments the pipeline got wrong, with the deciding check; it never prints a held-out text (tune on
 * dev only, docs/moderation.md "Evaluation"). `--json` prints the figures as JSON (held-out results
 * without texts or evidence).
 */
import {
  formatReport,
  HALVES,
  isHeldOut,
  loadHalf,
  scoreHalf,
  TUNING_HALVES,
} from '../tests/moderation/eval-set';
import type { Half, HalfReport } from '../tests/moderation/eval-set';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
if (halfArg !== undefined && !(HALVES as readonly string[]).includes(halfArg)) {
  console.error(`--half must be one of ${HALVES.join(', ')}`);
  process.exit(2);
}
const halves: Half[] = halfArg ? [halfArg as Half] : [...HALVES];
if (flag('--misses') && halfArg !== undefined && isHeldOut(halfArg as Half)) {
  console.error(
    '--misses prints comment texts, so it works on the dev half only (tune on dev, never on held-out).',
  );
  process.exit(2);
}

const reports: HalfReport[] = [];
for (const half of halves) reports.push(await scoreHalf(half, loadHalf(half)));

if (flag('--json')) {
  const out = reports.map((r) => ({
    ...r,
    results: r.results.map(({ why: _why, ...rest }) => (isHeldOut(r.half) ? rest : { ...rest, why: _why })),
  }));
  console.log(JSON.stringify(out, null, 2));
} else {
  for (const r of reports) console.log(`${formatReport(r)}\n`);
}

if (flag('--misses')) {
  const expected = { approve: 'approved', hold: 'pending', reject: 'rejected' } as const;
  for (const half of halves.filter((h) => TUNING_HALVES.includes(h))) {
    const dev = reports.find((r) => r.half === half) ?? (await scoreHalf(half, loadHalf(half)));
    const texts = new Map(loadHalf(half).map((i) => [i.id, i.text]));
    const misses = dev.results.filter((r) => r.outcome !== expected[r.label]);
    console.log(`== ${half} misses: ${misses.length} ==`);
    for (const r of misses) {
      console.log(
        `${r.id} [${r.lang}] ${r.label} → ${r.outcome} by ${r.decidedBy ?? '-'}/${r.reason ?? '-'}` +
          `${r.why ? `\n    evidence: ${r.why}` : ''}\n    ${JSON.stringify(texts.get(r.id))}`,
      );
    }
  }
}
