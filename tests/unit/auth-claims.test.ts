/** The moderator a verified token names: its group decides the role, and its e-mail is never kept. */
import { describe, expect, it } from 'vitest';
import { requireRole, type WithModerator } from '../../functions/lib/auth';
import type { ApiEvent } from '../../functions/lib/http';

type Event = ApiEvent & WithModerator;

function moderatorFrom(claims: Record<string, unknown>) {
  const event = { requestContext: { authorizer: { jwt: { claims } } } } as unknown as Event;
  const middleware = requireRole<Event>('moderator');
  void middleware.before!({ event } as never);
  return event.moderator;
}

describe('requireRole', () => {
  it('names the moderator by name or user name', () => {
    const base = { sub: 'u-1', 'cognito:groups': '[moderators]' };
    expect(moderatorFrom({ ...base, 'cognito:username': 'desk-7' })).toEqual({
      id: 'u-1',
      groups: ['moderators'],
      name: 'desk-7',
    });
    expect(moderatorFrom({ ...base, name: 'Ada', 'cognito:username': 'desk-7' }).name).toBe('Ada');
  });

  it('never takes the e-mail claim as the name (it would be kept in audit events)', () => {
    const moderator = moderatorFrom({
      sub: 'u-2',
      'cognito:groups': '[moderators]',
      email: 'ada@news.example',
    });
    expect(moderator).toEqual({ id: 'u-2', groups: ['moderators'] });
  });
});
