/**
 * Stored XSS: every payload of tests/fixtures/xss/payloads.json is posted as a comment (a third of them
 * as replies, the short ones as the author's name too), approved by a moderator where the automatic
 * checks held or rejected it, and read back through every public view that carries it: the comment,
 * the article's thread listing (with inline replies) and the replies page. Each `bodyHtml` must hold
 * only <p>, <br> and http(s) links with rel="nofollow ugc noopener" (checked by a strict reader, not a
 * loose regex), show exactly the typed text (a link's host respelled in ASCII where it was not typed
 * so), and render again to itself. A browser test that no payload
 * executes comes with the widget.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../../shared/domain/render';
import { startTestStack, type TestStack } from '../support/stack';
import { linkProblem, parseBodyHtml, shownText, squash, textOf } from './html';
import { LIFTED_LIMITS, closeAgents, pool, scanTable, sendJson, updatePolicy } from './support';

interface Payload {
  id: string;
  category: string;
  payload: string;
  expect?: 'refused';
}
const corpus = (
  JSON.parse(readFileSync(new URL('../fixtures/xss/payloads.json', import.meta.url), 'utf8')) as {
    payloads: Payload[];
  }
).payloads;

const ARTICLES = 4;
let stack: TestStack;
let mod: string;
/** Per payload: the comment id, and every served view of it (`where` → public comment). */
const posted = new Map<string, { commentId: string; asName: boolean }>();
const views = new Map<string, { where: string; comment: any }[]>();
const automatic: Record<string, number> = {};

const stored = (p: Payload) => p.payload.normalize('NFC').trim();
const fitsAsName = (p: Payload) => [...stored(p)].length <= 80 && !/[\r\n\t]/.test(p.payload);

function addView(where: string, comment: any) {
  for (const [id, { commentId }] of posted) {
    if (commentId !== comment.id) continue;
    const list = views.get(id) ?? [];
    list.push({ where, comment });
    views.set(id, list);
  }
}

beforeAll(async () => {
  stack = await startTestStack();
  await updatePolicy(stack.doc, stack.tableName, LIFTED_LIMITS);
  mod = await stack.token('moderator', { sub: 'xss-mod' });

  const roots: string[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const res = await sendJson(stack.url, 'POST', `/articles/xss-${a}/comments`, {
      authorName: 'Thread starter',
      body: `Root of thread ${a}.`,
    });
    expect(res.status).toBe(202);
    roots.push(res.json.comment.id);
  }
  await stack.drain();

  await pool(corpus, 8, async (p, k) => {
    const asName = fitsAsName(p) && k % 2 === 0;
    const res = await sendJson(stack.url, 'POST', `/articles/xss-${k % ARTICLES}/comments`, {
      authorName: asName ? p.payload : `Reader ${p.id}`,
      body: p.payload,
      ...(k % 3 === 0 ? { parentId: roots[k % ARTICLES] } : {}),
    });
    if (p.expect === 'refused') {
      expect(res.status, p.id).toBe(400);
      return;
    }
    expect(res.status, `${p.id}: ${res.text.slice(0, 200)}`).toBe(202);
    // What the author sees at once is rendered the same way.
    views.set(p.id, [{ where: 'POST answer', comment: res.json.comment }]);
    posted.set(p.id, { commentId: res.json.comment.id, asName });
  });
  await stack.drain(60_000);

  // Whatever the machine held or rejected, a moderator publishes: the payload must be safe once public.
  const items = await scanTable(stack.doc, stack.tableName);
  const statusOf = new Map(
    items.filter((i) => i.SK === 'COMMENT').map((i) => [i.id as string, i.status as string]),
  );
  const toApprove: string[] = [];
  for (const { commentId } of posted.values()) {
    const status = statusOf.get(commentId) ?? 'missing';
    automatic[status] = (automatic[status] ?? 0) + 1;
    if (status !== 'approved') toApprove.push(commentId);
  }
  await pool(toApprove, 4, async (id) => {
    const res = await sendJson(
      stack.url,
      'POST',
      `/moderation/comments/${id}/decision`,
      { action: 'approve' },
      {
        headers: { authorization: `Bearer ${mod}` },
      },
    );
    expect(res.status, res.text).toBe(200);
  });

  // Read back every public view.
  await pool([...posted.values()], 8, async ({ commentId }) => {
    const one = await sendJson(stack.url, 'GET', `/comments/${commentId}`);
    expect(one.status).toBe(200);
    addView('GET /comments/{id}', one.json.comment);
  });
  for (let a = 0; a < ARTICLES; a++) {
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const list = await sendJson(stack.url, 'GET', `/articles/xss-${a}/comments?limit=100${q}`);
      expect(list.status).toBe(200);
      for (const thread of list.json.comments) {
        addView('thread listing', thread);
        for (const reply of thread.replies) addView('inline reply', reply);
      }
      cursor = list.json.nextCursor;
      if (!cursor) break;
    }
    let repliesCursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const q: string = repliesCursor ? `&cursor=${encodeURIComponent(repliesCursor)}` : '';
      const replies = await sendJson(stack.url, 'GET', `/comments/${roots[a]}/replies?limit=100${q}`);
      expect(replies.status).toBe(200);
      for (const reply of replies.json.comments) addView('replies page', reply);
      repliesCursor = replies.json.nextCursor;
      if (!repliesCursor) break;
    }
  }
}, 180_000);

afterAll(async () => {
  closeAgents();
  await stack?.stop();
  const categories = new Set(corpus.map((p) => p.category));
  console.log(
    `[reliability] xss: ${corpus.length} payloads in ${categories.size} categories; ${posted.size} posted ` +
      `(${[...posted.values()].filter((p) => p.asName).length} also as the author name); automatic decisions ${JSON.stringify(automatic)}; ` +
      `${[...views.values()].reduce((s, v) => s + v.length, 0)} served views checked`,
  );
});

function checkView(p: Payload, where: string, comment: any) {
  const label = `${p.id} (${p.category}) in ${where}`;
  const text = stored(p);
  expect(comment.body, label).toBe(text);
  let doc;
  try {
    doc = parseBodyHtml(comment.bodyHtml);
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}\n${comment.bodyHtml}`, { cause: error });
  }
  for (const para of doc.paragraphs)
    for (const node of para)
      if (node.kind === 'a') expect(linkProblem(node), `${label}: ${comment.bodyHtml}`).toBeNull();
  // The typed text, a link's host respelled in ASCII where it was not typed so (xss-168).
  expect(squash(textOf(doc)), label).toBe(squash(shownText(text)));
  // Stable: the text a reader sees renders to the same HTML, and so does the stored body.
  expect(renderBodyHtml(textOf(doc)), label).toBe(comment.bodyHtml);
  expect(renderBodyHtml(comment.body), label).toBe(comment.bodyHtml);
}

describe('stored XSS corpus, posted, approved and served', () => {
  it('has at least 150 payloads, each with an id and a category', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((p) => p.payload)).size).toBe(corpus.length);
  });

  it.each([...new Set(corpus.map((p) => p.category))])(
    '%s: only allowed markup, the typed text, stable',
    (category) => {
      const inCategory = corpus.filter((p) => p.category === category && p.expect !== 'refused');
      expect(inCategory.length).toBeGreaterThan(0);
      for (const p of inCategory) {
        const seen = views.get(p.id) ?? [];
        const where = new Set(seen.map((v) => v.where));
        expect(where.has('GET /comments/{id}'), p.id).toBe(true);
        expect(where.has('thread listing') || where.has('replies page'), `${p.id} listed`).toBe(true);
        for (const v of seen) checkView(p, v.where, v.comment);
        if (posted.get(p.id)?.asName)
          for (const v of seen) expect(v.comment.authorName, p.id).toBe(stored(p));
        // The same bodyHtml wherever it is served.
        expect(new Set(seen.map((v) => v.comment.bodyHtml)).size, p.id).toBe(1);
      }
    },
  );

  it('links are rendered for real http(s) URLs in the corpus, so the link checks are not vacuous', () => {
    const withLinks = [...views.values()].flat().filter((v) => v.comment.bodyHtml.includes('<a href='));
    expect(withLinks.length).toBeGreaterThan(30);
  });
});

describe('the renderer on generated hostile text (fast-check)', () => {
  const FRAGMENTS = [
    '<',
    '>',
    '"',
    "'",
    '&',
    '`',
    '=',
    '/',
    ':',
    '.',
    ',',
    ';',
    '!',
    '?',
    '#',
    '(',
    ')',
    '[',
    ']',
    '@',
    '%22',
    '%3C',
    ' ',
    '\t',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '\u00a0',
    '\u2028',
    'javascript:',
    'JaVaScRiPt:',
    'data:',
    'vbscript:',
    'https://',
    'http://',
    'HTTPS://',
    'x.y',
    'example.org',
    'onerror=',
    'onmouseover=',
    '<script>',
    '</script>',
    '<a href="',
    '<img src=x ',
    '&amp;',
    '&lt;',
    '&#39;',
    '&#x3C;',
    'alert(1)',
    'é',
    '😀',
    'a',
    'Z',
    '0',
  ];
  const hostileText = fc
    .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 })
    .map((parts) => parts.join(''))
    .filter((s) => s.trim() !== '');

  it('only allowed markup, the same text, a fixed point', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = renderBodyHtml(text);
        const doc = parseBodyHtml(html);
        for (const para of doc.paragraphs)
          for (const node of para) if (node.kind === 'a') expect(linkProblem(node), html).toBeNull();
        expect(squash(textOf(doc))).toBe(squash(shownText(text)));
        expect(renderBodyHtml(textOf(doc))).toBe(html);
      }),
      { numRuns: 3000, seed: 6 },
    );
  });
});
