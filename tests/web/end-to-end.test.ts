/**
 * The whole flow of issue 14 in the browser, as a newcomer does it after `npm start`: a reader posts on
 * the demo article → the widget shows it awaiting review → a moderator finds it in the console's pending
 * queue with its decision record → approves it with the keyboard → another visitor (a second browser
 * context, no author token) sees it published on the article. Neither page reports a CSP violation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import { launchBrowser } from './support/browser';
import { openConsole } from './support/console';
import { watch } from './widget-helpers';

const ARTICLE = 'demo-article';
const BODY = 'The section on the northern corridor deserves a follow-up piece.';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startTestStack({ web: true });
  // Pre-moderation: every comment waits for a human, so the flow goes through the console.
  await stack.setArticle(ARTICLE, { mode: 'pre' });
  browser = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('post on the demo page, approve in the console, see it published', () => {
  it('goes from the reader to the moderator and back to every visitor', async () => {
    // 1. The reader posts on the demo article.
    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    const readerWatch = await watch(reader);
    await reader.goto(`${stack.url}/`);
    await reader.locator('#comments').scrollIntoViewIfNeeded();
    await reader.getByLabel('Name').fill('Amira S.');
    await reader.getByLabel('Comment', { exact: true }).fill(BODY);
    await reader.getByRole('button', { name: 'Post comment' }).click();
    const own = reader.locator('[data-own-id]');
    await expect.poll(() => own.getByText('Awaiting review', { exact: true }).isVisible()).toBe(true);
    const commentId = await own.getAttribute('data-own-id');
    expect(commentId).toBeTruthy();
    await stack.drain();

    // 2. The moderator finds it pending, with the automatic decision explained, and approves it with `a`.
    const moderatorContext = await browser.newContext();
    const moderator = await openConsole(moderatorContext, stack, 'moderator');
    const card = moderator.page.getByRole('article').filter({ hasText: BODY });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/pre-moderation/i);
    await card.click();
    await moderator.page.keyboard.press('a');
    await expect
      .poll(async () => {
        const res = await stack.request('GET', `/comments/${commentId}`);
        return res.status;
      })
      .toBe(200);

    // 3. Another visitor (no author token) sees it on the article.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    const visitorWatch = await watch(visitor);
    await visitor.goto(`${stack.url}/`);
    await visitor.locator('#comments').scrollIntoViewIfNeeded();
    await expect.poll(() => visitor.getByText(BODY).isVisible()).toBe(true);
    expect(await visitor.locator('[data-own-id]').count()).toBe(0);

    // The reader's own panel follows: published.
    await reader.reload();
    await reader.locator('#comments').scrollIntoViewIfNeeded();
    await expect
      .poll(() => reader.locator('[data-own-id]').getByText('Published', { exact: true }).isVisible())
      .toBe(true);

    expect(readerWatch.cspViolations).toEqual([]);
    expect(visitorWatch.cspViolations).toEqual([]);
    expect(visitorWatch.errors).toEqual([]);
    expect(moderator.violations()).toEqual([]);
    expect(moderator.errors()).toEqual([]);
    await Promise.all([readerContext.close(), moderatorContext.close(), visitorContext.close()]);
  }, 90_000);
});
