/**
 * The numeric bounds of the policy fields an admin edits in the console: the policy schema
 * (`policy-schema.ts`) checks its values against these, and the console's policy editor says them to the
 * admin ("… must be between 0 and 1."), so a bound is written once. A module of its own, without zod, so
 * the console bundles these numbers and nothing else (as `shared/domain/reasons.ts`).
 */

/** The values a numeric field takes: `min` to `max`, both included; whole numbers only when `integer`. */
export interface Bound {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

const whole = (min: number, max: number): Bound => ({ min, max, integer: true });
const number = (min: number, max: number): Bound => ({ min, max, integer: false });

/** A toxicity threshold (`toxicity.<category>.review` and `.reject`): a score. */
export const SCORE_BOUND = number(0, 1);

/** By the field's dotted path in the policy. */
export const POLICY_BOUNDS = {
  minBodyLength: whole(1, 5000),
  maxBodyLength: whole(1, 5000),
  'links.maxLinks': whole(0, 50),
  'classifier.holdAt': number(0.5, 1),
  'classifier.rejectAt': number(0.5, 1),
  newCommenterApprovals: whole(0, 100),
  flagThreshold: whole(1, 100),
  editWindowMinutes: whole(0, 1440),
} as const satisfies Record<string, Bound>;

/** The bound of the field at `path`, if it is one of those above or a toxicity threshold. */
export function policyBound(path: string): Bound | undefined {
  if (Object.hasOwn(POLICY_BOUNDS, path)) return POLICY_BOUNDS[path as keyof typeof POLICY_BOUNDS];
  return /^toxicity\.[a-z_]+\.(review|reject)$/.test(path) ? SCORE_BOUND : undefined;
}

/** How long a banned, suspect or allowed term may be, and how many one list may hold. */
export const MAX_TERM_LENGTH = 100;
export const MAX_TERMS = 2000;
