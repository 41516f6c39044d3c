/**
 * The console's due-process screens for admins in headless Chromium against a local stack: the
 * transparency report of a period as tables after notices were decided (a period the API refuses is said
 * beside its field), its CSV and the statements of reasons downloaded through blob URLs under the CSP;
 * a trusted flagger registered with its token shown once and copied, its notice first in the Notices tab
 * with a "Trusted flagger" badge, then revoked after a confirmation; the open notices and appeals in the
 * stats and the tab counts; a moderator who is not an admin sees neither screen; axe-core finds no
 * violation on either screen.
 */
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/stack';
import { saveScreenshot } from './support/artifacts';
import { openConsole, type ConsolePage } from './support/console';
import { startWebStack, stopWebStack } from './support/two-roles';
import { postApproved } from './widget-helpers';
import { axeViolations } from './support/axe';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let c: ConsolePage;
let mod: string;
let n = 0;
const article = (label: string) => `due-${label}-${Date.now().toString(36)}-${n++}`;
const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
const today = utcDay(Date.now());
const monthAgo = utcDay(Date.now() - 29 * 86_400_000);

/** A notice about a published comment, with the flagger's token when given; its id. */
async function notice(commentId: string, category: string, flaggerToken?: string) {
  const res = await stack.request('POST', `/comments/${commentId}/notices`, {
    ...(flaggerToken ? { headers: { 'x-flagger-token': flaggerToken } } : {}),
    body: {
      category,
      explanation: 'The comment says things about a named person that are against the law.',
      notifierName: 'Nina Notifier',
      notifierEmail: 'nina@example.org',
      goodFaith: true,
    },
  });
  return { status: res.status, id: res.json?.notice?.id as string };
}

async function decideNotice(id: string, action: 'remove' | 'keep') {
  const res = await stack.request('POST', `/moderation/notices/${id}/decision`, {
    token: mod,
    body: { action, ground: action === 'remove' ? 'Defamation of a named person.' : 'Lawful opinion.' },
  });
  expect(res.status, res.text).toBe(200);
}

/** The text of each cell of the table row led by `head`. */
const cells = (page: Page, table: string, head: string) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: head }).locator('td').allTextContents();

const NOTICES = 'Notices of illegal content (Art. 16), by category and outcome';
const ACTIONS = 'Actions on comments (each with a statement of reasons), by reason and who decided';

/** What a download saved, read through Playwright (the browser may be a remote one). */
async function contentOf(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name, exact: true });

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
  mod = await stack.token('moderator', { sub: 'notice-mod', name: 'Nora Moderator' });
  const a = article('report');
  const [c1, c2, c3] = [
    await postApproved(stack, a, { authorName: 'Uwe', body: 'The councillor took bribes, everybody knows.' }),
    await postApproved(stack, a, { authorName: 'Vera', body: 'Someone should teach them a lesson.' }),
    await postApproved(stack, a, { authorName: 'Wim', body: 'Her address is easy to find online.' }),
  ];
  const removed = await notice(c1, 'defamation');
  const kept = await notice(c2, 'threats_violence');
  expect((await notice(c3, 'privacy_violation')).status).toBe(202);
  await decideNotice(removed.id, 'remove');
  await decideNotice(kept.id, 'keep');
  context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
  c = await openConsole(context, stack, 'admin');
}, 120_000);
afterAll(async () => {
  await context?.close();
  await stopWebStack(stack, browser);
});

describe('the transparency view', () => {
  it('shows the last 30 days as tables once notices are decided', async () => {
    await nav(c.page, 'Transparency').click();
    await c.page.getByRole('table', { name: NOTICES }).waitFor();
    expect(await c.page.getByLabel('From (first day)').inputValue()).toBe(monthAgo);
    expect(await c.page.getByLabel('To (last day)').inputValue()).toBe(today);
    // Received, removed, kept, decided.
    expect(await cells(c.page, NOTICES, 'Defamation')).toEqual(['1', '1', '0', '1']);
    expect(await cells(c.page, NOTICES, 'Threats or incitement to violence')).toEqual(['1', '0', '1', '1']);
    expect(await cells(c.page, NOTICES, 'Violation of privacy')).toEqual(['1', '0', '0', '0']);
    expect(await cells(c.page, NOTICES, 'All categories')).toEqual(['3', '1', '1', '2']);
    // The removal is a person's action for illegal content, with its statement of reasons.
    expect(await cells(c.page, ACTIONS, 'Illegal content')).toEqual(['0', '0', '1', '1']);
    const figures = 'Notices: trusted flaggers and time to decision';
    expect(await cells(c.page, figures, 'Decisions timed')).toEqual(['2']);
    expect((await cells(c.page, figures, 'Median time from notice to decision'))[0]).toMatch(/^\d+ s$/);
    for (const caption of ['Authors banned, by who decided', 'Appeals of decisions (Art. 20)'])
      await c.page.getByRole('table', { name: caption }).waitFor();
    await saveScreenshot(c.page, 'console-transparency.png');
  });

  it('says beside the fields what is wrong with a period, in words, and keeps the dates typed', async () => {
    await c.page.getByLabel('From (first day)').fill('2026-03-02');
    await c.page.getByLabel('To (last day)').fill('2026-03-01');
    await c.page.getByRole('button', { name: 'Show report' }).click();
    await c.page.getByRole('alert').filter({ hasText: 'No report: the period needs correcting.' }).waitFor();
    const to = c.page.getByLabel('To (last day)');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await to.getAttribute('aria-describedby')) ?? '').trim();
    const toError = c.page.locator(`[id="${errorId}"]`);
    expect(await toError.textContent()).toBe('The last day must not be before the first day, March 2, 2026.');
    expect(await to.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await c.page.getByLabel('From (first day)').inputValue()).toBe('2026-03-02');
    expect(await axeViolations(c.page)).toEqual([]);
    // Longer than the API allows: the last day it would take, in words.
    await to.fill('2027-03-03');
    await c.page.getByRole('button', { name: 'Show report' }).click();
    await expect
      .poll(() => toError.textContent())
      .toBe('A period covers at most 366 days: the last day can be March 2, 2027 at the latest.');

    await c.page.getByLabel('From (first day)').fill(monthAgo);
    await to.fill(today);
    await c.page.getByRole('button', { name: 'Show report' }).click();
    await expect.poll(() => to.getAttribute('aria-invalid')).toBeNull();
    expect(await c.page.getByRole('alert').count()).toBe(0);
  });

  it('downloads the CSV and the statements of reasons of the period', async () => {
    const [csv] = await Promise.all([
      c.page.waitForEvent('download'),
      c.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`transparency-${monthAgo}-${today}.csv`);
    const text = await contentOf(csv);
    expect(text.startsWith('metric,dimension,value\r\n')).toBe(true);
    expect(text).toContain('notices_received,category=defamation,1\r\n');
    await c.page
      .getByRole('status')
      .filter({ hasText: `Saved transparency-${monthAgo}-${today}.csv.` })
      .waitFor();

    const [jsonl] = await Promise.all([
      c.page.waitForEvent('download'),
      c.page.getByRole('button', { name: 'Download statements of reasons (JSON Lines)' }).click(),
    ]);
    expect(jsonl.suggestedFilename()).toBe(`statements-of-reasons-${monthAgo}-${today}.jsonl`);
    const lines = (await contentOf(jsonl)).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      source_type: 'SOURCE_ARTICLE_16',
    });
    await c.page.getByRole('status').filter({ hasText: ': 1 statement.' }).waitFor();
    expect(await axeViolations(c.page)).toEqual([]);
  });
});

describe('the trusted flaggers screen', () => {
  let token = '';

  it('registers a flagger and shows its token once, with a copy button', async () => {
    await nav(c.page, 'Trusted flaggers').click();
    await c.page.getByText('No trusted flaggers are registered.').waitFor();
    const form = c.page.getByRole('form', { name: 'Register a trusted flagger' });
    await form.getByRole('button', { name: 'Register flagger' }).click();
    await form.getByRole('alert').filter({ hasText: 'its name is missing' }).waitFor();
    expect(await form.getByLabel('Name (required)').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Name (required)').fill('Internet Hotline');
    await form.getByLabel('Organisation (optional)').fill('Hotline e.V.');
    await form.getByLabel('Contact (optional)').fill('desk@hotline.example');
    await form.getByRole('button', { name: 'Register flagger' }).click();
    const panel = c.page.getByRole('region', { name: 'Internet Hotline is registered: its token' });
    await panel.waitFor();
    expect(await panel.getByText('Store it now: it will not be shown again.').isVisible()).toBe(true);
    expect(await panel.getByRole('heading').evaluate((el) => el === document.activeElement)).toBe(true);
    token = await panel.getByLabel('Flagger token').inputValue();
    expect(token.length).toBeGreaterThan(20);
    await panel.getByRole('button', { name: 'Copy token' }).click();
    await panel.getByRole('status').filter({ hasText: 'Token copied to the clipboard.' }).waitFor();
    expect(await c.page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    const row = c.page.getByRole('row', { name: /^Internet Hotline/ });
    expect(await row.locator('td').allTextContents()).toEqual([
      'Hotline e.V.',
      'desk@hotline.example',
      'Active',
      expect.any(String),
      'Revoke',
    ]);
    expect(await axeViolations(c.page)).toEqual([]);
    await saveScreenshot(c.page, 'console-trusted-flaggers.png', { fullPage: true });

    await panel.getByRole('button', { name: 'I have stored it' }).click();
    expect(await panel.count()).toBe(0);
    expect(await c.page.content()).not.toContain(token);
    // Leaving the screen and coming back never shows it again.
    await nav(c.page, 'Queue').click();
    await nav(c.page, 'Trusted flaggers').click();
    await row.waitFor();
    expect(await c.page.content()).not.toContain(token);
  });

  it('marks the flagger’s notice in the queue, first, with a badge in words', async () => {
    const a = article('trusted');
    const ordinary = await postApproved(stack, a, { authorName: 'Xena', body: 'An ordinary comment here.' });
    const flagged = await postApproved(stack, a, {
      authorName: 'Yann',
      body: 'A comment the hotline reports.',
    });
    expect((await notice(ordinary, 'defamation')).status).toBe(202);
    expect((await notice(flagged, 'terrorist_content', token)).status).toBe(202);
    await nav(c.page, 'Queue').click();
    await c.page.getByRole('tab', { name: /^Notices \(\d+\)$/ }).click();
    await c.page.getByLabel('Article').fill(a);
    await c.page.getByRole('button', { name: 'Apply' }).click();
    const cards = c.page.getByRole('article');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.first().textContent()).toContain('A comment the hotline reports.');
    const badge = cards.first().getByText('Trusted flagger: Internet Hotline');
    expect(await badge.isVisible()).toBe(true);
    expect(
      await cards
        .nth(1)
        .getByText(/Trusted flagger/)
        .count(),
    ).toBe(0);
    expect(await axeViolations(c.page)).toEqual([]);
  });

  it('revokes a flagger after a confirmation; its token is refused from then on', async () => {
    await nav(c.page, 'Trusted flaggers').click();
    await c.page.getByRole('button', { name: 'Revoke Internet Hotline' }).click();
    const confirm = c.page.getByRole('group', { name: /^Revoke Internet Hotline\?/ });
    await confirm.waitFor();
    expect(
      await confirm
        .getByRole('button', { name: 'Confirm revocation' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await axeViolations(c.page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await confirm.count()).toBe(0);

    await c.page.getByRole('button', { name: 'Revoke Internet Hotline' }).click();
    await confirm.getByRole('button', { name: 'Confirm revocation' }).click();
    await c.page
      .getByRole('status')
      .filter({ hasText: /^Internet Hotline revoked/ })
      .waitFor();
    const row = c.page.getByRole('row', { name: /^Internet Hotline/ });
    expect(await row.locator('td').allTextContents()).toEqual([
      'Hotline e.V.',
      '—',
      expect.stringMatching(/^Revoked /),
      expect.any(String),
      '—',
    ]);
    const a = article('revoked');
    const id = await postApproved(stack, a, { authorName: 'Zoe', body: 'Reported again after revocation.' });
    expect((await notice(id, 'defamation', token)).status).toBe(403);
  });
});

describe('counts and roles', () => {
  it('counts the open notices and appeals in the stats and the tabs', async () => {
    const stats = await stack.request('GET', '/moderation/stats', { token: mod });
    const open = stats.json.queues.notices as number;
    expect(open).toBe(3); // privacy, and the two notices about the trusted article
    await nav(c.page, 'Stats').click();
    const grid = c.page.locator('.stat-grid');
    await grid.waitFor();
    const figure = async (label: string) =>
      grid.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent();
    expect(await figure('Open notices')).toBe('3');
    expect(await figure('Open appeals')).toBe('0');
    await nav(c.page, 'Queue').click();
    // The article filter of the notices test above is still on: the counts say they are the site's.
    await c.page.getByRole('tab', { name: 'Notices (3 site-wide)' }).waitFor();
    await c.page.getByRole('tab', { name: 'Appeals (0 site-wide)' }).waitFor();
  });

  it('shows neither screen to a moderator who is not an admin', async () => {
    const other = await browser.newContext();
    try {
      const m = await openConsole(other, stack, 'moderator');
      await nav(m.page, 'Stats').waitFor();
      for (const name of ['Transparency', 'Trusted flaggers', 'Policy'])
        expect(await nav(m.page, name).count(), name).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('stays free of CSP violations and page errors', () => {
    expect(c.violations()).toEqual([]);
    expect(c.errors()).toEqual([]);
  });
});
