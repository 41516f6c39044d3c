/**
 * Screenshots of the browser suites. They are artefacts, not assertions (no test reads one back), so an
 * ordinary `npm test` takes none: a capture is a render and a PNG encoding in Chromium (a full-page one
 * also resizes the viewport and lays the page out again), paid on every run for files nobody looked at.
 * With `PARLEY_UPDATE_SCREENSHOTS=1` they go to `docs/screenshots/`, the copies the README and
 * docs/trust-and-safety.md show (`PARLEY_UPDATE_SCREENSHOTS=1 npx vitest run tests/web/demo.test.ts
 * tests/web/console.test.ts tests/web/notices.test.ts tests/web/appeals.test.ts
 * tests/web/console-due-process.test.ts tests/web/suspensions.test.ts`); with `PARLEY_SCREENSHOTS=1` to
 * `test-results/screenshots/` (ignored by git), to look at what a run drew without touching the docs.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const updating = (): boolean => process.env.PARLEY_UPDATE_SCREENSHOTS === '1';
const wanted = (): boolean => updating() || process.env.PARLEY_SCREENSHOTS === '1';

export function screenshotPath(name: string): string {
  const dir = fileURLToPath(
    new URL(
      updating() ? '../../../docs/screenshots/' : '../../../test-results/screenshots/',
      import.meta.url,
    ),
  );
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}

/** How long a screenshot may take; Chromium waits for fonts first, which has hung on a fresh CI machine. */
const SCREENSHOT_TIMEOUT_MS = 15_000;

/**
 * Saves a screenshot of `page` as `name` when screenshots are asked for (see the module comment), else
 * does nothing. A screenshot is an artefact for the README, not an assertion: with `PARLEY_SCREENSHOTS=1`
 * a capture that times out is reported on stderr and the test goes on; when updating the README's copies
 * it fails.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (!wanted()) return;
  try {
    await page.screenshot({
      path: screenshotPath(name),
      timeout: SCREENSHOT_TIMEOUT_MS,
      animations: 'disabled',
      caret: 'hide',
      ...options,
    });
  } catch (error) {
    if (updating()) throw error;
    console.warn(`screenshot ${name} not saved: ${(error as Error).message.split('\n')[0]}`);
  }
}
