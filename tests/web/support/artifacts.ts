/**
 * Where the browser suites save screenshots: `test-results/screenshots/` (ignored by git) on every run, so
 * that `npm test` leaves the tree clean; with `PARLEY_UPDATE_SCREENSHOTS=1` into `docs/screenshots/`, the
 * copies the README shows (`PARLEY_UPDATE_SCREENSHOTS=1 npx vitest run tests/web/demo.test.ts
 * tests/web/console.test.ts`).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function screenshotPath(name: string): string {
  const dir = fileURLToPath(
    new URL(
      process.env.PARLEY_UPDATE_SCREENSHOTS === '1'
        ? '../../../docs/screenshots/'
        : '../../../test-results/screenshots/',
      import.meta.url,
    ),
  );
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}
