/**
 * Throughput of the default pipeline on 1 KB comments, on one core:
 *   npx tsx tests/moderation/throughput.ts [seconds] [--civil]
 * By default the comments are built from the whole sample set (more than half of it abuse, spam and
 * obfuscation: many matches per comment, the expensive case); `--civil` uses only the civil samples.
 * The target is at least 5,000 comments per second. Each comment is distinct (no memo hits across
 * iterations) and comes with 20 recent comments by its author in the repeat window, the worst case the
 * repeat-post check sees. A script rather than a test, so that no timing is ever asserted.
 */
import samplesJson from '../fixtures/moderation/samples.json';
import { runPipeline } from '../../shared/moderation/pipeline';
import { defaultPolicy } from '../../shared/moderation/policy';
import type { CheckContext } from '../../shared/moderation/types';
import { makeContext, minutesAgo } from './support';

const civilOnly = process.argv.includes('--civil');
const texts = (samplesJson as Array<{ text: string; kind: string }>)
  .filter((s) => !civilOnly || ['civil', 'disagreement', 'innocent'].includes(s.kind))
  .map((s) => s.text);

/** A ~1 KB comment built from the sample set, made unique by its number. */
function comment(i: number): string {
  let body = '';
  for (let k = i; body.length < 1000; k += 7) body += `${texts[k % texts.length]} `;
  return `${body.slice(0, 1000)} #${i}`;
}

const seconds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const bodies = Array.from({ length: 8192 }, (_, i) => comment(i));
const recent = {
  authorComments: Array.from({ length: 20 }, (_, i) => ({
    id: `old-${i}`,
    body: comment(20_000 + i),
    createdAt: minutesAgo(i / 4),
  })),
  authorCount10m: 3,
  networkCount10m: 9,
};
const outcomes = { approved: 0, pending: 0, rejected: 0 };
// The consumer loads the policy once and reuses it, so the context differs only in the comment.
const base = makeContext('', { recent, policy: defaultPolicy() });
const contextFor = (body: string): CheckContext => ({ ...base, comment: { ...base.comment, body } });

// Warm up (JIT, lazy lexicon compilation), then measure.
for (let i = 0; i < 2000; i++) await runPipeline(contextFor(bodies[i % bodies.length]!));
let n = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  for (let k = 0; k < 256; k++, n++) {
    const d = await runPipeline(contextFor(`${bodies[n % bodies.length]!}.${n}`));
    outcomes[d.outcome]++;
  }
}
const elapsed = (performance.now() - start) / 1000;
console.log(
  `${n} comments of ~1 KB in ${elapsed.toFixed(2)} s: ${Math.round(n / elapsed)} comments/s ` +
    `(${((elapsed / n) * 1e6).toFixed(1)} µs each); outcomes ${JSON.stringify(outcomes)}`,
);
