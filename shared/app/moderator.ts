/** The signed-in moderator, as use cases record them. */
import type { Actor } from '../domain/lifecycle';

/** The signed-in moderator, from the JWT the authorizer verified. */
export interface Moderator {
  id: string;
  name?: string;
  groups: readonly string[];
}

/** The moderator as the audit trail names them. */
export const actorOf = (m: Moderator): Actor => ({
  type: 'moderator',
  id: m.id,
  ...(m.name ? { name: m.name } : {}),
});

/** The moderator as a human decision or a policy version names them. */
export const signatureOf = (m: Moderator): { id: string; name?: string } => ({
  id: m.id,
  ...(m.name ? { name: m.name } : {}),
});
