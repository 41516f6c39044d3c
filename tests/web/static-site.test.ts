import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import { launchBrowser } from './support/browser';

let stack: TestStack;
beforeAll(async () => (stack = await startTestStack({ web: true })));
afterAll(() => stack?.stop());

describe('the local stack serves the web assets beside the API', () => {
  it('serves the demo page at / with a strict CSP, and the scripts', async () => {
    const page = await fetch(`${stack.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const path of ['/embed.js', '/count.js', '/console/', '/console/console.js']) {
      expect((await fetch(`${stack.url}${path}`)).status, path).toBe(200);
    }
  });

  it('leaves the API routes and unknown paths as they were', async () => {
    expect((await fetch(`${stack.url}/nope`)).status).toBe(404);
    expect((await fetch(`${stack.url}/articles/a1/comments`)).status).toBe(200);
  });

  it('opens in headless Chromium', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${stack.url}/`);
      expect(await page.title()).toContain('Parley');
    } finally {
      await browser.close();
    }
  });
});
