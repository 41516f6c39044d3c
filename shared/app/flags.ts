/** Reader flags: one per reporter per comment; at the policy's threshold the comment is reported. */
import type { FlagInput } from '../domain/moderation-schemas';
import { networkBucket } from '../domain/network';
import { AlreadyFlaggedError } from '../errors';
import { keyedHash } from '../ids';
import type { DepsWith } from './deps';
import { shownComment } from './shown';
import type { CommentsPort, FlagsPort, TrustedFlaggersPort } from './ports';
import { flaggerOfToken } from './trusted-flaggers';

export interface FlagRequest {
  commentId: string;
  input: FlagInput;
  sourceIp: string;
  /** The signed-in reader's id, when the newsroom's sign-in provides one. */
  readerId?: string | undefined;
  /** `X-Flagger-Token`: a trusted flagger's flag (EU DSA Art. 22), which puts the comment in front. */
  flaggerToken?: string | undefined;
}

/**
 * Records a flag. The reporter is a trusted flagger (by its token: the comment is reported at once and
 * goes to the front of the queue), the signed-in reader, or else a salted hash of the network bucket, so
 * one household cannot push a comment into the queue alone. Only published comments can be flagged.
 */
export async function flagComment(
  deps: DepsWith<CommentsPort & FlagsPort & TrustedFlaggersPort>,
  req: FlagRequest,
) {
  const trustedFlagger = await flaggerOfToken(deps, req.flaggerToken);
  const c = await shownComment(deps, req.commentId);
  const reporter = trustedFlagger
    ? `flagger:${trustedFlagger.id}`
    : req.readerId
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
      ...(trustedFlagger ? { trustedFlagger } : {}),
    },
    policy.flagThreshold,
  );
  if (!flagged) throw new AlreadyFlaggedError();
  return { commentId: c.id, reason: req.input.reason, status: 'received' as const };
}
