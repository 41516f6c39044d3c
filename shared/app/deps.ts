import type { CursorCodec } from '../cursor';
import type { PoliciesPort, Storage } from './ports';

/**
 * What every use case needs, built once per Lambda container from validated config (functions/lib/deps.ts)
 * or in memory for the use-case tests (tests/support/memory/). Storage is reached through its ports only.
 */
export interface Deps {
  repo: Storage;
  cursors: CursorCodec;
  policies: PoliciesPort;
  /** Salt for hashed personal data (network buckets, e-mail addresses). */
  secret: string;
  now: () => Date;
}

/** The dependencies with only the storage ports `P` a use case reads and writes (documents its reach). */
export type DepsWith<P> = Omit<Deps, 'repo'> & { repo: P };
