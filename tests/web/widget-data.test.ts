/**
 * "Your data" in the reader widget (issue 16), in headless Chromium against a local stack under the strict
 * CSP: comments posted on two articles from one browser are downloaded as a file, then erased on the
 * server after a confirmation in the page; or only forgotten by the browser, and still published. No
 * accessibility finding in the open disclosure (light and dark), no CSP violation, no page error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import { saveScreenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { approve, axeProblems, downloadedJson, openEmbedPage, watch } from './widget-helpers';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  stack = await startTestStack({ web: true });
  // Every request comes from one loopback address: lift the per-author and per-network limits.
  await stack.setPolicy({
    rateLimits: { authorPerMinute: 1000, networkPerMinute: 10_000, authorActionsPerMinute: 1000 },
  });
  browser = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});
beforeEach(async () => (context = await browser.newContext({ acceptDownloads: true })));
afterEach(async () => context?.close());

interface StoredRecord {
  id: string;
  articleId: string;
  token: string;
}

/** Posts through the widget, as a reader does, and waits for it under "Your comments". */
async function postFromWidget(page: Page, name: string, body: string): Promise<void> {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mail').fill('reader@example.org');
  await page.getByLabel('Comment', { exact: true }).fill(body);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect.poll(() => page.locator('[data-own-id]').getByText(body).isVisible()).toBe(true);
}

/** What the widget keeps in the page origin's localStorage. */
function stored(page: Page): Promise<{ own: StoredRecord[]; name: string | null; flagged: string | null }> {
  return page.evaluate(() => ({
    own: JSON.parse(localStorage.getItem('parley:v1:own') ?? '[]') as StoredRecord[],
    name: localStorage.getItem('parley:v1:name'),
    flagged: localStorage.getItem('parley:v1:flagged'),
  }));
}

/** Waits until the token index opens every comment (it is eventually consistent), then answers the export. */
async function exportByApi(tokens: readonly string[]) {
  const ask = () => stack.request('GET', '/me/export', { headers: { 'x-author-token': tokens.join(',') } });
  await expect.poll(async () => (await ask()).status).toBe(200);
  return (await ask()).json as { comments: { id: string; body: string; status: string }[] };
}

/** Posts on two articles from this context and opens the first: its id, and the records it stored. */
async function postOnTwoArticles(prefix: string) {
  const first = `${prefix}-one`;
  const second = `${prefix}-two`;
  const other = await openEmbedPage(context, stack, { articleId: second });
  await postFromWidget(other, 'Data Reader', `Written on ${second}.`);
  await other.close();
  const page = await openEmbedPage(context, stack, { articleId: first });
  await postFromWidget(page, 'Data Reader', `Written on ${first}.`);
  const { own } = await stored(page);
  expect(own.map((r) => r.articleId).sort()).toEqual([first, second]);
  for (const r of own) await approve(stack, r.id);
  await exportByApi(own.map((r) => r.token));
  await page.reload();
  await expect
    .poll(() => page.locator('ol.threads').getByText(`Written on ${first}.`).isVisible())
    .toBe(true);
  // The data panel shows once the own comments are looked up, which may finish after the threads: a
  // keyboard test that focuses it before then focuses nothing (a full run on a busy machine did).
  await page.locator('details.data').waitFor({ state: 'visible' });
  return { page, own, first, second };
}

const activeText = (page: Page) =>
  page.evaluate(() => document.querySelector('#comments')?.shadowRoot?.activeElement?.textContent ?? null);

describe('the reader widget: your data', () => {
  it('downloads everything this browser wrote on the site, then erases it after a confirmation', async () => {
    const { page, own, first, second } = await postOnTwoArticles('d-erase');
    const w = await watch(page);
    const panel = page.locator('details.data');
    await page.getByText('Your data', { exact: true }).click();
    await expect.poll(() => panel.getByText(/keys to 2 comments/).isVisible()).toBe(true);

    // With the keyboard: the button is disabled while the file is prepared, and the focus comes back to it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parley-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await downloadedJson(download);
    expect(file.comments.map((c: { body: string }) => c.body).sort()).toEqual([
      `Written on ${first}.`,
      `Written on ${second}.`,
    ]);
    expect(file.about).toBeDefined();
    const status = page.locator('.parley > [role="status"]');
    await expect.poll(() => status.textContent()).toBe('Your data was downloaded.');
    expect(await activeText(page)).toBe('Download my data');

    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Erase everything I wrote' }).click();
    const ask = page.getByRole('group', { name: 'Erase everything I wrote?' });
    expect(await ask.getByText(/cannot be undone/).isVisible()).toBe(true);
    expect(await activeText(page)).toBe('Cancel');
    await saveScreenshot(page, 'widget-data.png', { fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    // A reader in dark mode on a page that stays light: the widget paints its own dark background, so its
    // light text does not land on the page's white.
    expect(await axeProblems(page)).toEqual([]);
    // The page under the widget turns dark too, as a page that supports dark mode does (through the CSSOM).
    await page.evaluate(() =>
      Object.assign(document.body.style, { background: '#0d1117', color: '#e8eaed' }),
    );
    expect(await axeProblems(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => Object.assign(document.body.style, { background: '', color: '' }));

    await ask.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Done: 2 comments erased\./);
    expect(await panel.isHidden()).toBe(true);
    expect(await page.locator('section.own').isHidden()).toBe(true);
    expect(await page.getByText(`Written on ${first}.`).count()).toBe(0);
    expect(await stored(page)).toEqual({ own: [], name: null, flagged: null });
    // The open form forgets the name and e-mail too, without waiting for a reload.
    expect(await page.getByLabel('Name').inputValue()).toBe('');
    expect(await page.getByLabel('E-mail').inputValue()).toBe('');

    const after = await exportByApi(own.map((r) => r.token));
    expect(after.comments.map((c) => [c.status, c.body])).toEqual([
      ['deleted', ''],
      ['deleted', ''],
    ]);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('No comments yet');
    expect(await page.getByLabel('Name').inputValue()).toBe('');
    expect(await panel.isHidden()).toBe(true);
    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  it('keeps the question open, says why and keeps the focus on its button when the erasure fails', async () => {
    const { page, first } = await postOnTwoArticles('d-erase-fail');
    await page.route('**/me', (route) =>
      route.request().method() === 'DELETE'
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            headers: { 'Retry-After': '1' },
            body: JSON.stringify({ error: { code: 'busy', message: 'Busy, try again.' } }),
          })
        : route.fallback(),
    );
    await page.getByText('Your data', { exact: true }).click();
    await page.getByRole('button', { name: 'Erase everything I wrote' }).click();
    const ask = page.getByRole('group', { name: 'Erase everything I wrote?' });
    // With the keyboard: the button is disabled while the request runs; the focus comes back to it.
    await ask.getByRole('button', { name: 'Yes, erase everything' }).press('Enter');
    const alert = page.locator('details.data [role="alert"]');
    await expect.poll(() => alert.textContent()).not.toBe('');
    expect(await activeText(page)).toBe('Yes, erase everything');
    expect(await ask.isVisible()).toBe(true);
    expect(await page.getByText(`Written on ${first}.`).count()).toBeGreaterThan(0);
    expect((await stored(page)).own).toHaveLength(2);
  });

  it('leaves out, says so and forgets a comment that no longer exists when the export is refused', async () => {
    const { page, own, first, second } = await postOnTwoArticles('d-gone');
    const gone = own.find((r) => r.articleId === second)!;
    // As if a moderator's erasure had removed it: its token opens nothing, so the first export is refused.
    let refused = false;
    await page.route('**/me/export', (route) => {
      if (refused) return route.fallback();
      refused = true;
      return route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'invalid_author_token', message: 'No comment.' } }),
      });
    });
    await page.route(`**/comments/${gone.id}`, (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'comment_not_found', message: 'Not found.' } }),
      }),
    );
    await page.getByText('Your data', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    const file = await downloadedJson(download);
    expect(file.comments.map((c: { body: string }) => c.body)).toEqual([`Written on ${first}.`]);
    await expect
      .poll(() => page.locator('.parley > [role="status"]').textContent())
      .toMatch(/^Your data was downloaded\. 1 comment could not be included: .* this browser forgot it\.$/);
    expect((await stored(page)).own.map((r) => r.id)).toEqual(own.filter((r) => r !== gone).map((r) => r.id));
    expect(
      await page
        .locator('details.data')
        .getByText(/keys to 1 comment /)
        .isVisible(),
    ).toBe(true);
    expect((await watch(page)).cspViolations).toEqual([]);
  });

  it('forgets this browser with the keyboard alone; the comments stay published', async () => {
    const { page, own, first } = await postOnTwoArticles('d-forget');
    const w = await watch(page);
    await page.getByText('Your data', { exact: true }).focus();
    await page.keyboard.press('Enter');
    const forget = page.getByRole('button', { name: 'Forget this browser' });
    await forget.focus();
    await page.keyboard.press('Enter');
    expect(await activeText(page)).toBe('Cancel');
    await page.keyboard.press('Escape');
    expect(await activeText(page)).toBe('Forget this browser');
    await page.keyboard.press('Enter');
    expect(await page.getByText(/stay published/).isVisible()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await activeText(page)).toBe('Yes, forget this browser');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => page.locator('.parley > [role="status"]').textContent())
      .toBe('This browser forgot your comments. They are still published.');
    expect(await stored(page)).toEqual({ own: [], name: null, flagged: null });
    expect(await page.getByLabel('Name').inputValue()).toBe('');
    expect(await page.locator('details.data').isHidden()).toBe(true);
    expect(await page.locator('[data-own-id]').count()).toBe(0);
    expect(await page.locator('ol.threads').getByText(`Written on ${first}.`).isVisible()).toBe(true);
    for (const r of own) {
      const published = await stack.request('GET', `/comments/${r.id}`);
      expect(published.status).toBe(200);
    }
    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('lists “Your comments” newest first, before and after a reload', async () => {
    const page = await openEmbedPage(context, stack, { articleId: `order-${Date.now().toString(36)}` });
    const bodies = ['Oldest of mine.', 'Middle of mine.', 'Newest of mine.'];
    for (const body of bodies) await postFromWidget(page, 'Order Reader', body);
    const order = () => page.locator('[data-own-id] .body').allTextContents();
    expect(await order()).toEqual([...bodies].reverse());
    await page.reload();
    await expect.poll(async () => (await order()).length).toBe(3);
    expect(await order()).toEqual([...bodies].reverse());
  });
});
