/**
 * The bulk decision route maps each item's domain outcome to its own status with the one table
 * (STATUS_BY_CODE), in the response shape the console reads: {results:[{commentId, status, comment |
 * error}], succeeded, failed}.
 */
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../functions/lib/http';
import { makeHandler } from '../../functions/moderation-bulk-decide';
import { toModeratorComment } from '../../shared/app/moderation';
import { memoryDeps } from '../support/memory/deps';
import { post } from '../support/memory/fixtures';

const bulkEvent = (body: unknown): ApiEvent =>
  ({
    version: '2.0',
    routeKey: 'POST /moderation/decisions',
    rawPath: '/moderation/decisions',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'POST', path: '/moderation/decisions', sourceIp: '198.51.100.7' },
      authorizer: { jwt: { claims: { sub: 'mod-1', 'cognito:groups': ['moderators'] } } },
    },
  }) as unknown as ApiEvent;

describe('POST /moderation/decisions', () => {
  it('answers 200 with each item’s status: 200 and the comment, or the refusal’s status and error', async () => {
    const m = memoryDeps();
    const a = await post(m.deps, 'art');
    const b = await post(m.deps, 'art');
    const missing = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const out = (await makeHandler(() => m.deps)(
      bulkEvent({
        action: 'reject',
        reason: 'spam',
        items: [
          { commentId: a.comment.id },
          { commentId: missing },
          { commentId: b.comment.id, expectedVersion: 7 },
        ],
      }),
      {} as Context,
    )) as { statusCode: number; body: string };
    expect(out.statusCode).toBe(200);
    const rejected = toModeratorComment(m.repo.comments.get(a.comment.id)!);
    // Byte for byte, in the order the response has always had.
    expect(out.body).toBe(
      JSON.stringify({
        results: [
          { commentId: a.comment.id, status: 200, comment: rejected },
          {
            commentId: missing,
            status: 404,
            error: { code: 'comment_not_found', message: 'No such comment.' },
          },
          {
            commentId: b.comment.id,
            status: 409,
            error: {
              code: 'version_conflict',
              message: 'The comment is at version 1, not 7: another decision came first.',
            },
          },
        ],
        succeeded: 1,
        failed: 2,
      }),
    );
  });

  it('refuses a request that names a comment twice with a 400, deciding nothing', async () => {
    const m = memoryDeps();
    const a = await post(m.deps, 'art');
    const writes = m.repo.writes.length;
    const out = (await makeHandler(() => m.deps)(
      bulkEvent({ action: 'approve', items: [{ commentId: a.comment.id }, { commentId: a.comment.id }] }),
      {} as Context,
    )) as { statusCode: number; body: string };
    expect(out.statusCode).toBe(400);
    expect(JSON.parse(out.body).error.details).toEqual([
      { path: 'items', message: 'A comment appears twice in items: decide each comment once a request.' },
    ]);
    expect(m.repo.writes.length).toBe(writes);
  });
});
