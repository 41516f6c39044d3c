import { decideBulk, type BulkOutcome } from '../shared/app/moderation';
import type { BulkResult } from '../shared/domain/responses';
import { deps as containerDeps } from './lib/deps';
import { STATUS_BY_CODE } from './lib/errors';
import { httpRoute, type DepsSource } from './lib/route';

/** Each item's own status: 200 with the comment, or its refusal's status from the one table. */
const resultOf = (o: BulkOutcome): BulkResult =>
  o.ok
    ? { commentId: o.commentId, status: 200, comment: o.comment }
    : { commentId: o.commentId, status: STATUS_BY_CODE[o.code], error: { code: o.code, message: o.message } };

/** POST /moderation/decisions {action, reason?, note?, items: [{commentId, expectedVersion?}]} → per-item results */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-bulk-decide', deps, async (event, d) => {
    const outcomes = await decideBulk(d, event.moderator, event.parsed.body);
    const succeeded = outcomes.filter((o) => o.ok).length;
    return { results: outcomes.map(resultOf), succeeded, failed: outcomes.length - succeeded };
  });

export const handler = makeHandler();
