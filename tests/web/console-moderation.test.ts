/**
 * The moderator's choices in the console, in headless Chromium against a local stack: a rejection's
 * reason is the moderator's to choose (none is chosen for them; without one the form says so), a ban
 * blocks the author's network only when asked and can be lifted from the card, and the status messages
 * read as sentences.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/stack';
import { axeViolations } from './support/axe';
import { heldComment, openConsole, startConsoleStack, type ConsolePage } from './support/console';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let c: ConsolePage;
let mod: string;
let n = 0;
const article = (label: string) => `choices-${label}-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  [stack, browser] = await startConsoleStack();
  mod = await stack.token('moderator');
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  c = await openConsole(context, stack, 'moderator');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

const statusOf = async (id: string) =>
  (await stack.request('GET', `/moderation/comments/${id}/history`, { token: mod })).json as {
    status: string;
    events: { action: string; reason: string | null }[];
  };

/** The card of the comment whose text contains `text`. */
const card = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });
/** The page's status region, where the console says what it did. */
const said = (page: Page) => page.locator('body > .visually-hidden[role="status"]');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName}:${el.getAttribute('name') ?? el.textContent}` : null;
  });

async function showArticle(page: Page, articleId: string, tab = /^Pending/): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('searchbox', { name: 'Article' }).fill(articleId);
  await page.getByRole('button', { name: 'Apply' }).click();
}

describe('a rejection', () => {
  it('has no reason until the moderator chooses one, and says so in the form when sent without', async () => {
    const a = article('reject');
    const id = await heldComment(stack, a, 'A comment to reject with a reason.', 'Ona Reader');
    await showArticle(c.page, a);
    const held = card(c.page, 'A comment to reject with a reason.');
    await held.getByRole('button', { name: 'Reject', exact: true }).click();
    const form = held.getByRole('form', { name: 'Reject comment' });
    const reason = form.getByLabel('Reason');
    expect(await reason.inputValue()).toBe('');
    expect(await reason.locator('option:checked').textContent()).toBe('Choose a reason');

    await form.getByRole('button', { name: 'Confirm rejection' }).click();
    const problem = form.getByText('Choose a reason: the author is told it.');
    await problem.waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    expect(await focused(c.page)).toBe('SELECT:reason');
    expect(await axeViolations(c.page)).toEqual([]);
    expect((await statusOf(id)).status).toBe('pending');

    await reason.selectOption('misinformation');
    await reason.press('Enter');
    await held.waitFor({ state: 'detached' });
    const after = await statusOf(id);
    expect(after.status).toBe('rejected');
    expect(after.events.at(-1)).toMatchObject({ action: 'reject', reason: 'misinformation' });
  });

  it('of the selected comments also waits for a reason', async () => {
    const a = article('bulk');
    const ids = [
      await heldComment(stack, a, 'Bulk rejection one.', 'Pia Reader'),
      await heldComment(stack, a, 'Bulk rejection two.', 'Quin Reader'),
    ];
    await showArticle(c.page, a);
    await card(c.page, 'Bulk rejection two.').waitFor();
    const bulk = c.page.getByRole('group', { name: 'Bulk actions' });
    await bulk.getByLabel('Select all').check();
    expect(await bulk.getByLabel('Reason').inputValue()).toBe('');
    await bulk.getByRole('button', { name: 'Reject selected' }).click();
    await bulk.getByText('Choose a reason for the rejections.').waitFor();
    expect(await focused(c.page)).toMatch(/^SELECT:/);
    for (const id of ids) expect((await statusOf(id)).status).toBe('pending');

    await bulk.getByLabel('Reason').selectOption('off_topic');
    await bulk.getByRole('button', { name: 'Reject selected' }).click();
    await card(c.page, 'Bulk rejection one.').waitFor({ state: 'detached' });
    for (const id of ids) expect((await statusOf(id)).events.at(-1)?.reason).toBe('off_topic');
    await expect.poll(() => said(c.page).textContent()).toBe('2 comments rejected.');
  });
});

describe('the status messages', () => {
  it('say what was done in a sentence, one comment or several', async () => {
    const a = article('words');
    await heldComment(stack, a, 'The only one approved at once.', 'Sol Reader');
    await showArticle(c.page, a);
    await card(c.page, 'The only one approved at once.').waitFor();
    await c.page.getByRole('group', { name: 'Bulk actions' }).getByLabel('Select all').check();
    await c.page.getByRole('button', { name: 'Approve selected' }).click();
    await expect.poll(() => said(c.page).textContent()).toBe('1 comment approved.');
  });

  it('name what an empty tab holds in words', async () => {
    const a = article('empty');
    await showArticle(c.page, a);
    for (const [tab, words] of [
      [/^Pending/, 'No comments waiting for review'],
      [/^Reported/, 'No comments reported by readers'],
      [/^Rejected/, 'No rejected comments'],
      [/^Approved/, 'No approved comments'],
      [/^Notices/, 'No open notices'],
      [/^Appeals/, 'No open appeals'],
    ] as const) {
      await c.page.getByRole('tab', { name: tab }).click();
      await c.page.getByText(`${words} on ${a}.`, { exact: true }).waitFor();
    }
    await c.page.getByRole('searchbox', { name: 'Article' }).fill('');
    await c.page.getByRole('button', { name: 'Apply' }).click();
    await c.page.getByRole('tab', { name: /^Suspensions/ }).click();
    await c.page.getByText('No open suspension proposals.', { exact: true }).waitFor();
  });
});

describe('a ban', () => {
  const a = article('ban');

  it('blocks the author alone unless the moderator asks for their network too', async () => {
    const id = await heldComment(stack, a, 'A comment by someone to ban.', 'Rex Spammer');
    await showArticle(c.page, a);
    const target = card(c.page, 'A comment by someone to ban.');
    await target.getByRole('button', { name: 'Ban author' }).click();
    const form = target.getByRole('form', { name: 'Ban Rex Spammer' });
    const network = form.getByLabel('Also block their network');
    expect(await network.isChecked()).toBe(false);
    expect(await form.getByLabel('Block the network for').isDisabled()).toBe(true);
    // Ticked, the length is offered; unticked again, it is not sent.
    await network.check();
    expect(await form.getByLabel('Block the network for').isEnabled()).toBe(true);
    await network.uncheck();
    await form.getByLabel('Reason for the ban').fill('Spam, over and over');
    await form.getByLabel('Reason stated on the rejected comments').selectOption('spam');
    const sent = c.page.waitForRequest((r) => r.url().endsWith('/ban') && r.method() === 'POST');
    await form.getByRole('button', { name: 'Confirm ban' }).click();
    expect((await sent).postDataJSON()).toMatchObject({
      reason: 'Spam, over and over',
      rejectReason: 'spam',
      networkHours: 0,
    });
    await target.waitFor({ state: 'detached' });
    expect((await statusOf(id)).status).toBe('rejected');
  });

  it('is lifted from the card that shows it, after a confirmation, and every card of the author follows', async () => {
    await showArticle(c.page, a, /^Rejected/);
    const banned = card(c.page, 'A comment by someone to ban.');
    await banned.getByText('Banned', { exact: true }).waitFor();
    expect(await banned.getByRole('button', { name: 'Ban author' }).isDisabled()).toBe(true);

    // Asked first; Cancel changes nothing.
    await banned.getByRole('button', { name: 'Lift ban' }).click();
    const ask = banned.getByRole('form', { name: 'Lift the ban on Rex Spammer' });
    expect(await ask.textContent()).toMatch(/They can comment again at once/);
    expect(await axeViolations(c.page)).toEqual([]);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    await banned.getByRole('button', { name: 'Lift ban' }).click();
    const lifted = c.page.waitForResponse(
      (r) => r.url().endsWith('/ban') && r.request().method() === 'DELETE',
    );
    await ask.getByRole('button', { name: 'Yes, lift the ban' }).click();
    expect((await lifted).status()).toBe(200);

    const words = 'Ban lifted: Rex Spammer can comment again.';
    await banned.getByText(words).waitFor();
    await expect.poll(() => said(c.page).textContent()).toBe(words);
    expect(await banned.getByText('Banned', { exact: true }).count()).toBe(0);
    expect(await banned.getByRole('button', { name: 'Lift ban' }).count()).toBe(0);
    expect(await banned.getByRole('button', { name: 'Ban author' }).isEnabled()).toBe(true);
    // The keyboard is on the card, not the page's body.
    expect(await focused(c.page)).toMatch(/^ARTICLE:/);
    const queue = await stack.request('GET', `/moderation/queue?queue=rejected&articleId=${a}`, {
      token: mod,
    });
    expect(queue.json.items[0].author.banned).toBe(false);
  });

  it('keeps a form open, with what was typed, when the list it is on loads again', async () => {
    const b = article('ban-kept');
    await heldComment(stack, b, 'A comment whose form stays open.', 'Kim Keeper');
    await showArticle(c.page, b);
    const target = card(c.page, 'A comment whose form stays open.');
    await target.getByRole('button', { name: 'Ban author' }).click();
    const form = target.getByRole('form', { name: 'Ban Kim Keeper' });
    await form.getByLabel('Also block their network').check();
    await form.getByLabel('Reason for the ban').fill('Typed before the list loaded again');
    // The same filter applied again: the list loads anew, and the card is still on it.
    const loaded = c.page.waitForResponse((r) => r.url().includes('/moderation/queue'));
    await c.page.getByRole('button', { name: 'Apply' }).click();
    await loaded;
    await expect.poll(() => c.page.getByText('Loading', { exact: false }).count()).toBe(0);
    expect(await form.isVisible()).toBe(true);
    expect(await form.getByLabel('Also block their network').isChecked()).toBe(true);
    expect(await form.getByLabel('Reason for the ban').inputValue()).toBe(
      'Typed before the list loaded again',
    );
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('stays free of CSP violations and page errors', () => {
    expect(c.violations()).toEqual([]);
    expect(c.errors()).toEqual([]);
  });
});
