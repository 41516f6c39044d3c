import { describe, expect, it } from 'vitest';
import { ApiError, ParleyApi, readThreadsPage, type FetchLike } from '../../../web/widget/api';
import {
  countLabel,
  charCount,
  errorText,
  rejectReasonText,
  statementLines,
  statusBadge,
  timeLabel,
} from '../../../web/widget/format';

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: Seen[] = [];
  const impl: FetchLike = (url, init) => {
    seen.push({ url, init });
    return Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }),
    );
  };
  return { seen, impl };
}

const own = {
  id: 'c1',
  articleId: 'a1',
  parentId: null,
  authorName: 'Ana',
  body: 'Hi',
  bodyHtml: '<p>Hi</p>',
  createdAt: '2026-01-01T00:00:00.000Z',
  editedAt: null,
  status: 'received',
  statusMessage: 'Received.',
  reason: null,
};

describe('ParleyApi', () => {
  it('posts with the idempotency key and JSON, without cookies, to the configured base', async () => {
    const f = fakeFetch(202, { comment: own, authorToken: 'tok' });
    const api = new ParleyApi('https://api.example/', f.impl);
    const answer = await api.post('a 1', { authorName: 'Ana', body: 'Hi', website: '' }, 'k'.repeat(22));
    expect(answer.authorToken).toBe('tok');
    expect(answer.comment.status).toBe('received');
    expect(f.seen[0]!.url).toBe('https://api.example/articles/a%201/comments');
    expect(f.seen[0]!.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'k'.repeat(22) },
    });
  });

  it('sends the author token only where it belongs', async () => {
    const f = fakeFetch(200, { comment: own });
    const api = new ParleyApi('', f.impl);
    await api.getOwn('c1', 'secret');
    expect(f.seen[0]!.url).toBe('/comments/c1');
    expect(f.seen[0]!.init?.headers).toEqual({ 'x-author-token': 'secret' });
    await api.listThreads('a1', 'cur', 2).catch(() => undefined);
    expect(f.seen[1]!.init?.headers).toEqual({});
    expect(f.seen[1]!.url).toBe('/articles/a1/comments?limit=2&cursor=cur');
  });

  it('turns the error body into an ApiError with its code, field problems and Retry-After', async () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'Invalid request.',
        details: [{ path: 'body.authorName', message: 'authorName must not be empty.' }],
      },
    };
    const api = new ParleyApi('', fakeFetch(400, body).impl);
    const error = await api
      .post('a1', { authorName: '', body: 'x', website: '' }, 'k')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as ApiError).fields).toEqual([
      // In the reader's words: the API names its fields as code does.
      { field: 'authorName', message: 'Your name must not be empty.' },
    ]);

    const limited = new ParleyApi(
      '',
      fakeFetch(429, { error: { code: 'rate_limited', message: 'x' } }, { 'retry-after': '120' }).impl,
    );
    const e2 = (await limited.flag('c1', 'spam', '').catch((e: unknown) => e)) as ApiError;
    expect(e2.retryAfterSeconds).toBe(120);
    expect(errorText(e2)).toBe('You are posting too quickly. Please try again in 2 minutes.');

    const busy = new ParleyApi(
      '',
      fakeFetch(503, { error: { code: 'busy', message: 'x' } }, { 'retry-after': '1' }).impl,
    );
    const e3 = (await busy.flag('c1', 'spam', '').catch((e: unknown) => e)) as ApiError;
    expect(e3).toMatchObject({ status: 503, code: 'busy', retryAfterSeconds: 1 });
    expect(errorText(e3)).toMatch(/nothing was saved\. Please try again/);
  });

  it('answers a network failure and a non-JSON error page with clear errors', async () => {
    const down = new ParleyApi('', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await down.counts(['a']).catch((e: unknown) => e)).toMatchObject({ code: 'network' });
    const html = new ParleyApi('', fakeFetch(502, '<html>Bad gateway</html>').impl);
    const e = (await html.counts(['a']).catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe('http_502');
    expect(errorText(e)).toMatch(/Your text is kept/);
  });

  it('refuses an answer without the fields the widget reads', () => {
    expect(() => readThreadsPage({ comments: [{ id: 1 }], nextCursor: null, totalApproved: 0 })).toThrow(
      ApiError,
    );
    expect(() => readThreadsPage({ comments: [], nextCursor: null, totalApproved: -1 })).toThrow(
      /totalApproved/,
    );
    expect(() =>
      readThreadsPage({ comments: [], nextCursor: null, totalApproved: 0, closed: 'yes' }),
    ).toThrow(/closed/);
  });

  it('reads whether the article is closed, open when an older API leaves it out', () => {
    const page = { comments: [], nextCursor: null, totalApproved: 0 };
    expect(readThreadsPage({ ...page, closed: true }).closed).toBe(true);
    expect(readThreadsPage({ ...page, closed: false }).closed).toBe(false);
    expect(readThreadsPage(page).closed).toBe(false);
  });
});

describe('format', () => {
  it('says the count in words', () => {
    expect([0, 1, 3, 1200].map(countLabel)).toEqual([
      'No comments yet',
      '1 comment',
      '3 comments',
      '1,200 comments',
    ]);
  });

  it('counts characters as the server does (NFC, trimmed, code points)', () => {
    expect(charCount('  e\u0301 🙂 ')).toBe(3);
  });

  it('says times relative to now, then as a date', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(timeLabel('2026-03-10T11:59:50Z', now)).toBe('just now');
    expect(timeLabel('2026-03-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(timeLabel('2026-03-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeLabel('2026-03-08T12:00:00Z', now)).toBe('2 days ago');
    expect(timeLabel('2026-01-02T12:00:00Z', now)).toBe('Jan 2, 2026');
  });

  it('names states and reasons in plain words', () => {
    expect(statusBadge('pending').label).toBe('Awaiting review');
    expect(statusBadge('received').label).toBe('Awaiting review');
    expect(statusBadge('approved').label).toBe('Published');
    expect(rejectReasonText('spam')).toBe('Not published: it looks like spam or advertising.');
    expect(rejectReasonText('unknown_code')).toBe(
      'Not published: it does not meet the community guidelines.',
    );
  });
});

describe('the statement of reasons of an own comment', () => {
  const statement = {
    id: '01STATEMENT',
    decidedAt: '2026-03-10T12:00:00.000Z',
    restriction: 'not_published',
    facts: 'Our automatic checks did not publish this comment: the spam check found spam or advertising.',
    automated: { detection: true, decision: true },
    ground: { kind: 'terms', reason: 'spam', clause: 'No advertising.' },
    redress: { appealUntil: '2026-09-10T12:00:00.000Z', routes: [] },
  };

  it('is read from the author view, and absent while the comment is not rejected', async () => {
    const rejected = { ...own, status: 'rejected', reason: 'spam', statement };
    const api = new ParleyApi('', fakeFetch(200, { comment: rejected }).impl);
    expect((await api.getOwn('c1', 't')).statement).toEqual({
      restriction: 'not_published',
      facts: statement.facts,
      automatedDecision: true,
      automatedDetection: true,
      clause: 'No advertising.',
      appealUntil: '2026-09-10T12:00:00.000Z',
    });
    expect(
      (await new ParleyApi('', fakeFetch(200, { comment: own }).impl).getOwn('c1', 't')).statement,
    ).toBeNull();
  });

  it('reads in plain words: what happened, the rule, who decided, until when to ask for a review', () => {
    const base = {
      restriction: 'removed' as const,
      facts: 'A moderator removed this published comment, for hate speech.',
      clause: 'No hate.',
      appealUntil: '2026-09-10T12:00:00.000Z',
    };
    expect(statementLines({ ...base, automatedDecision: false, automatedDetection: false })).toEqual([
      base.facts,
      'The rule: No hate.',
      'A person made this decision.',
      'You can ask for a person to review this until September 10, 2026.',
    ]);
    expect(statementLines({ ...base, automatedDecision: false, automatedDetection: true })[2]).toBe(
      'Our automatic checks flagged it; a person made the decision.',
    );
    expect(statementLines({ ...base, automatedDecision: true, automatedDetection: true })[2]).toBe(
      'This decision was made automatically, by our checks.',
    );
  });
});
