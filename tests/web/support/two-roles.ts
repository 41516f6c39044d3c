/**
 * What the due-process browser suites (notices, appeals) share: a web stack whose rate limits are lifted
 * (every request comes from one loopback address) with a browser, and per test a reader's context and a
 * moderator's wider one.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestStack, type TestStack } from '../../support/stack';
import { launchBrowser } from './browser';

export async function startWebStack(): Promise<{ stack: TestStack; browser: Browser }> {
  const [stack, browser] = await Promise.all([startTestStack({ web: true }), launchBrowser()]);
  await stack.setPolicy({
    rateLimits: { authorPerMinute: 1000, networkPerMinute: 10_000, authorActionsPerMinute: 1000 },
  });
  return { stack, browser };
}

export async function stopWebStack(stack?: TestStack, browser?: Browser): Promise<void> {
  await browser?.close();
  await stack?.stop();
}

export async function openRoles(
  browser: Browser,
): Promise<{ reader: BrowserContext; moderator: BrowserContext }> {
  const reader = await browser.newContext();
  const moderator = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  return { reader, moderator };
}

export async function closeRoles(...contexts: Array<BrowserContext | undefined>): Promise<void> {
  for (const c of contexts) await c?.close();
}
