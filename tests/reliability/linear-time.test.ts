/**
 * Work on user text grows linearly with its length (threat model T1 in docs/reliability.md). A
 * comment's body is rendered on every listing page, author view and moderator queue page, and the
 * moderation checks scan it; a body that costs quadratic (or worse) time lets one reader stall every
 * page that shows it, or the moderation consumer.
 *
 * No assertion here is about absolute time: for each worst-case family found (the dots, the
 * shapes that stress linkify-it, and the worst input of each regex fixed in the audit) the same
 * function is timed on an input of n and of 4n characters in the same run, interleaved, each the
 * fastest of several batches of this thread's CPU time (which other processes do not inflate), and
 * the ratio must stay well below quadratic: linear is ~4, quadratic ~16; the limit is 8 (a ratio over
 * it is measured again, up to three times). The 4n input is the longest body a comment may have (5,000
 * characters). Before the fixes, the family measured a ratio in the hundreds.
 */
import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../../shared/domain/render';
import { normalizeText } from '../../shared/moderation/text/normalize';
import { TermMatcher } from '../../shared/moderation/text/term-matcher';
import { lexiconProvider } from '../../shared/moderation/toxicity/lexicon';
import { RENDER_FAMILIES, rep } from './adversarial-text';

const N = 1250;
const MAX_RATIO = 8;

type Family = [name: string, make: (n: number) => string, run: (text: string) => unknown];

const lexicon = (text: string) => lexiconProvider.scoreText(text);
const allowedMatcher = new TermMatcher(['shite'], { allowed: ['shiite'] });
/** An admin's `*ass*` (any word containing it) matches many times inside one long word. */
const infixMatcher = new TermMatcher(['*ass*']);

const FAMILIES: Family[] = [
  // The renderer and link extraction (issue 11, item 1).
  ...RENDER_FAMILIES.map(([name, make]): Family => [`render: ${name}`, make, renderBodyHtml]),
  // Regexes and loops fixed in the audit.
  ['lexicon: one run of stars in a word', (n) => `m${rep('*', n - 2)}x`, lexicon],
  ['lexicon: a long run of one letter (suffix terms)', (n) => rep('f', n), lexicon],
  ['lexicon: many hits (phrase containment)', (n) => rep('idiot ', n), lexicon],
  ['lexicon: many hits near many markers', (n) => rep('you idiot ', n), lexicon],
  ['normalize: one run of stars in a word', (n) => `m${rep('*', n - 2)}x`, normalizeText],
  ['normalize: spaced single letters', (n) => rep('f u c k ', n), normalizeText],
  ['term matcher: many matches inside one word (*ass*)', (n) => rep('ass', n), (t) => infixMatcher.match(t)],
  ['term matcher: hits inside allowed terms', (n) => rep('shiite ', n), (t) => allowedMatcher.match(t)],
];

/**
 * CPU time of this thread in milliseconds: unlike the wall clock, it does not count the time the thread
 * waits while other processes run, so a loaded machine does not inflate one side of the ratio. The
 * kernel accounts it in ticks of a few milliseconds, so a batch of the small input runs for at least
 * `MIN_BATCH_MS`.
 */
const threadCpuMs = (): number => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};
const MIN_BATCH_MS = 32;

/** Milliseconds of CPU per call over a batch of `iterations` calls. */
function timeBatch(run: (text: string) => unknown, text: string, iterations: number): number {
  const start = threadCpuMs();
  for (let i = 0; i < iterations; i++) run(text);
  return (threadCpuMs() - start) / iterations;
}

/**
 * How many calls of `run` on `text` make a batch of at least `MIN_BATCH_MS`. Each input gets its own
 * count, so the 4n input's batches are as long as the n input's (the ratio is of time per call), not
 * four times longer.
 */
function batchIterations(run: (text: string) => unknown, text: string): number {
  let iterations = 1;
  while (timeBatch(run, text, iterations) * iterations < MIN_BATCH_MS && iterations < 65_536) iterations *= 2;
  return iterations;
}

function growth(run: (text: string) => unknown, small: string, big: string) {
  run(small); // warm up (compiles regexes, fills caches)
  run(big);
  const smallIterations = batchIterations(run, small);
  const bigIterations = batchIterations(run, big);
  let tSmall = Infinity;
  let tBig = Infinity;
  for (let k = 0; k < 3; k++) {
    tSmall = Math.min(tSmall, timeBatch(run, small, smallIterations));
    const t = timeBatch(run, big, bigIterations);
    tBig = Math.min(tBig, t);
    if (t * bigIterations > 1000) break; // hopelessly slow: one batch says enough
  }
  return { tSmall, tBig, ratio: tBig / tSmall };
}

describe('linear time on user text', () => {
  const rows: string[] = [];

  it.each(FAMILIES)('%s', (name, make, run) => {
    const small = make(N);
    const big = make(4 * N);
    expect(small.length).toBe(N);
    expect(big.length).toBe(4 * N);
    // A busy machine can slow every batch of one input; a real quadratic fails every attempt.
    let { tSmall, tBig, ratio } = growth(run, small, big);
    for (let attempt = 1; attempt < 3 && ratio >= MAX_RATIO; attempt++)
      ({ tSmall, tBig, ratio } = growth(run, small, big));
    rows.push(
      `${name.padEnd(52)} n=${N}: ${(tSmall * 1000).toFixed(1).padStart(8)} µs  4n: ${(tBig * 1000)
        .toFixed(1)
        .padStart(8)} µs  ratio ${ratio.toFixed(1)}`,
    );
    expect(ratio, `${name}: ${tSmall} ms → ${tBig} ms`).toBeLessThan(MAX_RATIO);
  });

  it('prints the measurements', () => {
    console.log(`[reliability] linear time (ratio 4n/n; linear ≈ 4, quadratic ≈ 16):\n${rows.join('\n')}`);
  });
});
