/**
 * Rate windows are calendar minutes of the clock the handlers read, and they run in the test's own
 * process. A test that fills a window must not straddle two.
 */
import { onTestFinished, vi } from 'vitest';

/** How far into the next minute the clock lands, so that the first request is clearly inside it. */
const PAST_THE_MINUTE_MS = 500;

/**
 * Makes the rest of the current test start early in a minute: when less than `needMs` of the current
 * minute is left, the process's Date jumps forward to just after the next minute starts (instead of the
 * test sleeping until then) and keeps running at real speed; it is back on the real clock when the test
 * ends. Timers (setTimeout, setInterval) stay real. Call it from the test or a `beforeEach`.
 */
export function earlyInMinute(needMs = 20_000): void {
  const now = Date.now();
  const left = 60_000 - (now % 60_000);
  if (left >= needMs) return;
  vi.useFakeTimers({ toFake: ['Date'], now: now + left + PAST_THE_MINUTE_MS, shouldAdvanceTime: true });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}
