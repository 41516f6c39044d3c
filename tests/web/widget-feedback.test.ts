/**
 * What the reader widget says and where it leaves the keyboard after an action, in headless Chromium
 * against a local stack: saving an edit and confirming a delete in "Your comments" (the item is replaced
 * or removed, and the focus must not fall to the top of the page), and a second report of a comment
 * from the same reporter (said apart from a first one).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusedIn } from './support/focus';
import { approve, axeProblems, openEmbedPage, postApproved, watch, widgetSuite } from './widget-helpers';

const suite = widgetSuite();

/** The own comment holding the keyboard focus, as `TAG:<its text>` of the focused element and its comment's text. */
const focusedOwn = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.querySelector('#comments')?.shadowRoot?.activeElement;
    const item = el?.closest('[data-own-id]');
    return el && item ? `${el.tagName}:${item.querySelector('.body')?.textContent ?? ''}` : null;
  });

async function postFromWidget(page: Page, name: string, body: string): Promise<void> {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Comment', { exact: true }).fill(body);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect.poll(() => page.locator('[data-own-id]', { hasText: body }).count()).toBe(1);
}

describe('the keyboard’s place in “Your comments”', () => {
  it('stays on the edited comment after saving, and moves to a neighbour, then the heading, after deleting', async () => {
    const article = 'wf-own-focus';
    // Held for a moderator: the status polls keep answering, and re-render the items while we look.
    await suite.stack.setArticle(article, { mode: 'pre' });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await postFromWidget(page, 'Keyboard Reader', 'My first comment.');
    await postFromWidget(page, 'Keyboard Reader', 'My second comment.');
    const own = page.locator('[data-own-id]');
    const second = own.filter({ hasText: 'My second comment.' });
    const id = await second.getAttribute('data-own-id');

    await second.getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('textbox', { name: 'Edit your comment' }).fill('My second comment, edited.');
    await page.getByRole('button', { name: 'Save changes' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => own.getByText('My second comment, edited.').isVisible()).toBe(true);
    await expect.poll(() => focusedOwn(page)).toBe('LI:My second comment, edited.');
    // A status poll re-renders the item: the focus stays with it.
    await page.waitForResponse((r) => r.url().endsWith(`/comments/${id}`) && r.request().method() === 'GET');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await focusedOwn(page)).toBe('LI:My second comment, edited.');
    expect(await axeProblems(page)).toEqual([]);

    // The newest comment is first: deleting it hands the focus to the one that takes its place.
    await own
      .filter({ hasText: 'edited' })
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.getByRole('button', { name: 'Yes, delete it' }).press('Enter');
    await expect.poll(() => own.count()).toBe(1);
    await expect.poll(() => focusedOwn(page)).toBe('LI:My first comment.');

    // The last one: the panel disappears, and the focus goes to the widget's heading.
    await own.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).press('Enter');
    await expect.poll(() => own.count()).toBe(0);
    await expect.poll(() => focusedIn(page)).toBe('H2:No comments yet');
    expect((await watch(page)).errors).toEqual([]);
  });
});

describe('“Try again” after the comments could not be loaded', () => {
  it('keeps the keyboard on it while loading fails, then moves it to the first comment, or the heading', async () => {
    const article = 'wf-retry';
    await postApproved(suite.stack, article, { authorName: 'Ruth', body: 'Here once the service answers.' });
    for (const [id, expected] of [
      [article, /^ARTICLE:Ruth/],
      ['wf-retry-empty', /^H2:No comments yet$/],
    ] as const) {
      const page = await openEmbedPage(suite.context, suite.stack, { articleId: id });
      const listing = `**/articles/${id}/comments?*`;
      await page.route(listing, (route) => route.abort('connectionrefused'));
      await page.reload();
      const retry = page.getByRole('button', { name: 'Try again' });
      await retry.waitFor();

      // Still failing: the button is the same one, and the keyboard stays on it.
      const failed = page.waitForEvent('requestfailed', (r) => r.url().includes(`/articles/${id}/comments`));
      await retry.press('Enter');
      await failed;
      await expect.poll(() => page.getByText(/Comments could not be loaded/).isVisible()).toBe(true);
      expect(await focusedIn(page)).toBe('BUTTON:Try again');

      // Answered: the button goes, and the keyboard moves on to what the load brought.
      await page.unroute(listing);
      await retry.press('Enter');
      await retry.waitFor({ state: 'detached' });
      await expect.poll(() => focusedIn(page)).toMatch(expected);
      expect(await axeProblems(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('dates in the widget', () => {
  it('are written in the page’s language, else in the browser’s', async () => {
    const article = 'wf-dates';
    await postApproved(suite.stack, article, { authorName: 'Lena', body: 'A comment with a date.' });
    const title = (page: Page) => page.locator('ol.threads time').first().getAttribute('title');
    // A German article page, read in a browser set to American English.
    const german = await openEmbedPage(suite.context, suite.stack, { articleId: article, lang: 'de' });
    await expect
      .poll(() => title(german))
      .toMatch(
        /\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/,
      );
    // A page that declares no language, read in a French browser.
    const french = await suite.browser.newContext({ locale: 'fr-FR' });
    try {
      const page = await openEmbedPage(french, suite.stack, { articleId: article, lang: null });
      await expect
        .poll(() => title(page))
        .toMatch(
          /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
        );
    } finally {
      await french.close();
    }
  });
});

describe('a report of a comment', () => {
  it('says so when this reporter had already reported it, instead of thanking them again', async () => {
    const article = 'wf-report-twice';
    await postApproved(suite.stack, article, { authorName: 'Noor', body: 'Something to report twice.' });
    const report = async (page: Page) => {
      await page.getByRole('button', { name: 'Report comment by Noor' }).click();
      await page.getByLabel('Why should a moderator look at it?').selectOption('spam');
      await page.getByRole('button', { name: 'Send report' }).click();
    };

    const first = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await report(first);
    await expect
      .poll(() => first.getByText('Thank you. A moderator will look at this comment.').isVisible())
      .toBe(true);

    // Another browser on the same network is the same reporter to the server (409 already_flagged).
    const other = await suite.browser.newContext();
    try {
      const again = await openEmbedPage(other, suite.stack, { articleId: article });
      const answered = again.waitForResponse((r) => r.url().endsWith('/flags'));
      await report(again);
      expect((await answered).status()).toBe(409);
      await expect
        .poll(() => again.getByText('You have already reported this comment.').isVisible())
        .toBe(true);
      expect(await again.getByText(/Thank you/).count()).toBe(0);
      expect(await again.getByRole('button', { name: 'You reported this comment' }).isDisabled()).toBe(true);
      expect(await focusedIn(again)).toBe('P:You have already reported this comment.');
      expect(await axeProblems(again)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('an own comment once it is published', () => {
  it('joins the threads shown, a reply under its thread, without a reload; the count follows', async () => {
    const article = 'wf-published-joins';
    await postApproved(suite.stack, article, { authorName: 'Tomas', body: 'A first thread to reply to.' });
    await suite.stack.setArticle(article, { mode: 'pre' });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    const heading = page.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe('1 comment');

    await page.getByRole('button', { name: 'Reply to Tomas' }).click();
    const form = page.getByRole('form', { name: 'Reply to Tomas' });
    await form.getByLabel('Name').fill('Replier');
    await form.getByLabel('Reply to Tomas', { exact: true }).fill('A reply that joins its thread.');
    await form.getByRole('button', { name: 'Post reply' }).click();
    await expect.poll(() => form.count()).toBe(0); // sent: the reply form closes
    await postFromWidget(page, 'Replier', 'A new thread of my own.');
    const own = page.locator('[data-own-id]');
    const threads = page.locator('ol.threads');
    expect(await threads.getByText('A reply that joins its thread.').count()).toBe(0);

    // A moderator publishes both; the widget's status poll brings them into the threads.
    for (const id of await own.evaluateAll((items) => items.map((i) => i.getAttribute('data-own-id')!)))
      await approve(suite.stack, id);
    const replies = page.getByRole('list', { name: 'Replies to Tomas' });
    await expect
      .poll(() => replies.getByText('A reply that joins its thread.').isVisible(), { timeout: 20_000 })
      .toBe(true);
    await expect
      .poll(() => threads.getByText('A new thread of my own.').isVisible(), { timeout: 20_000 })
      .toBe(true);
    expect(await heading.textContent()).toBe('3 comments');
    // The new thread is the last one (oldest first), and both are shown once.
    expect(await threads.locator(':scope > li').last().textContent()).toContain('A new thread of my own.');
    expect(await threads.getByText('A reply that joins its thread.').count()).toBe(1);

    // A reload shows the same.
    await page.reload();
    await expect.poll(() => heading.textContent()).toBe('3 comments');
    expect(await threads.getByText('A reply that joins its thread.').count()).toBe(1);
    expect(await threads.getByText('A new thread of my own.').count()).toBe(1);
    expect((await watch(page)).errors).toEqual([]);
  });
});

describe('an own published comment the reader edits', () => {
  it('leaves with its thread while it is checked again, and comes back in its place with the new text', async () => {
    // Its own article on each attempt: a retry must not find it left in pre-moderation.
    const article = `wf-edited-root-${Date.now().toString(36)}`;
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    const heading = page.getByRole('heading', { level: 2 });
    await postFromWidget(page, 'Rooter', 'A root of my own.');
    const own = page.locator('[data-own-id]');
    const id = (await own.getAttribute('data-own-id'))!;
    const threads = page.getByRole('list', { name: 'Comments' });
    await expect.poll(() => threads.getByText('A root of my own.').isVisible()).toBe(true);
    await postApproved(suite.stack, article, { authorName: 'Other', body: 'A reply to it.', parentId: id });
    await page.reload();
    await expect.poll(() => heading.textContent()).toBe('2 comments');

    // Held for a moderator this time (the article went to pre-moderation): the thread leaves at once.
    await suite.stack.setArticle(article, { mode: 'pre' });
    await own.getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('textbox', { name: 'Edit your comment' }).fill('An edited root.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => threads.getByText('A root of my own.').isVisible()).toBe(false);
    expect(await threads.getByText('A reply to it.').isVisible()).toBe(false);
    expect(await heading.textContent()).toBe('No comments yet');

    // Published again: the thread is back, new text, its reply under it, the count whole.
    await approve(suite.stack, id);
    await expect.poll(() => threads.getByText('An edited root.').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await threads.getByText('A reply to it.').isVisible()).toBe(true);
    expect(await heading.textContent()).toBe('2 comments');
    expect(await axeProblems(page)).toEqual([]);
  });
});
