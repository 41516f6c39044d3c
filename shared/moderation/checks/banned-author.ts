import type { ModerationCheck } from '../types';

/** A comment from an author banned after it was accepted is rejected; the ban itself is the reason. */
export const bannedAuthor: ModerationCheck = {
  name: 'banned-author',
  run: ({ author }) =>
    author.banned
      ? {
          outcome: 'reject',
          reason: 'other',
          evidence: [{ kind: 'author', value: 'banned' }],
          tags: ['author_banned'],
        }
      : { outcome: 'pass' },
};
