/** Reader flags: one per reporter per comment; at the policy's threshold the comment is reported. */
import type { FlagInput } from '../domain/moderation-schemas';
import { networkBucket } from '../domain/network';
import { AlreadyFlaggedError, CommentNotFoundError } from '../errors';
import { isId, keyedHash } from '../ids';
import type { DepsWith } from './deps';
import type { CommentsPort, FlagsPort } from './ports';

export interface FlagRequest {
  commentId: string;
  input: FlagInput;
  sourceIp: string;
  /** The signed-in reader's id, when the newsroom's sign-in provides one. */
  readerId?: string | undefined;
}

/**
 * Records a flag. The reporter is the signed-in reader, or else a salted hash of the network bucket,
 * so one household cannot push a comment into the queue alone. Only published comments can be flagged.
 */
export async function flagComment(deps: DepsWith<CommentsPort & FlagsPort>, req: FlagRequest) {
  const c = isId(req.commentId) ? await deps.repo.getComment(req.commentId) : null;
  if (!c || c.status !== 'approved') throw new CommentNotFoundError();
  const reporter = req.readerId
    ? `reader:${keyedHash(deps.secret, req.readerId)}`
    : `net:${keyedHash(deps.secret, `reporter:${networkBucket(req.sourceIp)}`)}`;
  const policy = await deps.policies.get();
  const flagged = await deps.repo.addFlag(
    c.id,
    {
      reporter,
      reason: req.input.reason,
      at: deps.now(),
      ...(req.input.note ? { note: req.input.note } : {}),
    },
    policy.flagThreshold,
  );
  if (!flagged) throw new AlreadyFlaggedError();
  return { commentId: c.id, reason: req.input.reason, status: 'received' as const };
}
