/**
 * axe-core in a page of the browser suites, evaluated through the DevTools protocol, so the page's CSP
 * (no inline script) stays on and axe needs no exemption.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Puts axe-core in the page (through the DevTools protocol, which the page's CSP does not govern) unless
 * the page has it already: evaluating the ~650 KB source again for every check cost Chromium a parse and
 * compile each time, and several suites check one page in more than one state (each axe.run starts
 * afresh). A navigation or reload drops it, and the next check evaluates it again.
 */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(
    () => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function',
  );
  if (!present) await page.evaluate(axeSource);
}

/** Every axe violation on the page, whatever its impact, as `id (impact): help at targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
