/**
 * setupFile of the `stack` project: a browser file's tests get 60 s instead of 30 s. A browser test is a whole
 * journey (post, decide, appeal, reverse, with axe checks): 8–20 s on a quiet 2-core machine, and it passed 30 s
 * when the other workers were busy (seen twice). The limit only stops a hung test; it is not a speed target.
 * vitest resets the config after each file.
 */
import { expect, vi } from 'vitest';

if ((expect.getState().testPath ?? '').includes('/tests/web/')) vi.setConfig({ testTimeout: 60_000 });
