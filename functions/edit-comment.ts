import * as z from 'zod';
import { editComment } from '../shared/app/author-actions';
import { editCommentInput } from '../shared/domain/schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** PATCH /comments/{commentId} {body} with X-Author-Token → {comment} back in `received` */
export const handler = httpRoute(
  { path: z.object({ commentId: z.string() }), body: editCommentInput },
  async (event) =>
    json(
      200,
      await editComment(
        deps(),
        event.parsed.path.commentId,
        event.headers['x-author-token'],
        event.parsed.body.body,
      ),
      { 'cache-control': 'private, no-store' },
    ),
);
