import type { CursorCodec } from '../cursor';
import type { Repository } from '../storage/repository';
import type { CachedPolicyStore } from '../storage/policy-store';
import type { ModerationCheck } from '../moderation/types';

/** What every use case needs, built once per Lambda container from validated config. */
export interface Deps {
  repo: Repository;
  cursors: CursorCodec;
  policies: CachedPolicyStore;
  /** Salt for hashed personal data (network buckets, e-mail addresses). */
  secret: string;
  now: () => Date;
  /** The ordered automatic checks, with the configured toxicity provider. */
  checks: readonly ModerationCheck[];
}
