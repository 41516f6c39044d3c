import type { ModerationCheck } from '../types';

/** The hidden `website` field is invisible to people; a filled one means a bot → reject as spam. */
export const honeypot: ModerationCheck = {
  name: 'honeypot',
  run: ({ comment }) =>
    comment.website !== undefined && comment.website.trim() !== ''
      ? {
          outcome: 'reject',
          reason: 'spam',
          evidence: [{ kind: 'honeypot', value: 'website', detail: 'hidden field filled in' }],
          tags: ['bot'],
        }
      : { outcome: 'pass' },
};
