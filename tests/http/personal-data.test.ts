/**
 * A person's data on request, through the local gateway: the reader's export and erasure with their
 * author tokens, then a search of the whole table for anything of them; the moderators' export, erasure
 * and e-mail look-up by author id.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorErasureResponseSchema,
  authorExportSchema,
  emailLookupResponseSchema,
  erasureResponseSchema,
  personalDataExportSchema,
} from '../../shared/domain/responses';
import { newAuthorToken } from '../../shared/ids';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let moderator: string;
let n = 0;
const article = () => `privacy-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000, authorActionsPerMinute: 1000 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
  });
  moderator = await stack.token('moderator', { sub: 'mod-7', name: 'Moderator Mireille' });
});
afterAll(async () => {
  await stack?.stop();
});

interface Posted {
  comment: { id: string };
  authorToken: string;
}

async function posted(articleId: string, body: Record<string, unknown>): Promise<Posted> {
  const res = await stack.request('POST', `/articles/${articleId}/comments`, { body });
  expect(res.status, res.text).toBe(202);
  await stack.drain();
  return res.json as Posted;
}

/** Every item of the table, each as its JSON text. */
async function wholeTable(): Promise<string[]> {
  const items: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await stack.doc.send(
      new ScanCommand({ TableName: stack.tableName, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    items.push(...(out.Items ?? []).map((i) => JSON.stringify(i)));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

const withTokens = (...tokens: string[]) => ({ headers: { 'x-author-token': tokens.join(', ') } });

describe('GET /me/export and DELETE /me', () => {
  const NAME = 'Zuzana Quellmalz';
  const EMAIL = 'zuzana.q@example.org';
  const ROOT = 'Zuzana writes a root comment about the Sahel.';
  const REPLY = 'Zuzana answers Jonas in the same thread.';
  const JONAS = 'Jonas replies to the root, politely.';
  let a: string;
  let root: Posted;
  let reply: Posted;

  beforeAll(async () => {
    a = article();
    root = await posted(a, { authorName: NAME, authorEmail: EMAIL, body: ROOT });
    const jonas = await posted(a, { authorName: 'Jonas', body: JONAS, parentId: root.comment.id });
    reply = await posted(a, {
      authorName: NAME,
      authorEmail: EMAIL,
      body: REPLY,
      parentId: jonas.comment.id,
    });
    const flag = await stack.request('POST', `/comments/${root.comment.id}/flags`, {
      body: { reason: 'spam', note: `${NAME} posts this everywhere` },
    });
    expect(flag.status).toBe(202);
    const decision = await stack.request('POST', `/moderation/comments/${reply.comment.id}/decision`, {
      token: moderator,
      body: { action: 'reject', reason: 'off_topic', note: `Off topic, ${NAME} again` },
    });
    expect(decision.status, decision.text).toBe(200);
  });

  it('exports both comments the two tokens open, without the moderator or the reporter', async () => {
    const table = (await wholeTable()).join('\n');
    for (const trace of [NAME, ROOT, REPLY, 'posts this everywhere', 'Off topic'])
      expect(table).toContain(trace);
    const res = await stack.request('GET', '/me/export', withTokens(root.authorToken, reply.authorToken));
    expect(res.status, res.text).toBe(200);
    expect(
      personalDataExportSchema
        .parse(res.json)
        .comments.map((c) => c.body)
        .sort(),
    ).toEqual([REPLY, ROOT].sort());
    expect(res.headers['cache-control']).toBe('private, no-store');
    for (const absent of ['Mireille', 'mod-7', 'Off topic', 'posts this everywhere', EMAIL])
      expect(res.text).not.toContain(absent);
  });

  it('refuses a token that opens no comment with 403, and a missing one with 401', async () => {
    const wrong = await stack.request('GET', '/me/export', withTokens(root.authorToken, newAuthorToken()));
    expect(wrong.status).toBe(403);
    expect(wrong.json.error.code).toBe('invalid_author_token');
    expect(wrong.text).not.toContain(ROOT);
    expect((await stack.request('GET', '/me/export')).status).toBe(401);
    expect((await stack.request('DELETE', '/me', withTokens('short'))).status).toBe(400);
  });

  it('erases them: nothing of the person is left anywhere in the table, and the thread keeps its reply', async () => {
    const res = await stack.request('DELETE', '/me', withTokens(root.authorToken, reply.authorToken));
    expect(res.status, res.text).toBe(200);
    const body = erasureResponseSchema.parse(res.json);
    expect(body.erased.map((e) => [e.id, e.status]).sort()).toEqual(
      [
        [root.comment.id, 'deleted'],
        [reply.comment.id, 'deleted'],
      ].sort(),
    );
    const table = (await wholeTable()).join('\n');
    for (const trace of [NAME, EMAIL, ROOT, REPLY, 'posts this everywhere', 'Off topic'])
      expect(table).not.toContain(trace);
    expect(table).toContain(JONAS);
    const listing = await stack.request('GET', `/articles/${a}/comments`);
    expect(listing.json.comments[0]).toMatchObject({ id: root.comment.id, deleted: true, body: '' });
    expect(listing.json.comments[0].replies.map((r: { body: string }) => r.body)).toEqual([JONAS]);
  });

  it('answers a repeat with 200 and changes nothing', async () => {
    const comments = async () => (await wholeTable()).filter((i) => i.includes('"PK":"COMMENT#')).sort();
    const before = await comments();
    const res = await stack.request('DELETE', '/me', withTokens(root.authorToken, reply.authorToken));
    expect(res.status).toBe(200);
    expect(res.json.changed).toBe(0);
    expect(await comments()).toEqual(before);
  });
});

describe('the moderators’ routes', () => {
  const EMAIL = 'olga.lookup@example.org';
  let authorId: string;
  let ids: string[];

  beforeAll(async () => {
    const a = article();
    const first = await posted(a, { authorName: 'Olga Lookup', authorEmail: EMAIL, body: 'Olga’s first.' });
    const second = await posted(a, { authorName: 'Olga Lookup', authorEmail: EMAIL, body: 'Olga’s second.' });
    ids = [first.comment.id, second.comment.id];
    const found = await stack.request('POST', '/moderation/authors/lookup', {
      token: moderator,
      body: { email: 'Olga.Lookup@example.org' },
    });
    expect(found.status, found.text).toBe(200);
    const lookup = emailLookupResponseSchema.parse(found.json);
    expect(lookup.cursor).toBeNull();
    expect(lookup.authors).toHaveLength(1);
    authorId = lookup.authors[0]!.authorId;
    expect(lookup.authors[0]!.comments.sort()).toEqual([...ids].sort());
  });

  it('export an author id’s comments with the author record', async () => {
    const res = await stack.request('GET', `/moderation/authors/${authorId}/export`, { token: moderator });
    expect(res.status, res.text).toBe(200);
    const body = authorExportSchema.parse(res.json);
    expect(body.comments.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(body.author).toMatchObject({ id: authorId, approved: 2, banned: false });
  });

  it('erase an author id’s comments, audited with the moderator; a repeat changes nothing', async () => {
    const path = `/moderation/authors/${authorId}/erase`;
    const res = await stack.request('POST', path, { token: moderator, body: { note: 'Letter of 3 Dec' } });
    expect(res.status, res.text).toBe(200);
    expect(authorErasureResponseSchema.parse(res.json)).toMatchObject({ changed: 2, nextCursor: null });
    const history = await stack.request('GET', `/moderation/comments/${ids[0]}/history`, {
      token: moderator,
    });
    expect(history.json.events.at(-1)).toMatchObject({
      action: 'erase',
      to: 'deleted',
      actor: { type: 'moderator', id: 'mod-7' },
    });
    const again = await stack.request('POST', path, { token: moderator, body: {} });
    expect(again.json.changed).toBe(0);
    expect((await wholeTable()).join('\n')).not.toContain('Olga');
  });

  it('answer 404 author_not_found for an id that names nobody, and write nothing', async () => {
    const nobody = 'a_nobodyNobodyNobodyNobody0';
    const before = (await wholeTable()).length;
    const exported = await stack.request('GET', `/moderation/authors/${nobody}/export`, { token: moderator });
    const erased = await stack.request('POST', `/moderation/authors/${nobody}/erase`, {
      token: moderator,
      body: { note: 'Mistyped id' },
    });
    for (const res of [exported, erased]) {
      expect(res.status, res.text).toBe(404);
      expect(res.json.error.code).toBe('author_not_found');
    }
    expect((await wholeTable()).length).toBe(before);
  });

  it('refuse a reader: no token 401, a token without the moderators group 403', async () => {
    const reader = await stack.token('none');
    for (const [method, path, body] of [
      ['GET', `/moderation/authors/${authorId}/export`, undefined],
      ['POST', `/moderation/authors/${authorId}/erase`, {}],
      ['POST', '/moderation/authors/lookup', { email: EMAIL }],
    ] as const) {
      expect((await stack.request(method, path, { body })).status, path).toBe(401);
      expect((await stack.request(method, path, { body, token: reader })).status, path).toBe(403);
    }
  });
});
