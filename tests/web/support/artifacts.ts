/**
 * Where the browser suites save screenshots: `test-results/screenshots/` (ignored by git) on every run, so
 * that `npm test` leaves the tree clean; with `PARLEY_UPDATE_SCREENSHOTS=1` into `docs/screenshots/`, the
 * copies the README and docs/trust-and-safety.md show (`PARLEY_UPDATE_SCREENSHOTS=1 npx vitest run
 * tests/web/demo.test.ts tests/web/console.test.ts tests/web/notices.test.ts tests/web/appeals.test.ts
 * tests/web/console-due-process.test.ts tests/web/suspensions.test.ts`).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const updating = (): boolean => process.env.PARLEY_UPDATE_SCREENSHOTS === '1';

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
 * Saves a screenshot of `page` as `name`. A screenshot is an artefact for the README, not an assertion:
 * on an ordinary run a capture that times out is reported on stderr and the test goes on; when updating
 * the README's copies it fails.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
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
