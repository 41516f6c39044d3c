/**
 * The console for admins, and its accessibility: the policy editor shows the API's validation errors
 * under the field they concern (and checks numbers before sending), saves a valid change, and axe-core
 * finds no serious or critical violation on the queue, the stats view and the policy editor. The pages
 * run under the stack's strict CSP, with a violation listener that must stay silent.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/stack';
import { injectAxe } from './support/axe';
import { heldComment, openConsole, startConsoleStack, type ConsolePage } from './support/console';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let c: ConsolePage;

beforeAll(async () => {
  [stack, browser] = await startConsoleStack();
  const a = `admin-${Date.now().toString(36)}`;
  await heldComment(stack, a, 'Held so that the queue has a card to check.', 'Ines Reader');
  await heldComment(stack, a, 'Another false flag, as always.', 'Jon Reader', { preModerate: false });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  c = await openConsole(context, stack, 'admin');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page (put there once per page load by `injectAxe`, through the DevTools protocol, so
 * the page's CSP (no inline script) stays on and axe needs no exemption). Only violations are reported in
 * detail: the passes, incomplete and inapplicable results this file never reads are left summary-only.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeResult[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const policyField = (page: Page, label: string) =>
  page.getByRole('form', { name: 'Policy' }).getByLabel(label, { exact: true });

describe('the admin console', () => {
  it('has no serious or critical axe violations on the queue, with a card open', async () => {
    await c.page.getByRole('article').first().waitFor();
    await c.page.getByRole('article').first().getByRole('button', { name: 'Reject', exact: true }).click();
    expect(await seriousViolations(c.page)).toEqual([]);
  });

  it('shows the policy editor to admins, with per-field errors in words, its own and the API’s', async () => {
    await c.page.getByRole('button', { name: 'Policy' }).click();
    await c.page.getByRole('heading', { name: 'Moderation policy' }).waitFor();
    expect(await policyField(c.page, 'Most links in a comment before it is held').inputValue()).toBe('2');
    const hintOf = async (label: string) => {
      const ids = ((await policyField(c.page, label).getAttribute('aria-describedby')) ?? '').split(' ');
      return c.page.locator(`[id="${ids.find((id) => id.endsWith('-hint'))}"]`).textContent();
    };
    // Each number's range is the policy's own bound, said beside it.
    expect(await hintOf('Most links in a comment before it is held')).toBe('A whole number from 0 to 50.');
    expect(await hintOf('insult: hold at')).toBe('From 0 to 1.');

    // Numbers out of range, and a hold threshold above its reject threshold: said before sending, by name.
    await policyField(c.page, 'Most links in a comment before it is held').fill('99');
    await policyField(c.page, 'Edit window (minutes)').fill('2000');
    await policyField(c.page, 'insult: hold at').fill('0.95');
    await c.page.getByRole('button', { name: 'Save policy' }).click();
    await c.page.getByRole('alert').filter({ hasText: 'The policy was not saved: 3 fields need' }).waitFor();
    const errorOf = async (label: string) => {
      const field = policyField(c.page, label);
      expect(await field.getAttribute('aria-invalid'), label).toBe('true');
      const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
      const errorId = ids.find((id) => id.endsWith('-error'))!;
      return c.page.locator(`[id="${errorId}"]`).textContent();
    };
    expect(await errorOf('Most links in a comment before it is held')).toBe(
      'The most links in a comment must be a whole number from 0 to 50.',
    );
    expect(await errorOf('Edit window (minutes)')).toBe(
      'The edit window (minutes) must be a whole number from 0 to 1,440.',
    );
    expect(await errorOf('insult: hold at')).toBe(
      'The insult hold threshold must not be above the insult reject threshold.',
    );
    // Nothing typed is lost.
    expect(await policyField(c.page, 'Most links in a comment before it is held').inputValue()).toBe('99');

    // What only the API checks (a term) comes back from it, under its field.
    await policyField(c.page, 'Most links in a comment before it is held').fill('2');
    await policyField(c.page, 'Edit window (minutes)').fill('10');
    await policyField(c.page, 'insult: hold at').fill('0.5');
    const banned = policyField(c.page, 'Banned terms (rejected)');
    await banned.fill(`${await banned.inputValue()}\n!!!`);
    await c.page.getByRole('button', { name: 'Save policy' }).click();
    await c.page
      .getByRole('alert')
      .filter({ hasText: /^The policy was not saved: .* to fix\./ })
      .waitFor();
    expect(await errorOf('Banned terms (rejected)')).toMatch(
      /^Entry \d+: A term must contain a letter or digit\./,
    );
  });

  it('checks numbers before sending, then saves a valid policy', async () => {
    await policyField(c.page, 'Reader flags before a comment is reported').fill('three');
    await c.page.getByRole('button', { name: 'Save policy' }).click();
    await c.page.getByRole('alert').filter({ hasText: 'one field needs attention' }).waitFor();
    expect(
      await policyField(c.page, 'Reader flags before a comment is reported').getAttribute('aria-invalid'),
    ).toBe('true');

    await policyField(c.page, 'Reader flags before a comment is reported').fill('4');
    await policyField(c.page, 'Most links in a comment before it is held').fill('3');
    const banned = policyField(c.page, 'Banned terms (rejected)');
    await banned.fill((await banned.inputValue()).replace('\n!!!', ''));
    await policyField(c.page, 'insult: hold at').fill('0.5');
    await c.page.getByRole('button', { name: 'Save policy' }).click();
    await c.page
      .getByRole('status')
      .filter({ hasText: /Saved: the policy is now at version \d+/ })
      .waitFor();
    // The form is drawn again; the keyboard's place stays on its Save button.
    expect(await c.page.evaluate(() => document.activeElement?.textContent)).toBe('Save policy');
    const saved = await stack.request('GET', '/moderation/policy', { token: await stack.token('admin') });
    expect(saved.json.policy).toMatchObject({ flagThreshold: 4, links: { maxLinks: 3 } });
  });

  it('has no serious or critical axe violations on the policy editor and the stats view', async () => {
    await policyField(c.page, 'Most links in a comment before it is held').fill('99');
    await c.page.getByRole('button', { name: 'Save policy' }).click();
    await c.page.getByRole('alert').filter({ hasText: 'The policy was not saved' }).waitFor();
    expect(await seriousViolations(c.page)).toEqual([]);
    await c.page.getByRole('button', { name: 'Stats' }).click();
    await c.page.locator('.chart canvas').waitFor();
    expect(await seriousViolations(c.page)).toEqual([]);
  });

  it('has no serious or critical axe violations on the sign-in page and the shortcut overlay', async () => {
    const page = await context.newPage();
    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Use a local moderator token' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    await c.page.getByRole('button', { name: 'Shortcuts' }).click();
    await c.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await seriousViolations(c.page)).toEqual([]);
    await c.page.keyboard.press('Escape');
  });

  it('writes dates in the page’s language, not in the browser’s', async () => {
    const german = await browser.newContext({ locale: 'de-DE' });
    try {
      const m = await openConsole(german, stack, 'moderator');
      const time = m.page.getByRole('article').first().locator('time').first();
      await time.waitFor();
      // The console's page is in English (`<html lang="en">`): `Dec 6, 2026, 5:20 PM`, not `06.12.2026, 17:20`.
      expect(await time.textContent()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);
    } finally {
      await german.close();
    }
  });

  it('hides the policy editor from moderators', async () => {
    const other = await browser.newContext();
    try {
      const m = await openConsole(other, stack, 'moderator');
      await m.page.getByRole('button', { name: 'Stats' }).waitFor();
      expect(await m.page.getByRole('button', { name: 'Policy' }).count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('stays free of CSP violations and page errors', () => {
    expect(c.violations()).toEqual([]);
    expect(c.errors()).toEqual([]);
  });
});
