/**
 * Repeat abuse (EU DSA Art. 23) in headless Chromium against a local stack: an author whose comments are
 * removed on notices is proposed in the console's Suspensions tab; the moderator is refused a suspension
 * before a warning (said plainly, the days typed kept), warns, and after more removals suspends from the
 * keyboard-reachable card; the author's widget says the warning beside the form, then refuses the post
 * with the date and the statement, the text kept. A notifier by e-mail whose proposal another moderator
 * decides first is told so in the card; the notifier's widget says their warning and suspension in "Your
 * reports". Both pages run under the stack's strict CSP, and axe-core finds no violation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/stack';
import { saveScreenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { openConsole, type ConsolePage } from './support/console';
import { closeRoles, openRoles, startWebStack, stopWebStack } from './support/two-roles';
import { approve, openEmbedPage, postApproved, watch } from './widget-helpers';

let stack: TestStack;
let browser: Browser;
let reader: BrowserContext;
let moderator: BrowserContext;
/** Another moderator, who decides the notices (and, once, a proposal first). */
let other: string;
let n = 0;
const article = (label: string) => `abuse-${label}-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  // Two removals propose an author, one manifestly unfounded notice a notifier.
  const policy = await stack.request('PUT', '/moderation/policy', {
    token: await stack.token('admin'),
    body: { repeatAbuse: { illegalRemovals: 2, unfoundedNotices: 1 } },
  });
  expect(policy.status, policy.text).toBe(200);
  other = await stack.token('moderator', { sub: 'other-mod', name: 'Other Moderator' });
}, 90_000);
afterAll(() => stopWebStack(stack, browser));
beforeEach(async () => ({ reader, moderator } = await openRoles(browser)));
afterEach(() => closeRoles(reader, moderator));

/** A notice about `commentId`, from `email` when given; its id. */
async function notice(commentId: string, email?: string): Promise<string> {
  const res = await stack.request('POST', `/comments/${commentId}/notices`, {
    body: {
      category: 'defamation',
      explanation: 'It says false things about a named person, on purpose.',
      ...(email ? { notifierEmail: email } : {}),
      goodFaith: true,
    },
  });
  expect(res.status, res.text).toBe(202);
  return res.json.notice.id as string;
}

async function decideNotice(noticeId: string, body: Record<string, unknown>): Promise<void> {
  const res = await stack.request('POST', `/moderation/notices/${noticeId}/decision`, { token: other, body });
  expect(res.status, res.text).toBe(200);
}

/** A published comment by `authorName` (or `commentId`, already posted) noticed and removed: one strike. */
async function removal(articleId: string, authorName: string, commentId?: string): Promise<void> {
  const id = commentId ?? (await postApproved(stack, articleId, { authorName, body: `Remark ${n++}.` }));
  await decideNotice(await notice(id), { action: 'remove', ground: 'Defamation of a named person.' });
}

/** The open proposal about the subject named `name` (through the API, as another moderator would). */
async function proposalAbout(subjectName: string | null): Promise<string> {
  const res = await stack.request('GET', '/moderation/queue?queue=suspensions&limit=100', { token: other });
  const items = res.json.items as { proposal: { id: string; subject: { name: string | null } } }[];
  const found = items.find((i) => i.proposal.subject.name === subjectName);
  expect(found, JSON.stringify(items)).toBeDefined();
  return found!.proposal.id;
}

async function decideProposal(id: string, body: Record<string, unknown>): Promise<void> {
  const res = await stack.request('POST', `/moderation/suspensions/${id}/decision`, { token: other, body });
  expect(res.status, res.text).toBe(200);
}

/** The console on the Suspensions tab, reached from the Appeals tab with the arrow key as a tab list is. */
async function suspensionsTab(context: BrowserContext): Promise<ConsolePage> {
  const c = await openConsole(context, stack, 'moderator');
  await c.page.getByRole('tab', { name: /^Appeals \(\d+\)$/ }).click();
  await c.page.keyboard.press('ArrowRight');
  const tab = c.page.getByRole('tab', { name: /^Suspensions \(\d+\)$/ });
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  // The bar is drawn again as the tab loads: the keyboard stays on the selected tab.
  await expect.poll(() => c.page.evaluate(() => document.activeElement?.id)).toBe('tab-suspensions');
  await c.page.getByText('Loading…').waitFor({ state: 'hidden' });
  return c;
}

const typed = (page: Page, label: string) => page.getByLabel(label).inputValue();

describe('an author whose comments are removed on notices', () => {
  it('is warned from the Suspensions tab (a suspension refused first), then suspended; the widget says both', async () => {
    const a = article('author');
    const page = await openEmbedPage(reader, stack, { articleId: a });
    await page.getByLabel('Name').fill('Rex');
    await page.getByLabel('Comment', { exact: true }).fill('The councillor is a thief and a liar.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const own = page.getByRole('region', { name: 'Your comments' });
    await own.locator('[data-own-id]').waitFor();
    const first = (await own.locator('[data-own-id]').getAttribute('data-own-id'))!;
    await stack.drain();
    await approve(stack, first);
    await removal(a, 'Rex', first);
    await removal(a, 'Rex');

    const c = await suspensionsTab(moderator);
    const tab = c.page.getByRole('tab', { name: /^Suspensions \(\d+\)$/ });
    const before = Number(/\((\d+)\)/.exec((await tab.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    // Site-wide, like the API: no article filter on this tab.
    expect(await c.page.getByLabel('Article').count()).toBe(0);
    const card = c.page.getByRole('article', { name: 'Suspension proposal about Rex' });
    await card.waitFor();
    expect(await card.getByText(/^Author a_/).isVisible()).toBe(true);
    const group = card.getByRole('group', { name: 'Repeat abuse' });
    expect(await group.textContent()).toContain('Illegal content: comments removed on notices (Art. 23(1))');
    expect(await group.textContent()).toContain(
      'Strikes: 2 in the last 180 days, 2 not yet weighed (proposed at 2); 2 counted in all',
    );
    expect(await group.textContent()).toMatch(/Proportion: 2 removed on notices of \d+ decided comments/);
    expect(await group.textContent()).toContain(
      'Earlier warning: None: a suspension needs an earlier warning, so warn first',
    );
    await card.getByText('The 2 decisions it was opened on').click();
    expect(await card.getByRole('list', { name: 'Decisions counted' }).textContent()).toContain(first);

    // A suspension before any warning: the API's 409, said plainly; the days typed stay.
    await card.getByRole('button', { name: 'Suspend' }).click();
    const days = card.getByLabel('Days of suspension (1–365)');
    expect(await days.evaluate((el) => el === document.activeElement)).toBe(true);
    await days.fill('7');
    await card.getByLabel('Note for moderators (optional)').fill('Two defamation removals in a week.');
    await card.getByRole('button', { name: 'Confirm: suspend' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toBe('Warn first: a suspension needs an earlier warning. Nothing was applied.');
    expect(await days.inputValue()).toBe('7');
    expect(await axeViolations(c.page)).toEqual([]);
    await saveScreenshot(c.page, 'console-suspensions.png');

    // Escape closes the form; then a warning, with a note for moderators.
    await c.page.keyboard.press('Escape');
    expect(await days.count()).toBe(0);
    await card.getByRole('button', { name: 'Warn' }).click();
    await card.getByLabel('Note for moderators (optional)').fill('First time: a warning.');
    await card.getByRole('button', { name: 'Confirm: warn' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await c.page.getByRole('tab', { name: `Suspensions (${before - 1})` }).waitFor();

    // The author, on the next visit: the warning beside the form, with its statement of reasons.
    await page.reload();
    const account = page.locator('section.parley > .account');
    await expect
      .poll(() => account.locator('strong').textContent())
      .toMatch(
        /^You were warned on .+ because 2 of your comments were removed as illegal content; further removals may suspend your commenting\.$/,
      );
    expect(await account.textContent()).toContain('The rule: A reader whose comments are repeatedly removed');
    expect(await axeViolations(page)).toEqual([]);

    // Two more removals: a second proposal, now with the warning; the keyboard reaches the card.
    await removal(a, 'Rex');
    await removal(a, 'Rex');
    await c.page.keyboard.press('u');
    await card.waitFor();
    expect(await card.getByRole('group', { name: 'Repeat abuse' }).textContent()).toMatch(
      /Earlier warning: Warned on .+ \(statement \w+\)/,
    );
    await c.page.keyboard.press('j');
    // Focus moves on the key's handler, which a loaded machine may run a moment after the press resolves.
    await expect.poll(() => card.evaluate((el) => el === document.activeElement)).toBe(true);
    await c.page.keyboard.press('h');
    await expect
      .poll(() => card.getByRole('list', { name: 'Trail' }).textContent())
      .toMatch(/proposed, 2 strikes/);
    await card.getByRole('button', { name: 'Suspend' }).click();
    await days.fill('400');
    expect(await days.evaluate((el) => (el as HTMLInputElement).validity.valid)).toBe(false);
    await days.fill('1');
    await card.getByRole('button', { name: 'Confirm: suspend' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(c.violations()).toEqual([]);
    expect(c.errors()).toEqual([]);

    // Posting is refused with the date and the statement; the text stays in the form.
    const text = 'One more remark about the councillor.';
    await page.getByLabel('Comment', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const form = page.getByRole('form', { name: 'Post a comment' });
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toMatch(
        /^You cannot comment until .+ because 2 of your comments were removed as illegal content after a warning\.$/,
      );
    expect(await page.getByLabel('Comment', { exact: true }).inputValue()).toBe(text);
    await expect.poll(() => account.textContent()).toContain('You are suspended from posting comments until');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'widget-suspended.png', { fullPage: true });
    expect((await watch(page)).cspViolations).toEqual([]);
  });
});

describe('a notifier by e-mail whose notices are manifestly unfounded', () => {
  it('is decided by another moderator first, as the card says; the widget says the warning, then the suspension', async () => {
    const a = article('notifier');
    const email = `hasty-${Date.now()}@example.org`;
    const target = await postApproved(stack, a, {
      authorName: 'Wanda',
      body: 'The new bridge is too expensive.',
    });
    await decideNotice(await notice(target, email), {
      action: 'keep',
      ground: 'Lawful criticism of a public project.',
      manifestlyUnfounded: true,
    });

    const c = await suspensionsTab(moderator);
    const card = c.page.getByRole('article', { name: 'Suspension proposal about A notifier by e-mail' });
    await card.waitFor();
    expect(await card.getByText('Notifier known by an e-mail address (never shown)').isVisible()).toBe(true);
    expect(await card.getByRole('group', { name: 'Repeat abuse' }).textContent()).toContain(
      'Proportion: 1 of 1 notices sent found manifestly unfounded (100%)',
    );
    expect(await c.page.content()).not.toContain(email);
    await card.getByRole('button', { name: 'Warn' }).click();
    await card.getByLabel('Note for moderators (optional)').fill('A first unfounded notice.');
    await decideProposal(await proposalAbout(null), { action: 'warn' });
    await card.getByRole('button', { name: 'Confirm: warn' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toBe(
        'Another moderator decided this proposal first (warned by Other Moderator). Your decision was not applied.',
      );
    expect(await typed(c.page, 'Note for moderators (optional)')).toBe('A first unfounded notice.');
    expect(await card.getByText('Proposal decided').isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Suspend' }).isDisabled()).toBe(true);
    expect(await axeViolations(c.page)).toEqual([]);

    // The notifier reports through the widget; their reports say the warning, then the suspension.
    const page = await openEmbedPage(reader, stack, { articleId: a });
    const mine = page.getByRole('region', { name: 'Your reports of illegal content' });
    const report = async () => {
      await page.getByRole('button', { name: 'Report illegal content by Wanda' }).click();
      const form = page.getByRole('form', { name: 'Report illegal content by Wanda' });
      await form.getByLabel('What kind of illegal content is it?').selectOption('defamation');
      await form.getByLabel(/Why do you think it is illegal/).fill('It defames the engineers who built it.');
      await form.getByLabel('Your e-mail (optional)').fill(email);
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: 'Send report' }).click();
      return form;
    };
    await report();
    await page.locator('.receipt').waitFor();
    const sent = JSON.parse((await page.evaluate(() => localStorage.getItem('parley:v1:notices'))) ?? '[]');
    await page.reload();
    const account = mine.locator('.account');
    await expect
      .poll(() => account.locator('strong').textContent())
      .toMatch(/^You were warned on .+ because 1 of your reports was found manifestly unfounded;/);

    await decideNotice((sent as { id: string }[])[0]!.id, {
      action: 'keep',
      ground: 'Lawful criticism.',
      manifestlyUnfounded: true,
    });
    await decideProposal(await proposalAbout(null), { action: 'suspend', days: 3 });
    await page.reload();
    await expect
      .poll(() => account.locator('strong').textContent())
      .toMatch(/^Your reports of illegal content are not processed until .+ after a warning\.$/);
    expect(await axeViolations(page)).toEqual([]);
    expect((await watch(page)).cspViolations).toEqual([]);

    // The Stats view sizes the open proposals as the API counts them (the suspension closed the last).
    const stats = await stack.request('GET', '/moderation/stats', { token: other });
    await c.page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Stats' }).click();
    const figure = c.page
      .locator('.stat-grid dt', { hasText: 'Open suspension proposals' })
      .locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => figure.textContent()).toBe(String(stats.json.queues.suspensions));
    expect(c.errors()).toEqual([]);
  });
});
