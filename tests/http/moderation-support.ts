/**
 * The stack the moderator API tests share (`moderation.test.ts`, `moderation-admin.test.ts`): one local
 * stack per test file, a moderator and an admin token, and helpers that post comments and wait for the
 * automatic decision.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestStack, type RequestOptions, type TestStack } from '../support/stack';

/** The file's stack and tokens (set by `useModerationStack` before its tests run). */
export let stack: TestStack;
export let mod: string;
export let admin: string;
let n = 0;
/** A number not used before in this file, for unique names. */
export const next = (): number => n++;
export const article = () => `mod-${Date.now().toString(36)}-${n++}`;

/** Starts the stack before the file's tests (rates opened up) and stops it after them. */
export function useModerationStack(): void {
  beforeAll(async () => {
    stack = await startTestStack();
    await stack.setPolicy({
      rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000 },
      flood: { networkPer10m: 10_000, authorPer10m: 1000 },
      repeatWindowMinutes: 0,
    });
    mod = await stack.token('moderator', { sub: 'mod-1', name: 'Mia Moderator' });
    admin = await stack.token('admin', { sub: 'admin-1', name: 'Ada Admin' });
  });
  afterAll(async () => {
    await stack?.stop();
  });
}

export const call = (method: string, path: string, opts?: RequestOptions) =>
  stack.request(method, path, opts);

/** Posts a comment and waits for the automatic decision. */
export async function postAndModerate(articleId: string, body: string, extra: Record<string, unknown> = {}) {
  const res = await call('POST', `/articles/${articleId}/comments`, {
    body: { authorName: `Writer ${n++}`, body, ...extra },
  });
  expect(res.status).toBe(202);
  await stack.drain();
  return res.json as { comment: { id: string }; authorToken: string };
}

/** A comment held for a human (the article is pre-moderated). */
export async function heldComment(body = 'Please check this one.') {
  const a = article();
  await stack.setArticle(a, { mode: 'pre' });
  const posted = await postAndModerate(a, body);
  return { articleId: a, id: posted.comment.id, authorToken: posted.authorToken };
}
