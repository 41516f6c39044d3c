/**
 * The use cases' answer to a comment (or the site policy) that moved between their read and their
 * conditional write: read it again and redo the step, a bounded number of times. (Contention on a
 * transaction itself is retried below them, by the one policy of `shared/storage/dynamo.ts`.)
 */
import { VersionConflictError } from '../errors';

/** How many times a step runs in all before its VersionConflictError is the answer. */
const MAX_ATTEMPTS = 3;

/**
 * Runs `step` (told which attempt it is, from 1) and runs it again while its write finds what it read
 * moved meanwhile; any other error is thrown, and so is the last attempt's conflict, or what `exhausted`
 * makes of it (the policy's saves without a version: 503 `busy`).
 */
export async function againWhenMoved<T>(
  step: (attempt: number) => Promise<T>,
  opts: { attempts?: number; exhausted?: () => Error } = {},
): Promise<T> {
  const attempts = opts.attempts ?? MAX_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step(attempt);
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
      if (attempt >= attempts) throw opts.exhausted?.() ?? err;
    }
  }
}
