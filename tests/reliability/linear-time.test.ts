/**
 * Work on user text grows linearly with its length (threat model T1 in docs/reliability.md). A
 * comment's body is rendered on every listing page, author view and moderator queue page, and the
 * moderation checks scan it; a body that costs quadratic (or worse) time lets one reader stall every
 * page that shows it, or the moderation consumer.
 *
 * No assertion here is about absolute time: for each worst-case family found (the dots, the
 * shapes that stress linkify-it, and the worst input of each regex fixed in the audit) the same
 * function is timed on an input of n and of 4n characters in the same run, in this thread's CPU time
 * (tests/support/growth.ts says how), and the ratio must stay well below quadratic: linear is ~4,
 * quadratic ~16; the limit is 8. The 4n input is the longest body a comment may have (5,000
 * characters). Before the fixes, the family measured a ratio in the hundreds.
 */
import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../../shared/domain/render';
import { normalizeText } from '../../shared/moderation/text/normalize';
import { TermMatcher } from '../../shared/moderation/text/term-matcher';
import { lexiconProvider } from '../../shared/moderation/toxicity/lexicon';
import { LINEAR_LIMIT, cpuPerCall, growth } from '../support/growth';
import { RENDER_FAMILIES, rep } from './adversarial-text';

const N = 1250;

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

describe('linear time on user text', () => {
  const rows: string[] = [];

  it.each(FAMILIES)('%s', async (name, make, run) => {
    const small = make(N);
    const big = make(4 * N);
    expect(small.length).toBe(N);
    expect(big.length).toBe(4 * N);
    const { tSmall, tBig, ratio } = await growth((text) => cpuPerCall(run, text), small, big, run);
    rows.push(
      `${name.padEnd(52)} n=${N}: ${(tSmall * 1000).toFixed(1).padStart(8)} µs  4n: ${(tBig * 1000)
        .toFixed(1)
        .padStart(8)} µs  ratio ${ratio.toFixed(1)}`,
    );
    expect(ratio, `${name}: ${tSmall} ms → ${tBig} ms`).toBeLessThan(LINEAR_LIMIT);
  });

  it('prints the measurements', () => {
    console.log(`[reliability] linear time (ratio 4n/n; linear ≈ 4, quadratic ≈ 16):\n${rows.join('\n')}`);
  });
});
