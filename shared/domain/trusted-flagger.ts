/**
 * Trusted flaggers (EU Digital Services Act, Art. 22): organisations a Digital Services Coordinator has
 * awarded the status, which the newsroom registers so that their notices and flags are marked and handled
 * first. Admins register one and get its token once (only the hash is stored, as for notice tokens); a
 * revoked flagger's token is refused, never silently treated as untrusted.
 */
import * as z from '../zod';
import { isId } from '../ids';
import { blankAsAbsent, userText } from './text';

/** POST /moderation/trusted-flaggers. */
export const trustedFlaggerInput = z.strictObject({
  name: userText({ min: 1, max: 200, multiline: false, label: 'name' }),
  organisation: blankAsAbsent(userText({ min: 1, max: 200, multiline: false, label: 'organisation' })),
  /** How the newsroom reaches the flagger (an address, a phone number): admins only, erased on revocation. */
  contact: blankAsAbsent(userText({ min: 1, max: 500, multiline: false, label: 'contact' })),
});
export type TrustedFlaggerInput = z.infer<typeof trustedFlaggerInput>;

/** The stored flagger item, minus table keys. */
export interface TrustedFlaggerRecord {
  entity: 'trusted_flagger';
  id: string;
  name: string;
  organisation?: string;
  contact?: string;
  /** sha256 of the flagger token shown once at registration. */
  tokenHash: string;
  createdAt: string;
  createdBy: { id: string; name?: string };
  revokedAt?: string;
}

/** Who a trusted notice or flag came from, as it is stored on the notice or comment. */
export const trustedFlaggerRefSchema = z.object({ id: z.string(), name: z.string() });
export type TrustedFlaggerRef = z.infer<typeof trustedFlaggerRefSchema>;

/** What admins see of a flagger: never the token or its hash. */
export const trustedFlaggerSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.nullable(z.string()),
  contact: z.nullable(z.string()),
  createdAt: z.iso.datetime(),
  revokedAt: z.nullable(z.iso.datetime()),
});
export type TrustedFlaggerView = z.infer<typeof trustedFlaggerSchema>;

export const trustedFlaggerRegisteredSchema = z.object({
  flagger: trustedFlaggerSchema,
  /** Shown once: the flagger sends it as `X-Flagger-Token` with its notices and flags. */
  flaggerToken: z.string(),
});
export const trustedFlaggerListSchema = z.object({ flaggers: z.array(trustedFlaggerSchema) });
export const trustedFlaggerResponseSchema = z.object({ flagger: trustedFlaggerSchema });

export const toTrustedFlaggerView = (f: TrustedFlaggerRecord): TrustedFlaggerView => ({
  id: f.id,
  name: f.name,
  organisation: f.organisation ?? null,
  contact: f.contact ?? null,
  createdAt: f.createdAt,
  revokedAt: f.revokedAt ?? null,
});

export const trustedFlaggerRef = (f: TrustedFlaggerRecord): TrustedFlaggerRef => ({ id: f.id, name: f.name });

/**
 * The front of a queue. A queue index sorts by item id (a ULID, which starts with a digit); an item a
 * trusted flagger sent sorts by the id behind this mark, which sorts below every digit, so the trusted
 * group is a key range of its own that a page reads before the rest, in either direction. The cursor is
 * the last sort key, so it says which group a page stopped in.
 */
export const PRIORITY_MARK = '!';
/** The first sort key above every trusted one (`!` + id < `"`). */
export const PRIORITY_END = '"';
export const queueSortKey = (id: string, priority: boolean): string =>
  priority ? `${PRIORITY_MARK}${id}` : id;
export const isPriorityKey = (key: string): boolean => key.startsWith(PRIORITY_MARK);
export const idOfQueueSortKey = (key: string): string =>
  isPriorityKey(key) ? key.slice(PRIORITY_MARK.length) : key;
/** A valid queue position: an id, or a trusted item's marked id (what cursors may carry). */
export const isQueueSortKey = (key: string): boolean => isId(idOfQueueSortKey(key));
