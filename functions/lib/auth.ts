/**
 * Moderator authorisation. The HTTP API's JWT authorizer (locally: the gateway) has already verified
 * the token; the handler only reads its claims and checks the Cognito group.
 */
import type { MiddlewareObj } from '@middy/core';
import type { Moderator } from '../../shared/app/moderation';
import { ForbiddenError } from '../../shared/errors';
import type { ApiEvent, ApiResult } from './http';

export type Role = 'moderator' | 'admin';

/**
 * Groups from the `cognito:groups` claim. API Gateway hands array claims to Lambda as a string like
 * `[admins moderators]`; tests and other issuers may send a real array or a comma list.
 */
export function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((g): g is string => typeof g === 'string');
  if (typeof claim !== 'string') return [];
  return claim
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Whether the groups allow a role: admins can do everything moderators can. */
export const hasRole = (groups: readonly string[], role: Role): boolean =>
  groups.includes('admins') || (role === 'moderator' && groups.includes('moderators'));

export type WithModerator = { moderator: Moderator };

/** Requires a verified token with the role's group, and puts the moderator on `event.moderator`. */
export function requireRole<E extends ApiEvent & WithModerator>(role: Role): MiddlewareObj<E, ApiResult> {
  return {
    before: (request) => {
      const authorizer = (
        request.event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } }
      ).authorizer;
      const claims = authorizer?.jwt?.claims;
      if (!claims || typeof claims.sub !== 'string') {
        // Only reachable if the route lost its authorizer: answer as the authorizer would.
        return {
          statusCode: 401,
          headers: { 'content-type': 'application/json' },
          body: '{"message":"Unauthorized"}',
        };
      }
      const groups = groupsOf(claims['cognito:groups']);
      if (!hasRole(groups, role)) {
        throw new ForbiddenError(
          role === 'admin' ? 'This needs the admins group.' : 'This needs the moderators or admins group.',
        );
      }
      // Never the e-mail claim: the name is kept in audit events and ban records (docs/privacy.md).
      const name = [claims.name, claims['cognito:username'], claims.username].find(
        (v): v is string => typeof v === 'string' && v.length > 0,
      );
      request.event.moderator = { id: claims.sub, groups, ...(name ? { name } : {}) };
      return undefined;
    },
  };
}
