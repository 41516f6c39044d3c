/** Admin updates of the moderation policy (`policy.ts`): the update schema and the merge. */
import * as z from '../zod';
import { policySchema } from './policy-schema';
import type { Policy } from './policy-schema';

/** Any subset of `T`, nested objects too; arrays are replaced whole. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/**
 * The update form of a policy field, derived from the field's own schema so no bound is written twice:
 * defaults dropped (an update must not reset what it does not name), objects strict and partial all the
 * way down. Checks that relate fields of one object (`review ≤ reject`, `min ≤ max`) are left to the
 * merged policy, which `applyPolicyUpdate` validates whole.
 */
function updateSchemaOf(schema: z.ZodMiniType): z.ZodMiniType {
  let inner: z.ZodMiniType = schema;
  while (
    inner instanceof z.ZodMiniDefault ||
    inner instanceof z.ZodMiniPrefault ||
    inner instanceof z.ZodMiniOptional ||
    inner instanceof z.ZodMiniLazy
  )
    inner = (inner instanceof z.ZodMiniLazy ? inner.def.getter() : inner.def.innerType) as z.ZodMiniType;
  if (!(inner instanceof z.ZodMiniObject)) return inner;
  const shape = inner.shape as Record<string, z.ZodMiniType>;
  return z.strictObject(
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, z.optional(updateSchemaOf(field))])),
  );
}

/**
 * The body of an admin `PUT /moderation/policy`: any subset of the fields; nested objects may be partial
 * too. Lists replace the current list (they are not appended to). Apply it with `applyPolicyUpdate`.
 */
// Pure: a bundle that never reads the update schema (the stream consumer) drops its construction.
export const policyUpdateSchema = /* @__PURE__ */ updateSchemaOf(policySchema) as z.ZodMiniType<PolicyUpdate>;
export type PolicyUpdate = DeepPartial<Omit<Policy, 'version'>>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) out[key] = deepMerge(base[key], value);
  return out;
}

/**
 * The policy after an admin update: the update merged over the current policy, validated as a whole
 * (so `review ≤ reject` and `min ≤ max` hold after the merge), with the version bumped. Throws a
 * ZodError when the result is invalid.
 */
export function applyPolicyUpdate(current: Policy, update: PolicyUpdate): Policy {
  const { version, ...fields } = current;
  const merged = deepMerge(fields, policyUpdateSchema.parse(update));
  return { ...policySchema.parse(merged), version: version + 1 };
}
