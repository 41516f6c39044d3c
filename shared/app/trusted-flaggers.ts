/**
 * Trusted flaggers (EU DSA Art. 22): admins register the flaggers that notify the newsroom, each with a
 * token shown once (only its hash is kept, as for notice tokens), list them and revoke them. A notice or
 * flag that presents a token is marked as that flagger's and goes to the front of its queue; a token that
 * opens no flagger, or a revoked one's, is refused rather than sent on as an ordinary one.
 */
import {
  toTrustedFlaggerView,
  trustedFlaggerRef,
  type TrustedFlaggerInput,
  type TrustedFlaggerRecord,
  type TrustedFlaggerRef,
  type TrustedFlaggerView,
} from '../domain/trusted-flagger';
import { InvalidFlaggerTokenError, TrustedFlaggerNotFoundError } from '../errors';
import { isId, newAuthorToken, newId, sha256 } from '../ids';
import type { DepsWith } from './deps';
import { signatureOf, type Moderator } from './moderator';
import type { TrustedFlaggersPort } from './ports';

type FlaggerDeps = DepsWith<TrustedFlaggersPort>;

/** Registers a flagger: the answer carries its token, which is never shown again. */
export async function registerTrustedFlagger(
  deps: FlaggerDeps,
  admin: Moderator,
  input: TrustedFlaggerInput,
): Promise<{ flagger: TrustedFlaggerView; flaggerToken: string }> {
  const now = deps.now();
  const token = newAuthorToken();
  const flagger: TrustedFlaggerRecord = {
    entity: 'trusted_flagger',
    id: newId(now.getTime()),
    name: input.name,
    ...(input.organisation ? { organisation: input.organisation } : {}),
    ...(input.contact ? { contact: input.contact } : {}),
    tokenHash: sha256(token),
    createdAt: now.toISOString(),
    createdBy: signatureOf(admin),
  };
  await deps.repo.createTrustedFlagger(flagger);
  return { flagger: toTrustedFlaggerView(flagger), flaggerToken: token };
}

/** Every registered flagger, revoked ones too (never a token or its hash). */
export async function listTrustedFlaggers(deps: FlaggerDeps): Promise<{ flaggers: TrustedFlaggerView[] }> {
  return { flaggers: (await deps.repo.listTrustedFlaggers()).map(toTrustedFlaggerView) };
}

/**
 * Revokes a flagger: its token is refused from then on. Revoking a revoked flagger answers it as it is
 * (idempotent, with the first `revokedAt`); an unknown one is a 404.
 */
export async function revokeTrustedFlagger(
  deps: FlaggerDeps,
  flaggerId: string,
): Promise<{ flagger: TrustedFlaggerView }> {
  const f = isId(flaggerId)
    ? await deps.repo.revokeTrustedFlagger(flaggerId, deps.now().toISOString())
    : null;
  if (!f) throw new TrustedFlaggerNotFoundError();
  return { flagger: toTrustedFlaggerView(f) };
}

/**
 * The flagger a request's `X-Flagger-Token` names: null without the header, InvalidFlaggerTokenError when
 * it opens no flagger or a revoked one (one GetItem of the token's look-up, one of the flagger).
 */
export async function flaggerOfToken(
  deps: FlaggerDeps,
  token: string | undefined,
): Promise<TrustedFlaggerRef | null> {
  if (token === undefined) return null;
  const f = token === '' ? null : await deps.repo.trustedFlaggerByTokenHash(sha256(token));
  if (!f || f.revokedAt !== undefined) throw new InvalidFlaggerTokenError();
  return trustedFlaggerRef(f);
}
