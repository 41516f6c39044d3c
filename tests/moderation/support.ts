/** Builders shared by the moderation tests: a context with sensible defaults, overridable per test. */
import { defaultPolicy } from '../../shared/moderation/policy';
import type { Policy } from '../../shared/moderation/policy';
import type { CheckContext, ModeratedComment, RecentActivity } from '../../shared/moderation/types';

export const NOW = new Date('2026-03-02T12:00:00.000Z');

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/**
 * The default policy, parsed once per worker rather than for every context (some files build tens of
 * thousands; the parse was about 2 s of the `units` threads' CPU). Frozen, so a check or test that changed
 * it would fail at once instead of leaking into the next context; a context's own `policy` overrides
 * replace top-level fields as before.
 */
const DEFAULT_POLICY = deepFreeze(defaultPolicy());

export interface ContextOverrides {
  comment?: Partial<ModeratedComment>;
  policy?: Partial<Policy>;
  article?: Partial<CheckContext['article']>;
  author?: Partial<CheckContext['author']>;
  recent?: Partial<RecentActivity> | null;
  now?: Date;
}

export function makeContext(body: string, o: ContextOverrides = {}): CheckContext {
  const ctx: CheckContext = {
    comment: {
      id: 'c-1',
      articleId: 'sahel-security-2026',
      parentId: null,
      authorId: 'a-1',
      authorName: 'Reader',
      body,
      networkHash: 'net-1',
      createdAt: NOW.toISOString(),
      ...o.comment,
    },
    policy: { ...DEFAULT_POLICY, ...o.policy },
    article: { mode: null, closed: false, ...o.article },
    author: { approved: 4, rejected: 0, banned: false, ...o.author },
    now: o.now ?? NOW,
  };
  if (o.recent === null) return ctx;
  return { ...ctx, recent: { authorComments: [], authorCount10m: 0, networkCount10m: 0, ...o.recent } };
}

/** `minutes` before NOW, as ISO. */
export const minutesAgo = (minutes: number): string =>
  new Date(NOW.getTime() - minutes * 60_000).toISOString();
