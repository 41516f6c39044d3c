/**
 * The local detectors' work grows linearly with the comment: for each adversarial family, the eight
 * checks run on n and 4n characters (4n = the longest body, 5,000), and the time ratio must stay well
 * below quadratic (linear ~4, quadratic ~16; limit 8). Time is this thread's CPU time, which other
 * processes on a loaded machine do not inflate (tests/support/growth.ts says how it is measured).
 * No absolute time is asserted.
 */
import { describe, expect, it } from 'vitest';
import { defaultChecks } from '../../../shared/moderation/checks';
import { LINEAR_LIMIT, cpuPerCallAsync, growth } from '../../support/growth';
import { makeContext } from '../support';

const LOCAL = ['spam', 'personal-data', 'threats', 'extremism', 'hate', 'abuse', 'shouting', 'text-flood'];
const checks = defaultChecks.filter((c) => LOCAL.includes(c.name));
const N = 1250;
const rep = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const FAMILIES: Array<[string, string]> = [
  ['many aimed insults', 'you idiot '],
  ['spaced single letters', 'f u c k '],
  ['a group and metaphors', 'migrants are vermin '],
  ['leetspeak', '1d10t '],
  ['disguised domains', 'shop . com '],
  ['handles', '@x '],
  ['phone numbers', '07700 900123 '],
  ['threat phrases', 'I will find you and '],
  ['praise and organisations', 'heroes of ISIS '],
  ['money claims', 'make $500 a day '],
  ['e-mail addresses', 'x@y.com '],
  ['written-out e-mail addresses', 'at x dot com '],
  ['capitals', 'AAAA '],
  ['quotation marks', '"'],
];

/** Milliseconds of CPU per run of the checks on `text`, a new body each run: nothing is memoised across runs. */
function timeChecks(text: string): Promise<number> {
  const ctx = makeContext(text);
  return cpuPerCallAsync(async (run) => {
    const c = { ...ctx, comment: { ...ctx.comment, body: `${text}${run}` } };
    for (const check of checks) await check.run(c);
  });
}

describe('local detectors run in linear time', () => {
  it.each(FAMILIES)('%s', async (_name, unit) => {
    const { ratio } = await growth(timeChecks, rep(unit, N), rep(unit, 4 * N), timeChecks);
    expect(ratio).toBeLessThan(LINEAR_LIMIT);
  });
});
