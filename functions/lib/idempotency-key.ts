/** The optional Idempotency-Key request header, validated like the body (400 with details). */
import { IDEMPOTENCY_KEY_RULE, idempotencyKeySchema } from '../../shared/domain/schemas';
import { ValidationError } from '../../shared/errors';
import type { ApiEvent } from './http';

/** The request's Idempotency-Key, if it sent one; a guessable or malformed key is a 400. */
export function idempotencyKeyOf(event: ApiEvent): string | undefined {
  const key = event.headers['idempotency-key'];
  if (key !== undefined && !idempotencyKeySchema.safeParse(key).success) {
    throw new ValidationError([{ path: 'Idempotency-Key', message: IDEMPOTENCY_KEY_RULE }]);
  }
  return key;
}
