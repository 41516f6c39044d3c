/**
 * How the work on a text grows with its length, for the linear-time tests (tests/reliability and
 * tests/moderation/detectors): the same work is timed on an input of n and of 4n characters, and the
 * ratio is read. Linear is ~4, quadratic ~16; a ratio at `LINEAR_LIMIT` or over fails.
 *
 * Time is this thread's CPU time, which other processes on a loaded machine do not inflate. The kernel
 * counts it in ticks (4 ms here), so each measurement is a batch of calls lasting `MIN_BATCH_MS` at least,
 * and the clock is read between chunks of calls, not after each one.
 *
 * A measurement is the fastest of up to three rounds. It stops after the first round (small, big, small)
 * when the ratio is clearly linear (under `CLEARLY_LINEAR`): a loaded machine does not shrink CPU time,
 * and the small input's two batches guard against one of them slowed by a collection or a compilation,
 * so the other rounds would only cost time. A ratio at the limit or over is measured again, up
 * to three times in all: a busy machine can slow every batch of one input, a real quadratic fails every
 * attempt.
 */
export const LINEAR_LIMIT = 8;
const CLEARLY_LINEAR = 6;
const MIN_BATCH_MS = 32;
const ROUNDS = 3;
const ATTEMPTS = 3;
/** One call this slow says enough: no further round is needed to fail it. */
const HOPELESS_MS = 1000;

export interface Growth {
  /** Milliseconds of CPU per call on the n input and on the 4n input. */
  tSmall: number;
  tBig: number;
  ratio: number;
}

const threadCpuMs = (): number => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** Milliseconds of CPU per call of `run(text)`, over one batch of `MIN_BATCH_MS` at least. */
export function cpuPerCall(run: (text: string) => unknown, text: string): number {
  const start = threadCpuMs();
  let runs = 0;
  let chunk = 1;
  let elapsed = 0;
  while (elapsed < MIN_BATCH_MS) {
    for (let i = 0; i < chunk; i++) run(text);
    runs += chunk;
    elapsed = threadCpuMs() - start;
    // The next chunk: double, but no more calls than the batch still needs at the rate seen so far.
    const perCall = elapsed / runs;
    const needed = perCall > 0 ? Math.ceil((MIN_BATCH_MS - elapsed) / perCall) : chunk * 2;
    chunk = Math.max(1, Math.min(chunk * 2, needed));
  }
  return elapsed / runs;
}

/** The same for work that is asynchronous; `run` is given the call's number (for a fresh input each time). */
export async function cpuPerCallAsync(run: (call: number) => Promise<unknown>): Promise<number> {
  const start = threadCpuMs();
  let runs = 0;
  while (threadCpuMs() - start < MIN_BATCH_MS) await run(runs++);
  return (threadCpuMs() - start) / runs;
}

async function measureOnce(
  measure: (text: string) => number | Promise<number>,
  small: string,
  big: string,
): Promise<Growth> {
  let tSmall = Infinity;
  let tBig = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    tSmall = Math.min(tSmall, await measure(small));
    const t = await measure(big);
    tBig = Math.min(tBig, t);
    if (t > HOPELESS_MS) break;
    // The small input twice in the first round: one slow batch of it (a collection, a compilation)
    // would make a quadratic look linear.
    if (round === 0) tSmall = Math.min(tSmall, await measure(small));
    if (tBig / tSmall < CLEARLY_LINEAR) break;
  }
  return { tSmall, tBig, ratio: tBig / tSmall };
}

/**
 * The growth from `small` to `big` of what `measure` times (milliseconds of CPU per call, from
 * `cpuPerCall` or `cpuPerCallAsync`). `warmUp` runs once on each input first (compiles regexes, fills
 * caches), so that the first round is not the small input's compilation.
 */
export async function growth(
  measure: (text: string) => number | Promise<number>,
  small: string,
  big: string,
  warmUp: (text: string) => unknown,
): Promise<Growth> {
  await warmUp(small);
  await warmUp(big);
  let result = await measureOnce(measure, small, big);
  for (let attempt = 1; attempt < ATTEMPTS && result.ratio >= LINEAR_LIMIT; attempt++)
    result = await measureOnce(measure, small, big);
  return result;
}
