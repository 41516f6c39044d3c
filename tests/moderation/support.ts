/** Builders shared by the moderation tests: a context with sensible defaults, overridable per test. */
import { defaultPolicy } from '../../shared/moderation/policy';
import type { Policy } from '../../shared/moderation/policy';
import type { CheckContext, ModeratedComment, RecentActivity } from '../../shared/moderation/types';

export const NOW = new Date('2026-03-02T12:00:00.000Z');

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
    policy: { ...defaultPolicy(), ...o.policy },
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
