/**
 * The demo article page at `/` as a newcomer sees it after `npm start`: the article, related articles
 * with their counts, and the widget; no serious or critical axe-core finding (page and widget, with
 * published, own and reply content showing), no CSP violation, the screenshot the README shows, and no
 * sideways scrolling on a 320 px wide screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import { saveScreenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { axeProblems, postApproved, watch } from './widget-helpers';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startTestStack({ web: true });
  await stack.setPolicy({ rateLimits: { authorPerMinute: 1000, networkPerMinute: 10_000 } });
  const first = await postApproved(stack, 'demo-article', {
    authorName: 'Nadia K.',
    body: 'The point about governance is the one most coverage misses. Where the state shows up only to tax, people take the justice they can get.',
  });
  await postApproved(stack, 'demo-article', {
    authorName: 'Jonas',
    body: 'Agreed, though the coastal states have more room to act than the piece suggests.\nhttps://example.org/report',
    parentId: first,
  });
  await postApproved(stack, 'demo-article', {
    authorName: 'R. Mensah',
    body: 'Useful overview. It would help to see the numbers on attacks in northern Benin over the last three years.',
  });
  await postApproved(stack, 'demo-online-extremism', {
    authorName: 'Iris',
    body: 'A hard balance to strike.',
  });
  browser = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the demo article page', () => {
  it('shows the article, counts and comments with no accessibility or CSP problem, and saves its screenshot', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const w = await watch(page);
    await page.goto(`${stack.url}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('After the Caliphate');
    await expect.poll(() => page.locator('.byline [data-parley-count]').textContent()).toBe('3 comments');
    expect(await page.locator('[data-parley-count="demo-online-extremism"]').textContent()).toBe('1 comment');

    await page.locator('#comments').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByRole('heading', { name: '3 comments' }).isVisible()).toBe(true);
    await page.getByLabel('Name').fill('Demo Reader');
    await page.getByLabel('Comment', { exact: true }).fill('Posting from the demo page.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect.poll(() => page.locator('[data-own-id]').count()).toBe(1);
    await page.getByRole('button', { name: 'Reply to Nadia K.' }).click();
    await page.getByRole('button', { name: 'Report comment by R. Mensah' }).click();

    expect(await axeProblems(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeProblems(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Cancel' }).first().click();
    await page.getByRole('button', { name: 'Cancel' }).first().click();

    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.locator('.byline').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'demo.png', { fullPage: true });
    await context.close();
  });

  it('reflows at a 320 px viewport: nothing scrolls sideways (WCAG 1.4.10)', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${stack.url}/`);
    await page.locator('#comments').scrollIntoViewIfNeeded();
    // The widget is drawn (with the comments of the first test, its own post perhaps among them).
    await expect
      .poll(() => page.locator('#comments').getByRole('heading', { level: 2 }).textContent())
      .toMatch(/^\d+ comments$/);
    const overflow = () =>
      page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
    const { scrollWidth, clientWidth } = await overflow();
    expect(clientWidth).toBe(320);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Every section link of the masthead is on screen, none cut off at the right edge.
    const right = await page
      .locator('.masthead nav a')
      .evaluateAll((as) => Math.max(...as.map((a) => a.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(clientWidth);
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});
