import type { CursorCodec } from '../cursor';
import type { Repository } from '../storage/repository';
import type { CachedPolicyStore } from '../storage/policy-store';

/** What every use case needs, built once per Lambda container from validated config. */
export interface Deps {
  repo: Repository;
  cursors: CursorCodec;
  policies: CachedPolicyStore;
  /** Salt for hashed personal data (network buckets, e-mail addresses). */
  secret: string;
  now: () => Date;
}
