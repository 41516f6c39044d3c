import * as z from 'zod';
import { editComment } from '../shared/app/author-actions';
import { editCommentInput } from '../shared/domain/schemas';
import { clientIp } from './lib/client-ip';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** PATCH /comments/{commentId} {body} with X-Author-Token → {comment} back in `received` */
export const handler = httpRoute(
  { path: z.object({ commentId: z.string() }), body: editCommentInput },
  async (event) =>
    json(
      200,
      await editComment(deps(), {
        commentId: event.parsed.path.commentId,
        token: event.headers['x-author-token'],
        sourceIp: clientIp(event),
        body: event.parsed.body.body,
      }),
      { 'cache-control': 'private, no-store' },
    ),
);
