/**
 * Helpers of the reader-side browser suites (widget, counter, demo page): seed comments through the API,
 * serve a test page that embeds the widget (from the stack's origin or another one, under the local CSP),
 * and watch a page for CSP violations, dialogs and errors.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { LOCAL_CSP } from '../../local/static-site';
import { startTestStack, type TestStack } from '../support/stack';
import { injectAxe } from './support/axe';
import { launchBrowser } from './support/browser';

/**
 * The JSON file a page downloaded. Read as a stream: the run's Chromium is a browser server
 * (support/browser.ts), and `download.path()` is only available on a browser launched by this process.
 */
export async function downloadedJson(download: Download): Promise<any> {
  return JSON.parse(await text(await download.createReadStream()));
}

/** Posts a comment and makes sure it ends up approved (a moderator approves it if the checks held it). */
export async function postApproved(
  stack: TestStack,
  articleId: string,
  input: { authorName: string; body: string; parentId?: string },
): Promise<string> {
  const posted = await stack.request('POST', `/articles/${articleId}/comments`, { body: input });
  expect(posted.status, posted.text).toBe(202);
  const id: string = posted.json.comment.id;
  await stack.drain();
  await approve(stack, id);
  return id;
}

/** A moderator approves the comment unless it already is. */
export async function approve(stack: TestStack, commentId: string): Promise<void> {
  const token = await stack.token('moderator');
  const decided = await stack.request('POST', `/moderation/comments/${commentId}/decision`, {
    body: { action: 'approve' },
    token,
  });
  // 200 also when the automatic checks approved it already, or decided it while this was on its way.
  expect(decided.status, decided.text).toBe(200);
}

/**
 * A newsroom's own web server on another origin (another loopback port): pages are registered by path.
 * A real server, not a Playwright route: Chromium only lets a page reach a loopback API when it knows the
 * page itself came from a loopback address.
 */
export class PageServer {
  private readonly pages = new Map<string, { html: string; csp: string }>();
  private server: Server | undefined;
  origin = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const page = this.pages.get(req.url ?? '');
      // No favicon: answered empty, so the browser logs no 404 as a console error.
      if (!page) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.csp });
      res.end(page.html);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  add(path: string, html: string, csp: string): void {
    this.pages.set(path, { html, csp });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface EmbedPageOptions {
  articleId: string;
  /** Serve the page from this other origin instead of the stack's. */
  server?: PageServer;
  /** Extra attributes on the embed script, e.g. `data-parley-page-size="2"`. */
  attrs?: Record<string, string>;
  /** HTML before the comments container (e.g. a tall spacer for the lazy-load test). */
  before?: string;
  /** The page's CSP; default the local stack's, with the API origin added to connect-src. */
  csp?: string;
  /** The page's `<html lang>`, default `en`; null for none. */
  lang?: string | null;
}

/**
 * Opens a page embedding the widget as a newsroom would: the HTML is answered by Playwright at
 * `<origin>/embed-test.html`; the scripts and the API come from the stack.
 */
export async function openEmbedPage(
  context: BrowserContext,
  stack: TestStack,
  options: EmbedPageOptions,
): Promise<Page> {
  const origin = options.server?.origin ?? stack.url;
  const attrs = Object.entries({
    'data-parley-article': options.articleId,
    'data-parley-api': origin === stack.url ? '' : stack.url,
    'data-parley-target': '#comments',
    ...options.attrs,
  })
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  const lang = options.lang === undefined ? 'en' : options.lang;
  const html = `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><meta charset="utf-8"><title>Embed test</title></head>
<body><main>${options.before ?? ''}<h1>Test article</h1><section id="comments"></section>
<script src="${stack.url}/embed.js"${attrs} async></script></main></body></html>`;
  const csp =
    options.csp ??
    LOCAL_CSP.replace("script-src 'self'", `script-src 'self' ${stack.url}`).replace(
      "connect-src 'self'",
      `connect-src 'self' ${stack.url}`,
    );
  const page = await context.newPage();
  const path = `/embed-test-${options.articleId}.html`;
  if (options.server) options.server.add(path, html, csp);
  else
    await page.route(`${origin}${path}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        headers: { 'content-security-policy': csp },
        body: html,
      }),
    );
  await watch(page);
  await page.goto(`${origin}${path}`);
  return page;
}

export interface PageWatch {
  cspViolations: string[];
  dialogs: string[];
  errors: string[];
}

const watches = new WeakMap<Page, PageWatch>();

/** Records CSP violations (from inside the page), dialogs, uncaught errors and console errors. */
export async function watch(page: Page): Promise<PageWatch> {
  const existing = watches.get(page);
  if (existing) return existing;
  const w: PageWatch = { cspViolations: [], dialogs: [], errors: [] };
  watches.set(page, w);
  await page.exposeFunction('__parleyCsp', (text: string) => w.cspViolations.push(text));
  // Init scripts run before the page's own, outside its CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __parleyCsp(t: string): void }).__parleyCsp(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  return w;
}

/** Serious and critical axe-core violations on the page (shadow roots included). */
export async function axeProblems(page: Page): Promise<string[]> {
  await injectAxe(page);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<any> } }).axe;
    return axe.run({ resultTypes: ['violations'] });
  });
  return (results.violations as { id: string; impact: string; nodes: { target: unknown }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** What a widget suite's tests share: the stack, the run's Chromium, and the current test's context. */
export interface WidgetSuite {
  stack: TestStack;
  browser: Browser;
  context: BrowserContext;
}

/**
 * The widget suites' hooks: a stack serving the web front ends, with the per-author and per-network limits
 * lifted (every request comes from one loopback address), the run's Chromium, and a fresh browser context
 * for each test. Call at the top of a file; the fields are set when the hooks have run.
 */
export function widgetSuite(): WidgetSuite {
  const suite = {} as WidgetSuite;
  beforeAll(async () => {
    suite.stack = await startTestStack({ web: true });
    await suite.stack.setPolicy({ rateLimits: { authorPerMinute: 1000, networkPerMinute: 10_000 } });
    suite.browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.stop();
  });
  beforeEach(async () => (suite.context = await suite.browser.newContext()));
  afterEach(async () => suite.context?.close());
  return suite;
}
