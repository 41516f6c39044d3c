/**
 * The local detectors' work grows linearly with the comment: for each adversarial family, the eight
 * checks run on n and 4n characters (4n = the longest body, 5,000), and the time ratio must stay well
 * below quadratic (linear ~4, quadratic ~16; limit 8, measured again up to three times). Time is this
 * thread's CPU time, which other processes on a loaded machine do not inflate.
 * No absolute time is asserted.
 */
import { describe, expect, it } from 'vitest';
import { defaultChecks } from '../../../shared/moderation/checks';
import { makeContext } from '../support';

const LOCAL = ['spam', 'personal-data', 'threats', 'extremism', 'hate', 'abuse', 'shouting', 'text-flood'];
const checks = defaultChecks.filter((c) => LOCAL.includes(c.name));
const N = 1250;
// n → 4n: linear ≈ 4, quadratic ≈ 16.
const MAX_RATIO = 8;
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

/**
 * CPU time of this thread in milliseconds: unlike the wall clock, it does not count the time the thread
 * waits while other processes run, so a loaded machine does not inflate one side of the ratio. The
 * kernel accounts it in ticks of a few milliseconds, so each measurement runs for at least `MIN_CPU_MS`.
 */
const threadCpuMs = (): number => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};
const MIN_CPU_MS = 40;

/** Milliseconds of CPU per run of the checks on `text`, over as many runs as `MIN_CPU_MS` takes. */
async function timeOnce(text: string): Promise<number> {
  const ctx = makeContext(text);
  const start = threadCpuMs();
  let runs = 0;
  while (threadCpuMs() - start < MIN_CPU_MS) {
    // A new body each time: nothing is memoised across runs.
    const c = { ...ctx, comment: { ...ctx.comment, body: `${text}${runs}` } };
    for (const check of checks) await check.run(c);
    runs++;
  }
  return (threadCpuMs() - start) / runs;
}

async function ratio(unit: string): Promise<number> {
  const small = rep(unit, N);
  const big = rep(unit, 4 * N);
  let tSmall = Infinity;
  let tBig = Infinity;
  for (let k = 0; k < 3; k++) {
    tSmall = Math.min(tSmall, await timeOnce(small));
    tBig = Math.min(tBig, await timeOnce(big));
  }
  return tBig / tSmall;
}

describe('local detectors run in linear time', () => {
  it.each(FAMILIES)('%s', async (_name, unit) => {
    let r = await ratio(unit);
    for (let attempt = 1; attempt < 3 && r >= MAX_RATIO; attempt++) r = await ratio(unit);
    expect(r).toBeLessThan(MAX_RATIO);
  });
});
