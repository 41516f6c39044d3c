/**
 * The reader widget's own comments when a status answer crosses the reader's action (headless Chromium
 * against a local stack): the delete confirmation stays open when a status arrives meanwhile, and a
 * status answer sent before a deletion never brings the deleted comment back.
 */
import { describe, expect, it } from 'vitest';
import { openEmbedPage, widgetSuite } from './widget-helpers';

const suite = widgetSuite();

describe('the reader widget, a status answer crossing the reader', () => {
  /**
   * Posts a comment on a pre-moderated article and holds the next status poll of it: `polled` settles
   * once the poll is asked, `release` lets its answer through. With `answerFirst`, the answer is taken
   * from the server at once and only its delivery to the page waits.
   */
  async function heldPoll(article: string, name: string, body: string, answerFirst = false) {
    await suite.stack.setArticle(article, { mode: 'pre' });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Comment', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const own = page.locator('[data-own-id]');
    await own.getByText('Awaiting review', { exact: true }).waitFor();
    const id = (await own.getAttribute('data-own-id'))!;
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = (): void => undefined;
    const polled = new Promise<void>((resolve) => (asked = resolve));
    await page.route(`**/comments/${id}`, async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const response = answerFirst ? await route.fetch() : null;
      asked();
      await released;
      await (response ? route.fulfill({ response }) : route.continue());
    });
    const answered = () =>
      page.waitForResponse((r) => r.url().endsWith(`/comments/${id}`) && r.request().method() === 'GET');
    const nextFrame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    return { page, own, id, polled, release, answered, nextFrame };
  }

  it('keeps the delete confirmation open when the comment’s status arrives meanwhile', async () => {
    const { page, own, id, polled, release, answered, nextFrame } = await heldPoll(
      'w-confirm',
      'Una',
      'Awaiting review while I change my mind.',
    );
    // The next status poll is held until the confirmation is open, then answered.
    await polled;
    await own.getByRole('button', { name: /^Delete/ }).click();
    const answer = answered();
    release();
    await answer;
    await nextFrame();
    const keep = page.getByRole('button', { name: 'Keep it' });
    expect(await keep.isVisible()).toBe(true);
    // Kept: the state that arrived is shown, and the focus is back on Delete.
    await keep.click();
    await expect
      .poll(() => own.getByRole('button', { name: /^Delete/ }).evaluate((el) => el.matches(':focus')))
      .toBe(true);
    await page.unroute(`**/comments/${id}`);
    await own.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => own.count()).toBe(0);
  });

  it('does not bring a deleted comment back when a status answer sent before the delete arrives after it', async () => {
    // The next status poll gets its answer from the server at once (still awaiting review), but the
    // answer reaches the page only after the reader has deleted the comment.
    const { page, own, id, polled, release, answered, nextFrame } = await heldPoll(
      'w-late-answer',
      'Vera',
      'Held for review, then deleted.',
      true,
    );
    await polled;
    await own.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => own.count()).toBe(0);
    const answer = answered();
    release();
    await answer;
    await nextFrame();
    expect(await own.count()).toBe(0);
    await page.unroute(`**/comments/${id}`);
  });
});
