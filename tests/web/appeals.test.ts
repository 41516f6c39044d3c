/**
 * Appeals against decisions (EU DSA Art. 20) in headless Chromium against a local stack: an author asks
 * for a review of their rejected comment from the widget (an empty explanation is refused beside the
 * form with nothing lost), the moderator who rejected it is refused in the console's Appeals tab with a
 * plain message and keeps the typed note, a second moderator reverses it, and the author's widget shows
 * the comment restored with the reviewer's answer. A notifier's kept notice is appealed and upheld the
 * same way. Both pages run under the stack's strict CSP and stay axe-clean.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/stack';
import { saveScreenshot } from './support/artifacts';
import { closeRoles, openRoles, startWebStack, stopWebStack } from './support/two-roles';
import { openConsole } from './support/console';
import { axeProblems, openEmbedPage, postApproved, watch } from './widget-helpers';

let stack: TestStack;
let browser: Browser;
let reader: BrowserContext;
let moderator: BrowserContext;
let n = 0;
const article = (label: string) => `appeals-${label}-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => ({ stack, browser } = await startWebStack()), 90_000);
afterAll(() => stopWebStack(stack, browser));
beforeEach(async () => ({ reader, moderator } = await openRoles(browser)));
afterEach(() => closeRoles(reader, moderator));

/**
 * The console on the Appeals tab, filtered to one article. `sub` signs in as another moderator: the
 * console's local sign-in always asks for the same one, so its token request is given another subject.
 */
async function appealsTab(context: BrowserContext, articleId: string, sub?: string) {
  if (sub)
    await context.route('**/__local/token', (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      return route.continue({ postData: JSON.stringify({ ...body, sub, name: 'Second Moderator' }) });
    });
  const c = await openConsole(context, stack, 'moderator');
  await c.page.getByRole('tab', { name: /^Appeals \(\d+\+?\)$/ }).click();
  await c.page.getByLabel('Article').fill(articleId);
  await c.page.getByRole('button', { name: 'Apply' }).click();
  await c.page.getByText('Loading…').waitFor({ state: 'hidden' });
  return c;
}

/** Opens "Ask for a review" in `region` and answers the form. */
async function openAppealForm(region: ReturnType<Page['getByRole']>, subject: string) {
  await region.getByRole('button', { name: 'Ask for a review' }).click();
  return region.getByRole('form', { name: `Ask for a review of ${subject}` });
}

const WHY = 'It quotes the mayor word for word; it does not insult anyone.';
const ANSWER = 'You are right: it is a quotation. Your comment is published again.';

describe('appeals against decisions', () => {
  it('an author appeals a rejection, the deciding moderator is refused, a second one reverses it', async () => {
    const a = article('author');
    const page = await openEmbedPage(reader, stack, { articleId: a });
    await page.getByLabel('Name').fill('Ann');
    await page.getByLabel('Comment', { exact: true }).fill('The mayor said: “this budget is a disgrace”.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const own = page.getByRole('region', { name: 'Your comments' });
    const ownItem = own.locator('[data-own-id]');
    await ownItem.waitFor();
    const commentId = (await ownItem.getAttribute('data-own-id'))!;
    await stack.drain();

    // The console's local moderator (the same subject) rejects it.
    const rejected = await stack.request('POST', `/moderation/comments/${commentId}/decision`, {
      body: { action: 'reject', reason: 'abuse' },
      token: await stack.token('moderator'),
    });
    expect(rejected.status, rejected.text).toBe(200);

    await page.reload();
    await expect.poll(() => own.getByText('Not published', { exact: true }).isVisible()).toBe(true);
    const form = await openAppealForm(own, 'your comment');
    const why = form.getByLabel(/^Why is this decision wrong\?/);
    expect(await why.evaluate((el) => el.matches(':focus'))).toBe(true);

    // Empty: refused beside the form and on the field, nothing sent.
    const alert = form.locator('.error[role="alert"]');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => alert.textContent()).toBe('Please check the highlighted field.');
    expect(await why.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('Please say why the decision is wrong').isVisible()).toBe(true);
    await saveScreenshot(page, 'appeal-form.png', { fullPage: true });
    // Too short: refused the same way, and what was typed stays.
    await why.fill('A quote.');
    await form.getByRole('button', { name: 'Send request' }).click();
    expect(await why.inputValue()).toBe('A quote.');
    await why.fill(WHY);
    expect(await form.getByText(`${WHY.length} / 4,000 characters`).isVisible()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => own.getByText('Review requested').isVisible()).toBe(true);
    // The form is gone: the appeal's state has the focus.
    expect(await own.locator('[data-appeal="received"]').evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(await own.getByRole('button', { name: 'Ask for a review' }).count()).toBe(0);

    // The moderator who rejected it: the appeal in its tab, and a plain refusal that keeps the note.
    const c = await appealsTab(moderator, a);
    const card = c.page.getByRole('article', { name: 'Appeal about the comment by Ann' });
    await card.waitFor();
    expect(await card.getByText(`“${WHY}”`).isVisible()).toBe(true);
    expect(await card.getByText(/^Appeal by the comment’s author, received /).isVisible()).toBe(true);
    expect(
      await card.getByText(/^Decision under appeal: Rejected \(Abuse\), .+, by Local Moderator$/).isVisible(),
    ).toBe(true);
    expect(
      await c.page.getByRole('tab', { name: /^Appeals \(\d+ site-wide\)$/ }).getAttribute('aria-selected'),
    ).toBe('true');
    await card.getByRole('button', { name: 'Reverse decision' }).click();
    const note = card.getByLabel('Answer to the person who appealed');
    expect(await card.getByText(/^Required\. The author reads this note/).isVisible()).toBe(true);
    expect(await axeProblems(c.page)).toEqual([]);
    await note.fill(ANSWER);
    await saveScreenshot(c.page, 'console-appeals.png');
    await card.getByRole('button', { name: 'Confirm reversal' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toBe('You made this decision; another moderator or an admin must review it. Nothing was applied.');
    expect(await card.getByLabel('Answer to the person who appealed').inputValue()).toBe(ANSWER);
    expect(c.violations()).toEqual([]);
    expect(c.errors()).toEqual([]);

    // A second moderator reverses it.
    const second = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const s = await appealsTab(second, a, 'second-moderator');
      const theirs = s.page.getByRole('article', { name: 'Appeal about the comment by Ann' });
      await theirs.getByRole('button', { name: 'Reverse decision' }).click();
      // The note is required: the card refuses a blank one, nothing is sent.
      await theirs.getByLabel('Answer to the person who appealed').fill('   ');
      await theirs.getByRole('button', { name: 'Confirm reversal' }).click();
      await expect.poll(() => theirs.getByRole('alert').textContent()).toMatch(/^Write the answer/);
      await theirs.getByLabel('Answer to the person who appealed').fill(ANSWER);
      await theirs.getByRole('button', { name: 'Confirm reversal' }).click();
      await expect.poll(() => theirs.count()).toBe(0);
      await expect.poll(() => s.page.getByText('No open appeals on').isVisible()).toBe(true);
      expect(s.errors()).toEqual([]);
    } finally {
      await second.close();
    }

    // The author, on a later visit: the comment restored, with the reviewer's answer as text.
    await page.reload();
    await expect.poll(() => own.getByText('Reviewed: comment restored').isVisible()).toBe(true);
    expect(await own.getByText(`The reviewer’s answer: ${ANSWER}`).isVisible()).toBe(true);
    expect(await own.getByText('Published', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('1 comment');
    expect(await axeProblems(page)).toEqual([]);
    expect((await watch(page)).cspViolations).toEqual([]);
  });

  it('a notifier appeals a notice decided keep, and a moderator upholds the decision', async () => {
    const a = article('notifier');
    const commentId = await postApproved(stack, a, {
      authorName: 'Wanda',
      body: 'The new bridge is ugly and too expensive.',
    });
    const page = await openEmbedPage(reader, stack, { articleId: a });
    await page.getByRole('button', { name: 'Report illegal content by Wanda' }).click();
    const notice = page.getByRole('form', { name: 'Report illegal content by Wanda' });
    await notice.getByLabel('What kind of illegal content is it?').selectOption('defamation');
    await notice.getByLabel(/Why do you think it is illegal/).fill('It defames the engineers who built it.');
    await notice.getByRole('checkbox').check();
    await notice.getByRole('button', { name: 'Send report' }).click();
    await page.locator('.receipt').waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('parley:v1:notices'));
    const noticeId = (JSON.parse(stored ?? '[]') as { id: string }[])[0]!.id;

    // Another moderator keeps it, so the console's own moderator may review the appeal.
    const kept = await stack.request('POST', `/moderation/notices/${noticeId}/decision`, {
      body: { action: 'keep', ground: 'Lawful criticism of a public project.' },
      token: await stack.token('moderator', { sub: 'other-mod', name: 'Other Moderator' }),
    });
    expect(kept.status, kept.text).toBe(200);

    await page.reload();
    const mine = page.getByRole('region', { name: 'Your reports of illegal content' });
    await expect.poll(() => mine.getByText('Decided: kept').isVisible()).toBe(true);
    const form = await openAppealForm(mine, 'your report');
    await form.getByLabel(/^Why is this decision wrong\?/).fill('Calling engineers frauds is not criticism.');
    expect(await axeProblems(page)).toEqual([]);
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => mine.getByText('Review requested').isVisible()).toBe(true);

    const c = await appealsTab(moderator, a);
    const card = c.page.getByRole('article', { name: 'Appeal about the comment by Wanda' });
    expect(await card.getByText(/^Appeal by the notifier, received /).isVisible()).toBe(true);
    expect(
      await card
        .getByText(/^Decision under appeal: Kept despite a notice of .+, by Other Moderator$/)
        .isVisible(),
    ).toBe(true);
    await card.getByRole('button', { name: 'Keep decision' }).click();
    expect(await card.getByText(/^Required\. The notifier reads this note/).isVisible()).toBe(true);
    await card
      .getByLabel('Answer to the person who appealed')
      .fill('It criticises the project; it names no one and states no false fact.');
    await card.getByRole('button', { name: 'Confirm keeping the decision' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(c.errors()).toEqual([]);

    await page.reload();
    await expect.poll(() => mine.getByText('Reviewed: decision kept').isVisible()).toBe(true);
    expect(
      await mine
        .getByText(
          'The reviewer’s answer: It criticises the project; it names no one and states no false fact.',
        )
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText('The new bridge is ugly and too expensive.').isVisible()).toBe(true);
    expect(commentId).toBeTruthy();
    expect((await watch(page)).cspViolations).toEqual([]);
  });
});
