/**
 * Notices of illegal content (EU DSA Art. 16) in headless Chromium against a local stack: a reader
 * reports a comment from the widget (errors beside the form with the text kept, then the receipt), a
 * moderator removes or keeps it from the console's Notices tab (a 409 when another moderator came first
 * keeps the typed ground), and the reader's widget shows the decision with its ground after a reload.
 * Both pages run under the stack's strict CSP and stay axe-clean.
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
const article = (label: string) => `notices-${label}-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => ({ stack, browser } = await startWebStack()), 90_000);
afterAll(() => stopWebStack(stack, browser));
beforeEach(async () => ({ reader, moderator } = await openRoles(browser)));
afterEach(() => closeRoles(reader, moderator));

const EXPLANATION = 'It falsely accuses a named councillor of taking bribes, which is defamation.';

/** Opens the reader's notice form under the comment by `author`. */
async function openForm(page: Page, author: string) {
  await page.getByRole('button', { name: `Report illegal content by ${author}` }).click();
  return page.getByRole('form', { name: `Report illegal content by ${author}` });
}

/** The console on the Notices tab, filtered to one article. */
async function noticesTab(articleId: string) {
  const c = await openConsole(moderator, stack, 'moderator');
  await c.page.getByRole('tab', { name: /^Notices \(\d+\+?\)$/ }).click();
  await c.page.getByLabel('Article').fill(articleId);
  await c.page.getByRole('button', { name: 'Apply' }).click();
  // The filtered page replaces the cards: act on them once it is in.
  await c.page.getByText('Loading…').waitFor({ state: 'hidden' });
  return c;
}

describe('notices of illegal content', () => {
  it('a reader reports a comment, a moderator removes it, the reader sees the decision', async () => {
    const a = article('remove');
    await postApproved(stack, a, { authorName: 'Viktor', body: 'The councillor took bribes, I am sure.' });
    const page = await openEmbedPage(reader, stack, { articleId: a });
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('1 comment');

    const form = await openForm(page, 'Viktor');
    expect(
      await form.getByLabel('What kind of illegal content is it?').evaluate((el) => el.matches(':focus')),
    ).toBe(true);
    await form.getByLabel('What kind of illegal content is it?').selectOption('defamation');
    await form.getByLabel(/Why do you think it is illegal/).fill(EXPLANATION);
    expect(await form.getByText(`${EXPLANATION.length} / 4,000 characters`).isVisible()).toBe(true);
    await form.getByLabel('Law or legal ground, if you know it (optional)').fill('Criminal code, defamation');
    expect(await axeProblems(page)).toEqual([]);

    // Without the good-faith statement: said beside the form, on the box, and nothing typed is lost.
    const alert = form.locator('.error[role="alert"]');
    await form.getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => alert.textContent()).toBe('Please check the highlighted fields.');
    const box = form.getByRole('checkbox');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('Please confirm this statement').isVisible()).toBe(true);
    expect(await form.getByLabel(/Why do you think it is illegal/).inputValue()).toBe(EXPLANATION);
    await saveScreenshot(page, 'notice-form.png', { fullPage: true });

    // The server's own refusal reaches the same places: the statement dropped on the way out.
    await page.route('**/notices', (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      delete body.goodFaith;
      return route.continue({ postData: JSON.stringify(body) });
    });
    await box.check();
    await form.getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => form.getByText(/goodFaith must be true/).isVisible()).toBe(true);
    expect(await alert.textContent()).toBe('Please check the highlighted fields.');
    expect(await form.getByLabel(/Why do you think it is illegal/).inputValue()).toBe(EXPLANATION);
    await page.unroute('**/notices');

    await form.getByRole('button', { name: 'Send report' }).click();
    const receipt = page.locator('.receipt');
    await expect
      .poll(() => receipt.textContent())
      .toMatch(/^Thank you\. Your report \w{26} was received on /);
    expect(await receipt.evaluate((el) => el.matches(':focus'))).toBe(true);
    const mine = page.getByRole('region', { name: 'Your reports of illegal content' });
    expect(await mine.getByText('Received', { exact: true }).isVisible()).toBe(true);
    expect(await mine.getByText('About a comment by Viktor').isVisible()).toBe(true);
    expect(
      await page.getByRole('button', { name: 'You reported this comment as illegal content' }).isDisabled(),
    ).toBe(true);
    const stored = await page.evaluate(() => localStorage.getItem('parley:v1:notices'));
    expect(JSON.parse(stored ?? '[]')).toHaveLength(1);

    // The moderator: the notice in its tab, with what the reader wrote.
    const c = await noticesTab(a);
    const card = c.page.getByRole('article', { name: 'Notice about the comment by Viktor' });
    await card.waitFor();
    expect(await card.getByText(/^Notice of defamation, received \w/).isVisible()).toBe(true);
    expect(await card.getByText(`“${EXPLANATION}”`).isVisible()).toBe(true);
    expect(await card.getByText('Criminal code, defamation').isVisible()).toBe(true);
    expect(await card.getByText('Anonymous: no name and e-mail given').isVisible()).toBe(true);
    expect(await axeProblems(c.page)).toEqual([]);
    await saveScreenshot(c.page, 'console-notices.png');

    await card.getByRole('button', { name: 'Remove comment' }).click();
    // A ground is required: the browser refuses an empty one, the card a blank one; nothing is sent.
    const ground = card.getByLabel('Ground for removal');
    expect(await ground.evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
    await ground.fill('   ');
    await card.getByRole('button', { name: 'Confirm removal' }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toMatch(/^State the ground/);
    await card.getByLabel('Ground for removal').fill('Defamation of a named person.');
    await card.getByRole('button', { name: 'Confirm removal' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => c.page.getByText('No open notices on').isVisible()).toBe(true);
    // The last card gone, a keyboard user is on the queue's tab, not on the page's body (a web audit, stop 46).
    expect(await c.page.evaluate(() => document.activeElement?.id)).toBe('tab-notices');
    expect(c.violations()).toEqual([]);
    expect(c.errors()).toEqual([]);

    // The reader, on a later visit: the decision and its ground.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('No comments yet');
    await expect.poll(() => mine.getByText('Decided: removed').isVisible()).toBe(true);
    expect(await mine.getByText('Ground: Defamation of a named person.').isVisible()).toBe(true);
    // A removal is what the reader asked for: no review window is offered (only a decision to keep has one).
    expect(await mine.getByText(/^You can ask for a person to review this decision until /).count()).toBe(0);
    expect((await watch(page)).cspViolations).toEqual([]);
  });

  it('keeps a comment on a notice; the reader sees it kept, with the ground, after a reload', async () => {
    const a = article('keep');
    await postApproved(stack, a, { authorName: 'Wanda', body: 'The new bridge is ugly and too expensive.' });
    const page = await openEmbedPage(reader, stack, { articleId: a });
    const form = await openForm(page, 'Wanda');
    await form.getByLabel('What kind of illegal content is it?').selectOption('other_illegal');
    await form
      .getByLabel(/Why do you think it is illegal/)
      .fill('Insulting the city like this must be illegal.');
    await form.getByLabel('Your name (optional)').fill('Nina Notifier');
    await form.getByLabel('Your e-mail (optional)').fill('nina@example.org');
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Send report' }).click();
    await page.locator('.receipt').waitFor();

    const c = await noticesTab(a);
    const card = c.page.getByRole('article', { name: 'Notice about the comment by Wanda' });
    expect(await card.getByText('From Nina Notifier (name and e-mail given)').isVisible()).toBe(true);
    await card.getByRole('button', { name: 'Keep comment' }).click();
    await card.getByLabel('Ground for keeping it').fill('Lawful criticism of a public project.');
    await card.getByRole('button', { name: 'Confirm keeping' }).click();
    await expect.poll(() => card.count()).toBe(0);

    await page.reload();
    const mine = page.getByRole('region', { name: 'Your reports of illegal content' });
    await expect.poll(() => mine.getByText('Decided: kept').isVisible()).toBe(true);
    expect(await mine.getByText('Ground: Lawful criticism of a public project.').isVisible()).toBe(true);
    expect(await page.getByText('The new bridge is ugly and too expensive.').isVisible()).toBe(true);
    expect((await watch(page)).cspViolations).toEqual([]);
  });

  it('says so when another moderator decided the notice first, keeping the typed ground', async () => {
    const a = article('conflict');
    const id = await postApproved(stack, a, {
      authorName: 'Xena',
      body: 'A comment two moderators look at.',
    });
    const sent = await stack.request('POST', `/comments/${id}/notices`, {
      body: {
        category: 'scams_fraud',
        explanation: 'It advertises a fake investment scheme.',
        goodFaith: true,
      },
    });
    expect(sent.status, sent.text).toBe(202);
    const noticeId: string = sent.json.notice.id;

    const c = await noticesTab(a);
    const card = c.page.getByRole('article', { name: 'Notice about the comment by Xena' });
    await card.getByRole('button', { name: 'Remove comment' }).click();
    await card.getByLabel('Ground for removal').fill('A fraudulent investment offer.');
    const other = await stack.token('moderator', { sub: 'other-mod', name: 'Other Moderator' });
    const first = await stack.request('POST', `/moderation/notices/${noticeId}/decision`, {
      body: { action: 'keep', ground: 'Not a scam.' },
      token: other,
    });
    expect(first.status, first.text).toBe(200);

    await card.getByRole('button', { name: 'Confirm removal' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toMatch(/^Another moderator decided this notice first \(the comment is now approved\)/);
    expect(await card.getByLabel('Ground for removal').inputValue()).toBe('A fraudulent investment offer.');
    expect(await card.getByText('Notice decided').isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Confirm removal' }).isDisabled()).toBe(true);
    expect(c.violations()).toEqual([]);
  });
});
