/**
 * The use cases' answer to a comment that moved between their read and their conditional write: read it
 * again and redo the step, a bounded number of times. (Contention on a transaction itself is retried
 * below them, by the one policy of `shared/storage/dynamo.ts`.)
 */
import { VersionConflictError } from '../errors';

/** How many times a step runs in all before its VersionConflictError is the answer. */
const MAX_ATTEMPTS = 3;

/**
 * Runs `step` (told which attempt it is, from 1) and runs it again while its write finds the comment
 * moved meanwhile; any other error, or the last attempt's conflict, is thrown.
 */
export async function againWhenMoved<T>(step: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step(attempt);
    } catch (err) {
      if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
