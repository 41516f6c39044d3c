/**
 * The reader widget in headless Chromium against a local stack: published threads with replies and
 * "load more", posting (keyboard only) with the own comment shown as awaiting review across reloads and
 * then published, errors beside the form without losing the text, reply, report, edit and delete, inert
 * rendering of hostile text, lazy loading, a page on another origin, the statement of reasons on a
 * rejected own comment (issue 15), and no CSP violation anywhere.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATEMENT_GROUNDS } from '../../shared/moderation/policy-defaults';
import {
  PageServer,
  approve,
  axeProblems,
  openEmbedPage,
  postApproved,
  watch,
  widgetSuite,
} from './widget-helpers';
import { focusedIn } from './support/focus';

const suite = widgetSuite();

describe('the reader widget', () => {
  it('shows the count, published threads, their replies and more of both on request', async () => {
    const article = 'w-threads';
    const first = await postApproved(suite.stack, article, { authorName: 'Lina', body: 'The first thread.' });
    for (let i = 1; i <= 5; i++)
      await postApproved(suite.stack, article, {
        authorName: `Replier ${i}`,
        body: `Reply number ${i}.`,
        parentId: first,
      });
    await postApproved(suite.stack, article, { authorName: 'Omar', body: 'The second thread.' });
    await postApproved(suite.stack, article, { authorName: 'Sade', body: 'The third thread.' });

    const page = await openEmbedPage(suite.context, suite.stack, {
      articleId: article,
      attrs: { 'data-parley-page-size': '2' },
    });
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('8 comments'); // replies count too
    const threads = page.locator('ol.threads > li');
    expect(await threads.count()).toBe(2);
    await expect.poll(() => page.getByText('Reply number 3.').isVisible()).toBe(true);
    expect(await page.getByText('Reply number 4.').count()).toBe(0);

    await page.getByRole('button', { name: 'Show 2 more replies' }).click();
    await expect.poll(() => page.getByText('Reply number 5.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Load more comments' }).click();
    await expect.poll(() => threads.count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Load more comments' }).isHidden()).toBe(true);
    // The button is gone after the last page: the focus moves on to the first comment it brought.
    await expect.poll(() => focusedIn(page)).toMatch(/^ARTICLE:Sade/);
    expect((await watch(page)).cspViolations).toEqual([]);
  });

  it('says "No comments yet" on an article without comments', async () => {
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: 'w-empty' });
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('No comments yet');
  });

  it('posts with the keyboard alone; the comment awaits review across reloads, then shows as published to everyone', async () => {
    const article = 'w-keyboard';
    await suite.stack.setArticle(article, { mode: 'pre' });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('No comments yet');

    // From the top of the page: Tab reaches the form's fields in order, then the button.
    await page.keyboard.press('Tab');
    expect(
      await page.getByLabel('Name').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await page.keyboard.type('Keyboard Reader');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Posted without a mouse. 🙂');
    expect(await page.getByText('25 / 5,000 characters').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const status = page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toMatch(/awaiting review/);
    const own = page.locator('[data-own-id]');
    await expect.poll(() => own.getByText('Awaiting review', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('Comment', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Name').inputValue()).toBe('Keyboard Reader');
    expect(await focusedIn(page)).toBe('BUTTON:Post comment'); // the keyboard's place is kept

    await page.reload();
    await expect.poll(() => own.getByText('Awaiting review', { exact: true }).isVisible()).toBe(true);
    const id = await own.getAttribute('data-own-id');
    await approve(suite.stack, id!);
    await page.reload();
    await expect.poll(() => own.getByText('Published', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('ol.threads').getByText('Posted without a mouse.').isVisible()).toBe(true);

    // Another visitor: the comment is there, with no "Your comments" of theirs.
    const other = await suite.browser.newContext();
    try {
      const visitor = await openEmbedPage(other, suite.stack, { articleId: article });
      await expect.poll(() => visitor.getByRole('heading', { level: 2 }).textContent()).toBe('1 comment');
      expect(await visitor.getByText('Posted without a mouse.').isVisible()).toBe(true);
      expect(await visitor.locator('[data-own-id]').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('shows every error beside the form and keeps what the reader typed', async () => {
    const article = 'w-errors';
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    const alert = page.locator('form[aria-label="Post a comment"] [role="alert"]');

    // Checked before sending: the fields say what is wrong.
    await page.getByLabel('Comment', { exact: true }).fill('A comment without a name.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect.poll(() => alert.textContent()).toBe('Please check the highlighted fields.');
    expect(await page.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Please enter a name.').isVisible()).toBe(true);

    // Refused by the server: 429 with Retry-After.
    await page.route('**/articles/w-errors/comments', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 429,
            headers: { 'retry-after': '30', 'content-type': 'application/json' },
            body: JSON.stringify({
              error: { code: 'rate_limited', message: 'Too many requests; try again later.' },
            }),
          })
        : route.fallback(),
    );
    await page.getByLabel('Name').fill('Hasty');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect
      .poll(() => alert.textContent())
      .toBe('You are posting too quickly. Please try again in 30 seconds.');
    expect(await page.getByLabel('Comment', { exact: true }).inputValue()).toBe('A comment without a name.');
    await page.unroute('**/articles/w-errors/comments');

    // Closed thread: said once, the form turned off, the text kept and still the reader's to edit or copy;
    // the keyboard on the sentence that says why.
    await suite.stack.setArticle(article, { closed: true });
    await page.getByRole('button', { name: 'Post comment' }).press('Enter');
    await expect.poll(() => alert.textContent()).toBe('Comments are closed on this article.');
    const comment = page.getByLabel('Comment', { exact: true });
    expect(await comment.inputValue()).toBe('A comment without a name.');
    expect(await page.getByRole('button', { name: 'Post comment' }).isDisabled()).toBe(true);
    expect(await focusedIn(page)).toBe('DIV:Comments are closed on this article.');
    expect(await comment.isEditable()).toBe(true);
    await comment.press('End');
    await comment.pressSequentially(' Kept for later.');
    expect(await comment.inputValue()).toBe('A comment without a name. Kept for later.');
    // Nothing is sent any more, not even with Ctrl+Enter.
    let sent = 0;
    page.on('request', (r) => void (r.method() === 'POST' && sent++));
    await comment.press('Control+Enter');
    await page.waitForTimeout(200);
    expect(sent).toBe(0);

    // The service unreachable.
    const offline = await openEmbedPage(suite.context, suite.stack, { articleId: 'w-offline' });
    await offline.route('**/articles/w-offline/comments**', (route) => route.abort('connectionrefused'));
    await offline.reload();
    await expect.poll(() => offline.getByText(/Comments could not be loaded/).isVisible()).toBe(true);
    expect(await offline.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  });

  it('replies, reports, edits and deletes with the author token', async () => {
    const article = 'w-actions';
    await postApproved(suite.stack, article, { authorName: 'Tomas', body: 'Something to reply to.' });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('1 comment');

    await page.getByRole('button', { name: 'Reply to Tomas' }).click();
    await page
      .getByLabel('Reply to Tomas', { exact: true })
      .locator('visible=true')
      .last()
      .fill('A reply from the widget.');
    await page.getByRole('form', { name: 'Reply to Tomas' }).getByLabel('Name').fill('Replier');
    await page.getByRole('button', { name: 'Post reply' }).click();
    const own = page.locator('[data-own-id]');
    await expect.poll(() => own.getByText('A reply from the widget.').isVisible()).toBe(true);
    expect(await page.getByRole('form', { name: 'Reply to Tomas' }).count()).toBe(0);
    // Published: it joins the thread, and the count, without a reload.
    const threads = page.getByRole('list', { name: 'Comments' });
    const heading = page.getByRole('heading', { level: 2 });
    await expect.poll(() => threads.getByText('A reply from the widget.').isVisible()).toBe(true);
    expect(await heading.textContent()).toBe('2 comments');

    await page.getByRole('button', { name: 'Report comment by Tomas' }).click();
    await page.getByLabel('Why should a moderator look at it?').selectOption('off_topic');
    await page.getByLabel('Note (optional)').fill('Not about the article.');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect
      .poll(() => page.getByText('Thank you. A moderator will look at this comment.').isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'You reported this comment' }).isDisabled()).toBe(true);
    // The form and its button are gone: the keyboard's place is the thanks, not the top of the page.
    expect(await focusedIn(page)).toMatch(/^P:Thank you\. A moderator will look/);

    // Escape leaves the editor as Cancel does: nothing saved, the keyboard's place back on Edit.
    await own.getByRole('button', { name: /^Edit/ }).click();
    await page.keyboard.press('Escape');
    expect(await own.getByText('A reply from the widget.').isVisible()).toBe(true);
    expect(await focusedIn(page)).toBe('BUTTON:Edit');

    // Each own comment's buttons say which comment they act on.
    expect(
      await own.getByRole('button', { name: 'Edit your comment “A reply from the widget.”' }).count(),
    ).toBe(1);
    await own.getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('textbox', { name: 'Edit your comment' }).fill('An edited reply.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => own.getByText('An edited reply.').isVisible()).toBe(true);
    // Checked again, then published again: the thread shows the new text in the old text's place.
    await expect.poll(() => threads.getByText('An edited reply.').isVisible()).toBe(true);
    expect(await threads.getByText('A reply from the widget.').count()).toBe(0);
    expect(await heading.textContent()).toBe('2 comments');

    await own.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => own.count()).toBe(0);
    // Gone from the thread and the count at once, as a reload shows.
    expect(await threads.getByText('An edited reply.').count()).toBe(0);
    expect(await heading.textContent()).toBe('1 comment');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('1 comment');
    expect(await own.count()).toBe(0);
    expect((await watch(page)).cspViolations).toEqual([]);
  });

  it('renders hostile names and bodies as inert text: no script runs, no element is added', async () => {
    const article = 'w-xss';
    const payloads = [
      '<script>alert("script")</script>',
      '<img src=x onerror=alert("img")>',
      '<svg onload=alert("svg")>',
      '"><iframe src="javascript:alert(`iframe`)">',
      '<a href="javascript:alert(1)">click</a>',
      '{{constructor.constructor("alert(1)")()}}',
    ];
    await postApproved(suite.stack, article, {
      authorName: '<img src=x onerror=alert("name")>',
      body: `${payloads.join('\n')}\nhttps://example.org/ok`,
    });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    const w = await watch(page);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('1 comment');
    const item = page.locator('ol.threads > li').first();
    expect(await item.locator('.author').textContent()).toBe('<img src=x onerror=alert("name")>');
    for (const p of payloads) expect(await item.locator('.body').textContent()).toContain(p);
    expect(await item.locator('img, script, svg, iframe, [onerror], [onload]').count()).toBe(0);
    const links = await item
      .locator('.body a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual(['https://example.org/ok']);
    await page.waitForTimeout(300);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
  });

  it('lays a right-to-left comment out right to left: the direction follows the text', async () => {
    const article = 'w-rtl';
    await postApproved(suite.stack, article, {
      authorName: 'أمل',
      body: 'هذا تعليق باللغة العربية عن المقال.',
    });
    await postApproved(suite.stack, article, { authorName: 'Ann', body: 'An English comment beside it.' });
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: article });
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('2 comments');
    const direction = (text: string) =>
      page
        .locator('ol.threads > li .body', { hasText: text })
        .evaluate((el) => getComputedStyle(el.querySelector('p') ?? el).direction);
    expect(await direction('العربية')).toBe('rtl');
    expect(await direction('English comment')).toBe('ltr');
    // The author's name too, isolated from the time beside it.
    const nameDirection = (name: string) =>
      page
        .locator('ol.threads > li .author', { hasText: name })
        .evaluate((el) => [el.getAttribute('dir'), getComputedStyle(el).direction]);
    expect(await nameDirection('أمل')).toEqual(['auto', 'rtl']);
    expect(await nameDirection('Ann')).toEqual(['auto', 'ltr']);
  });

  it('loads nothing until the comment area nears the viewport', async () => {
    const seen: string[] = [];
    // On the context, so that a request made while the page loads is seen too.
    suite.context.on('request', (r) => {
      if (r.url().includes('/articles/w-lazy/')) seen.push(r.url());
    });
    const lazy = await openEmbedPage(suite.context, suite.stack, {
      articleId: 'w-lazy',
      before: '<div style="height: 5000px">A long article.</div>',
      csp: "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'",
    });
    await lazy.waitForFunction(() => document.querySelector('#comments')?.shadowRoot?.querySelector('form'));
    await lazy.waitForTimeout(500);
    expect(seen).toEqual([]);
    await lazy.locator('#comments').scrollIntoViewIfNeeded();
    await expect.poll(() => lazy.getByRole('heading', { level: 2 }).textContent()).toBe('No comments yet');
    expect(seen.length).toBe(1);
  });

  it('works on a page of another origin, calling the API across origins', async () => {
    const article = 'w-cross';
    await postApproved(suite.stack, article, { authorName: 'Far Away', body: 'Hello from the API origin.' });
    const newsroom = await new PageServer().start();
    const page = await openEmbedPage(suite.context, suite.stack, {
      articleId: article,
      server: newsroom,
    }).finally(() => undefined);
    expect(new URL(page.url()).origin).not.toBe(suite.stack.url);
    await expect.poll(() => page.getByText('Hello from the API origin.').isVisible()).toBe(true);
    await page.getByLabel('Name').fill('Cross Origin');
    await page.getByLabel('Comment', { exact: true }).fill('Posted across origins.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect
      .poll(() => page.locator('[data-own-id]').getByText('Posted across origins.').isVisible())
      .toBe(true);
    const w = await watch(page);
    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
    await newsroom.stop();
  });
});

describe('a rejected own comment in the widget', () => {
  it('shows the statement of reasons in plain language', async () => {
    const body = 'Cheap Ray-Ban and Gucci replicas, free shipping worldwide, order now at luxe-outlet.shop';
    const page = await openEmbedPage(suite.context, suite.stack, { articleId: 'w-statement' });
    await page.getByLabel('Name').fill('Seller');
    await page.getByLabel('Comment', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const own = page.locator('[data-own-id]');
    await expect.poll(() => own.getByText('Awaiting review', { exact: true }).isVisible()).toBe(true);

    await suite.stack.drain();
    await page.reload();
    await expect.poll(() => own.getByText('Not published', { exact: true }).isVisible()).toBe(true);
    const statement = own.locator('.statement');
    await expect
      .poll(() => statement.textContent())
      .toContain('Our automatic checks did not publish this comment');
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain(`The rule: ${DEFAULT_STATEMENT_GROUNDS.spam}`);
    expect(text).toContain('This decision was made automatically, by our checks.');
    expect(text).toMatch(/You can ask for a person to review this until \w+ \d{1,2}, \d{4}\./);
    expect(await own.getByRole('button', { name: /appeal/i }).count()).toBe(0);

    expect(await axeProblems(page)).toEqual([]);
    const w = await watch(page);
    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
