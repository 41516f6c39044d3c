/**
 * Helpers for the console's browser suites: seed comments that the automatic checks hold, and open the
 * console signed in with the local token, recording CSP violations, page errors and console errors.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startTestStack, type TestStack } from '../../support/stack';
import { launchBrowser } from './browser';

/**
 * A local stack serving the pages, and the run's Chromium, for a console suite: every request comes from one
 * loopback address, so the policy lets it post as often as the suite needs (rate limits, floods, repeats).
 */
export async function startConsoleStack(): Promise<[TestStack, Browser]> {
  const [stack, browser] = await Promise.all([startTestStack({ web: true }), launchBrowser()]);
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
    repeatWindowMinutes: 0,
  });
  return [stack, browser];
}

/** Posts a comment as a reader and waits for the checks; pre-moderates the article first by default. */
export async function heldComment(
  stack: TestStack,
  articleId: string,
  body: string,
  authorName: string,
  options: { preModerate?: boolean } = {},
): Promise<string> {
  if (options.preModerate !== false) await stack.setArticle(articleId, { mode: 'pre' });
  const res = await stack.request('POST', `/articles/${articleId}/comments`, { body: { authorName, body } });
  expect(res.status).toBe(202);
  await stack.drain();
  return (res.json as { comment: { id: string } }).comment.id;
}

export interface ConsolePage {
  page: Page;
  /** CSP violations reported by the page (`securitypolicyviolation` events). */
  violations(): string[];
  /** Uncaught errors and console errors (the browser's own 4xx resource lines excepted). */
  errors(): string[];
}

/** Opens the console in a new page of `context` and signs in with the local token as `role`. */
export async function openConsole(
  context: BrowserContext,
  stack: Pick<TestStack, 'url' | 'tokenKey'>,
  role: 'moderator' | 'admin',
  query = '',
): Promise<ConsolePage> {
  const page = await context.newPage();
  // A step that cannot happen fails with the locator it waited for, well inside the test's own timeout.
  page.setDefaultTimeout(15_000);
  const violations: string[] = [];
  const errors: string[] = [];
  // Bindings and init scripts come through the DevTools protocol, so the page's CSP does not block them.
  await page.exposeFunction('__parleyCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __parleyCspViolation: (v: string) => void })
        .__parleyCspViolation;
      report(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // A 409 or 400 the console handles still makes Chromium log the response as "Failed to load resource".
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  // As the developer does: the link `npm start` prints, with the stack's key in its fragment.
  await page.goto(`${stack.url}/console/${query}#local-key=${stack.tokenKey}`);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Use a local moderator token' }).click();
  await page.getByRole('tablist', { name: 'Queues' }).waitFor();
  return { page, violations: () => [...violations], errors: () => [...errors] };
}
