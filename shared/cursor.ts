/**
 * Opaque pagination cursors. A cursor carries only the id of the last item of a page and the scope it
 * was issued for (which list, which order), with an HMAC so a forged, truncated or foreign cursor is
 * rejected as bad input instead of reaching DynamoDB.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from './zod';
import { isQueueSortKey } from './domain/trusted-flagger';
import { ValidationError } from './errors';

/** `id` is an item id, or a trusted item's place at the front of a queue (`queueSortKey`). */
const payloadSchema = z.strictObject({
  v: z.literal(1),
  s: z.string(),
  id: z.string().check(z.refine(isQueueSortKey)),
});
/** A cursor over a partition's sort keys (e.g. audit events), where the last item is not a comment id. */
const keyPayloadSchema = z.strictObject({
  v: z.literal(1),
  s: z.string(),
  k: z.string().check(z.minLength(1), z.maxLength(256)),
});
const MAC_BYTES = 16;

export class CursorCodec {
  constructor(private readonly key: string) {}

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }

  /** A cursor that resumes `scope` after the item `lastId`. */
  encode(scope: string, lastId: string): string {
    const payload = Buffer.from(JSON.stringify({ v: 1, s: scope, id: lastId })).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  /** The last id a cursor points after; throws a ValidationError for any cursor not issued for `scope`. */
  decode(scope: string, cursor: string): string {
    const result = payloadSchema.safeParse(this.open(cursor));
    if (!result.success || result.data.s !== scope) throw invalidCursor();
    return result.data.id;
  }

  /** A cursor that resumes `scope` after the sort key `lastKey`. */
  encodeKey(scope: string, lastKey: string): string {
    const payload = Buffer.from(JSON.stringify({ v: 1, s: scope, k: lastKey })).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  /** The sort key a cursor from `encodeKey` points after; a ValidationError for any other cursor. */
  decodeKey(scope: string, cursor: string): string {
    const result = keyPayloadSchema.safeParse(this.open(cursor));
    if (!result.success || result.data.s !== scope) throw invalidCursor();
    return result.data.k;
  }

  /** The payload of a cursor this codec issued, or a ValidationError. */
  private open(cursor: string): unknown {
    const [payload, mac, ...rest] = cursor.split('.');
    if (!payload || !mac || rest.length > 0) throw invalidCursor();
    // Compare the text, not decoded bytes: base64 has spare bits, so two strings can decode alike.
    const presented = Buffer.from(mac);
    const expected = Buffer.from(this.mac(payload).toString('base64url'));
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) throw invalidCursor();
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalidCursor();
    }
  }
}

const invalidCursor = () =>
  new ValidationError([{ path: 'cursor', message: 'Not a valid cursor for this list.' }]);
