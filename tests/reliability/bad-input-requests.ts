/**
 * The bad-input fuzzer's requests (bad-input.test.ts): what a valid request to each route holds (filled
 * in by the suite's set-up with the ids and tokens it seeds), the hostile variants fast-check draws of
 * every part of a request, and what a refused request may write by contract.
 */
import fc from 'fast-check';
import type { RouteDefinition } from '../../functions/routes';
import { brokenJson, limitValue, mutatedObject, nastyString, urlPiece, weirdValue } from './arbitraries';
import { type Reply, type Snapshot } from './support';

export const tokens: Record<string, string> = {};
export const valid = {
  articleId: ['fz-open', 'fz-pre', 'fz-unknown', 'a', 'A.b:c-d_9'],
  commentId: [] as string[],
  authorId: ['a_abcdefghij'] as string[],
  cursor: [] as string[],
  authorToken: [] as string[],
  noticeId: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] as string[],
  appealId: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] as string[],
  flaggerId: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] as string[],
  suspensionId: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] as string[],
};

/** A body that the route accepts, and the fields it knows. */
export const BODIES: Record<string, { base: Record<string, unknown>; fields: string[] }> = {
  'post-comment': {
    base: { authorName: 'Fuzz Reader', body: 'A plain comment.' },
    fields: ['authorName', 'body', 'parentId', 'authorEmail', 'website'],
  },
  'edit-comment': { base: { body: 'Edited: a plain comment.' }, fields: ['body'] },
  'flag-comment': { base: { reason: 'spam' }, fields: ['reason', 'note'] },
  'notice-submit': {
    base: {
      category: 'defamation',
      explanation: 'It says false things about a named person.',
      goodFaith: true,
    },
    fields: ['category', 'explanation', 'lawOrGround', 'notifierName', 'notifierEmail', 'goodFaith'],
  },
  'appeal-submit': { base: { explanation: 'The decision is wrong.' }, fields: ['explanation'] },
  'notice-appeal-submit': { base: { explanation: 'The decision is wrong.' }, fields: ['explanation'] },
  'moderation-appeal-decide': {
    base: { action: 'uphold', note: 'Reviewed.' },
    fields: ['action', 'note'],
  },
  'moderation-notice-decide': {
    base: { action: 'keep', ground: 'Lawful.' },
    fields: ['action', 'ground', 'note', 'manifestlyUnfounded'],
  },
  'moderation-suspension-decide': {
    base: { action: 'suspend', days: 3 },
    fields: ['action', 'days', 'note'],
  },
  'moderation-decide': {
    base: { action: 'approve' },
    fields: ['action', 'reason', 'note', 'expectedVersion'],
  },
  'moderation-bulk-decide': {
    base: { action: 'reject', reason: 'spam', items: [{ commentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }] },
    fields: ['action', 'reason', 'note', 'items'],
  },
  'moderation-put-article-settings': { base: { mode: 'post' }, fields: ['mode', 'closed'] },
  'moderation-ban-author': { base: { reason: 'Fuzzing' }, fields: ['reason', 'rejectPending'] },
  'moderation-trusted-flagger-register': {
    base: { name: 'Fuzz Hotline', organisation: 'Fuzz e.V.', contact: 'desk@fuzz.example' },
    fields: ['name', 'organisation', 'contact'],
  },
  'moderation-put-policy': {
    base: { flagThreshold: 3 },
    fields: ['flagThreshold', 'rateLimits', 'links', 'bannedTerms', 'toxicity', 'expectedVersion', 'mode'],
  },
};

const QUERY_KEYS = ['limit', 'cursor', 'sort', 'queue', 'articleId', 'articleIds', 'from', 'to', 'format'];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'application/json;charset=latin1',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  '',
  '*/*',
];

/** Header values node:http will send: no CR, LF or NUL, Latin-1 only. */
const headerValue = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.~!$%&*+/:;=?@[]^`{|} \t'.split('')), maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom('', ' ', 'x'.repeat(256), 'x'.repeat(1500)),
);

/** Encodes what HTTP cannot carry raw (spaces, controls, non-ASCII) and leaves any `%` as it is. */
const onTheWire = (s: string) =>
  s.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch.isWellFormed() ? ch : '\ufffd'));

interface FuzzRequest {
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export function requestArb(route: RouteDefinition): fc.Arbitrary<FuzzRequest> {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const segment = (name: string) => urlPiece((valid as Record<string, string[]>)[name] ?? ['x']);
  const queryValue = fc.oneof(
    limitValue,
    fc.constantFrom(
      ...valid.cursor,
      ...valid.articleId,
      'oldest',
      'newest',
      'best',
      'pending',
      'reported',
      'suspensions',
      'nope',
      '2026-01-01',
      '2026-12-31',
      '2024-02-30',
      'csv',
    ),
    fc.constantFrom(...valid.cursor).map((c) => c.slice(0, -2)),
    urlPiece(['x']),
    fc.integer({ min: 90, max: 120 }).map((n) => Array.from({ length: n }, (_, i) => `id${i}`).join(',')),
  );
  const query = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), urlPiece(['k'])), queryValue), { maxLength: 4 })
    .map((pairs) =>
      pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${onTheWire(v)}`).join('&')}`,
    );
  const spec = BODIES[route.handler];
  const bodyArb: fc.Arbitrary<string | Buffer | undefined> = spec
    ? fc.oneof(
        { weight: 4, arbitrary: mutatedObject(spec.base, spec.fields).map((o) => JSON.stringify(o)) },
        { weight: 1, arbitrary: fc.constant(JSON.stringify(spec.base)) },
        { weight: 2, arbitrary: brokenJson(JSON.stringify(spec.base)) },
        {
          weight: 1,
          arbitrary: fc
            .record({ field: fc.constantFrom(...spec.fields), text: nastyString(60) })
            .map(({ field, text }) => JSON.stringify({ ...spec.base, [field]: text })),
        },
        {
          weight: 1,
          arbitrary: fc
            .integer({ min: 60 * 1024, max: 70 * 1024 })
            .map((n) => JSON.stringify({ ...spec.base, [spec.fields[0]!]: 'y'.repeat(n) })),
        },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.option(
        weirdValue.map((v) => JSON.stringify(v) ?? ''),
        { nil: undefined },
      );
  const auth =
    route.auth === 'public'
      ? fc.constant('public')
      : fc.oneof(
          { weight: 6, arbitrary: fc.constant('admin') },
          {
            weight: 1,
            arbitrary: fc.constantFrom('moderator', 'none', 'missing', 'junk', 'expired', 'alg-none'),
          },
        );
  return fc
    .record({
      segments: fc.tuple(...params.map(segment)),
      query,
      body: bodyArb,
      contentType: fc.oneof(
        { weight: 6, arbitrary: fc.constant('application/json') },
        { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
      ),
      auth,
      idempotencyKey: fc.option(headerValue, { nil: undefined, freq: 4 }),
      authorToken: fc.option(fc.oneof(headerValue, fc.constantFrom(...valid.authorToken)), {
        nil: undefined,
        freq: 3,
      }),
      // Any flagger token the fuzzer makes up opens no flagger: a 403 that writes nothing.
      flaggerToken: fc.option(headerValue, { nil: undefined, freq: 6 }),
    })
    .map((r) => {
      let path = route.path;
      params.forEach((name, i) => (path = path.replace(`{${name}}`, r.segments[i]!)));
      const headers: Record<string, string> = {};
      if (r.body !== undefined && r.contentType !== '') headers['content-type'] = r.contentType;
      if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
      if (r.authorToken !== undefined) headers['x-author-token'] = r.authorToken;
      if (r.flaggerToken !== undefined) headers['x-flagger-token'] = r.flaggerToken;
      const token = tokens[r.auth];
      if (token !== undefined)
        headers.authorization = r.auth === 'junk' ? 'Bearer junk.junk.junk' : `Bearer ${token}`;
      // API Gateway takes at most 10 KB of request line and headers; stay inside it (the explicit test
      // below covers what lies beyond).
      const target = (path + r.query).slice(0, 8000);
      return { path: target, headers, ...(r.body === undefined ? {} : { body: r.body }) };
    });
}

/** Items a refused request may add by contract: the history entry of a refused decision. */
export function allowedByContract(res: Reply, changes: string[], after: Snapshot): boolean {
  if (res.status !== 409 || res.json?.error?.code !== 'version_conflict') return false;
  return changes.every((line) => {
    const m = /^added (COMMENT#\S+ \| EVENT#\S+):/.exec(line);
    if (!m) return false;
    const item = JSON.parse(after.get(m[1]!) ?? '{}');
    return typeof item.action === 'string' && item.action.endsWith('_refused');
  });
}
