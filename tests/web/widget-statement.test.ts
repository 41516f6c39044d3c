/**
 * The statement of reasons in "Your comments" (issue 15), in headless Chromium against a local stack: a
 * comment the automatic checks reject shows what happened, the rule, that a machine decided and until when
 * a person can be asked to review it; no accessibility finding, no CSP violation, no page error.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STATEMENT_GROUNDS } from '../../shared/moderation/policy-defaults';
import { startTestStack, type TestStack } from '../support/stack';
import { launchBrowser } from './support/browser';
import { axeProblems, openEmbedPage, watch } from './widget-helpers';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  stack = await startTestStack({ web: true });
  browser = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});
beforeEach(async () => (context = await browser.newContext()));
afterEach(async () => context?.close());

describe('a rejected own comment in the widget', () => {
  it('shows the statement of reasons in plain language', async () => {
    const body = 'Cheap Ray-Ban and Gucci replicas, free shipping worldwide, order now at luxe-outlet.shop';
    const page = await openEmbedPage(context, stack, { articleId: 'w-statement' });
    await page.getByLabel('Name').fill('Seller');
    await page.getByLabel('Comment', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const own = page.locator('[data-own-id]');
    await expect.poll(() => own.getByText('Awaiting review', { exact: true }).isVisible()).toBe(true);

    await stack.drain();
    await page.reload();
    await expect.poll(() => own.getByText('Not published', { exact: true }).isVisible()).toBe(true);
    const statement = own.locator('.statement');
    await expect
      .poll(() => statement.textContent())
      .toContain('Our automatic checks did not publish this comment');
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain(`The rule: ${DEFAULT_STATEMENT_GROUNDS.spam}`);
    expect(text).toContain('This decision was made automatically, by our checks.');
    expect(text).toMatch(/You can ask for a person to review this until \w+ \d{1,2}, \d{4}\./);
    expect(await own.getByRole('button', { name: /appeal/i }).count()).toBe(0);

    expect(await axeProblems(page)).toEqual([]);
    const w = await watch(page);
    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
