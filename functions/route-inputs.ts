/**
 * The path parameters and documented headers the route table (functions/routes.ts) shares between its
 * entries, so each is written once.
 */
import * as z from '../shared/zod';
import { authorIdSchema } from '../shared/domain/moderation-schemas';
import { articleIdSchema } from '../shared/domain/schemas';

/** Path parameter schemas, by the item the path names. */
export const PATHS = {
  comment: z.object({ commentId: z.string() }),
  article: z.object({ articleId: articleIdSchema }),
  author: z.object({ authorId: authorIdSchema }),
  notice: z.object({ noticeId: z.string() }),
  appeal: z.object({ appealId: z.string() }),
  flagger: z.object({ flaggerId: z.string() }),
  suspension: z.object({ suspensionId: z.string() }),
};

/** Request headers a route reads, with what they mean (documentation). */
export const HEADERS = {
  authorToken: { 'X-Author-Token': 'Required.' },
  authorTokens: {
    'X-Author-Token':
      'Required: one or more author tokens (at most 100), comma separated; every one must open a comment.',
  },
  noticeToken: {
    'X-Notice-Token': 'Required: the token returned once when the notice was submitted.',
  },
  flaggerToken: {
    'X-Flagger-Token':
      'Optional: a trusted flagger’s token (EU DSA Art. 22); marks the request as its and puts it in front of the queue. A token that opens no unrevoked flagger is a 403.',
  },
  /** A response header of the paged exports. */
  nextCursor: { 'x-next-cursor': 'Set when more follow: send it back as `cursor`.' },
} as const;

/** What the author's and the notifier's appeal routes share: a public POST answered with a receipt. */
export const APPEAL_SUBMIT = {
  method: 'POST',
  auth: 'public',
  ok: { status: 202, schema: 'appealReceiptSchema' },
} as const;

/** Why an appeal is refused beyond who asks (the same for the author's and the notifier's). */
export const APPEAL_REFUSALS = ['not_appealable', 'appeal_window_closed', 'appeal_exists'] as const;
