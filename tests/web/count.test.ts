/**
 * count.js on a listing page: every `[data-parley-count]` element gets its article's count, with one
 * `GET /counts` request per 100 distinct articles; invalid ids are left alone and do not spoil the batch.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CSP } from '../../local/static-site';
import { startTestStack, type TestStack } from '../support/stack';
import { launchBrowser } from './support/browser';
import { postApproved, watch } from './widget-helpers';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startTestStack({ web: true });
  await stack.setPolicy({ rateLimits: { authorPerMinute: 1000, networkPerMinute: 10_000 } });
  browser = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function listing(html: string) {
  const page = await browser.newPage();
  const counts: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/counts') counts.push(r.url());
  });
  await page.route(`${stack.url}/listing.html`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: { 'content-security-policy': LOCAL_CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Listing</title></head><body>${html}<script src="/count.js" data-parley-api="" async></script></body></html>`,
    }),
  );
  const w = await watch(page);
  await page.goto(`${stack.url}/listing.html`);
  return { page, counts, w };
}

describe('count.js', () => {
  it('fills every count element of a listing with one request', async () => {
    await postApproved(stack, 'c-one', { authorName: 'A', body: 'Only comment.' });
    for (const body of ['First.', 'Second.', 'Third.'])
      await postApproved(stack, 'c-three', { authorName: 'B', body: `${body} On three.` });
    const { page, counts, w } = await listing(`
      <p><a href="/a">One</a> <span id="one" data-parley-count="c-one">…</span></p>
      <p><a href="/b">Three</a> <span id="three" data-parley-count="c-three">…</span></p>
      <p><a href="/b">Three again</a> <span id="three-n" data-parley-count="c-three" data-parley-format="number">…</span></p>
      <p><a href="/c">None</a> <span id="none" data-parley-count="c-none">…</span></p>
      <p><a href="/d">Bad id</a> <span id="bad" data-parley-count="not a valid id">…</span></p>`);
    await expect.poll(() => page.locator('#none').textContent()).toBe('No comments yet');
    expect(await page.locator('#one').textContent()).toBe('1 comment');
    expect(await page.locator('#three').textContent()).toBe('3 comments');
    expect(await page.locator('#three-n').textContent()).toBe('3');
    expect(await page.locator('#bad').textContent()).toBe('…');
    expect(counts).toHaveLength(1);
    expect(new URL(counts[0]!).searchParams.get('articleIds')!.split(',')).toEqual([
      'c-one',
      'c-three',
      'c-none',
    ]);
    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('asks in batches of 100 on a long listing', async () => {
    const ids = Array.from({ length: 130 }, (_, i) => `c-many-${i}`);
    const { page, counts } = await listing(
      ids.map((id) => `<span data-parley-count="${id}">…</span>`).join(''),
    );
    await expect.poll(() => page.locator('[data-parley-counted]').count()).toBe(130);
    expect(counts).toHaveLength(2);
    await page.close();
  });
});
