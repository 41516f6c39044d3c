/**
 * The reader widget on an article a moderator closed, in headless Chromium against a local stack: the
 * listing says so, so the widget shows a sentence instead of the post form and the reply buttons, and
 * still lists, pages and lets readers report the comments; a thread closed after the page loaded switches
 * to the same state when a post is refused.
 */
import { describe, expect, it } from 'vitest';
import { focusedIn } from './support/focus';
import { axeProblems, openEmbedPage, postApproved, watch, widgetSuite } from './widget-helpers';

const suite = widgetSuite();

/** A moderator closes or reopens the article through the moderation API, as the console does. */
async function setClosed(articleId: string, closed: boolean): Promise<void> {
  const res = await suite.stack.request('PUT', `/moderation/articles/${articleId}/settings`, {
    body: { closed },
    token: await suite.stack.token('moderator'),
  });
  expect(res.status, res.text).toBe(200);
}

describe('the reader widget on a closed article', () => {
  it('says comments are closed instead of the form and reply buttons, and still lists, pages and reports', async () => {
    const article = 'wc-closed';
    const first = await postApproved(suite.stack, article, { authorName: 'Aiko', body: 'Before the close.' });
    await postApproved(suite.stack, article, { authorName: 'Bruno', body: 'A reply.', parentId: first });
    await postApproved(suite.stack, article, { authorName: 'Chen', body: 'The second thread.' });
    await setClosed(article, true);

    const page = await openEmbedPage(suite.context, suite.stack, {
      articleId: article,
      attrs: { 'data-parley-page-size': '1' },
    });
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('3 comments');
    expect(await page.getByText('Comments are closed on this article.').isVisible()).toBe(true);
    expect(await page.getByRole('form', { name: 'Post a comment' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Post comment' }).count()).toBe(0);
    expect(await page.getByText('A reply.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Reply to / }).count()).toBe(0);

    await page.getByRole('button', { name: 'Load more comments' }).click();
    await expect.poll(() => page.getByText('The second thread.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Reply to / }).count()).toBe(0);
    // Reporting is not posting: it stays.
    expect(await page.getByRole('button', { name: 'Report comment by Chen' }).isVisible()).toBe(true);

    expect(await axeProblems(page)).toEqual([]);
    const w = await watch(page);
    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);

    // Reopened: the next visit has the form and the reply buttons again.
    await setClosed(article, false);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Post comment' }).isVisible()).toBe(true);
    // The form is built before the first page arrives: wait for the listing, which says open or closed.
    await expect.poll(() => page.getByRole('button', { name: 'Reply to Aiko' }).isVisible()).toBe(true);
    expect(await page.getByText('Comments are closed on this article.').isVisible()).toBe(false);
  });

  it('switches to the closed state when a reply is refused because the article was closed after loading', async () => {
    const article = 'wc-closed-later';
    await postApproved(suite.stack, article, { authorName: 'Dara', body: 'Open when the page loaded.' });
    await postApproved(suite.stack, article, { authorName: 'Emil', body: 'Another thread.' });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await expect.poll(() => page.getByRole('button', { name: 'Reply to Dara' }).isVisible()).toBe(true);
    await setClosed(article, true);

    await page.getByRole('button', { name: 'Reply to Dara' }).click();
    const form = page.getByRole('form', { name: 'Reply to Dara' });
    await form.getByLabel('Name').fill('Late Reader');
    await form.getByLabel('Reply to Dara', { exact: true }).fill('Just too late.');
    await form.getByRole('button', { name: 'Post reply' }).click();

    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('Comments are closed on this article.');
    // The refused reply keeps its text and the keyboard's place; everything else says closed.
    expect(await form.getByLabel('Reply to Dara', { exact: true }).inputValue()).toBe('Just too late.');
    expect(await form.getByLabel('Reply to Dara', { exact: true }).isEditable()).toBe(true);
    expect(await form.getByRole('button', { name: 'Post reply' }).isDisabled()).toBe(true);
    expect(await focusedIn(page)).toBe('DIV:Comments are closed on this article.');
    expect(await page.getByRole('button', { name: /^Reply to / }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Post a comment' }).count()).toBe(0);
    expect(await page.getByText('Comments are closed on this article.', { exact: true }).count()).toBe(2);
    expect(await axeProblems(page)).toEqual([]);
  });

  it("offers no Edit on the reader's own comments once the article is closed, and keeps Delete", async () => {
    const article = 'wc-closed-own';
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await page.getByLabel('Name').fill('Farah');
    await page.getByLabel('Comment', { exact: true }).fill('Posted while the article was open.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const own = page.locator('[data-own-id]');
    await expect.poll(() => own.getByRole('button', { name: /^Edit/ }).isVisible()).toBe(true);

    // Closed after the page loaded: an edit is refused, and the widget closes with it.
    await setClosed(article, true);
    await own.getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('textbox', { name: 'Edit your comment' }).fill('Too late to change.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => own.getByRole('alert').first().textContent())
      .toBe('Comments are closed on this article.');
    expect(await page.getByRole('form', { name: 'Post a comment' }).count()).toBe(0);

    // The next visit: the comment is still the reader's, with Delete and without Edit.
    await page.reload();
    await expect.poll(() => own.getByText('Posted while the article was open.').isVisible()).toBe(true);
    expect(await own.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await own.getByRole('button', { name: /^Delete/ }).isVisible()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
  });
});
