/**
 * The `ApplyGuardrail` answer as the guardrail provider (`guardrail.ts`) reads it: the assessments it
 * turns into findings, and the text units it is billed by.
 */
import * as z from '../../zod';
import type { GuardrailUnits } from './types';

const count = () => z.optional(z.number().check(z.int(), z.gte(0)));
const units = z.optional(
  z.object({
    topicPolicyUnits: count(),
    contentPolicyUnits: count(),
    wordPolicyUnits: count(),
    sensitiveInformationPolicyUnits: count(),
    sensitiveInformationPolicyFreeUnits: count(),
    contextualGroundingPolicyUnits: count(),
  }),
);

/** A section's optional list of findings (a filter, a topic, a word, an entity), each described by `shape`. */
const findings = <S extends z.core.$ZodLooseShape>(shape: S) => z.optional(z.array(z.object(shape)));
const text = () => z.optional(z.string());
/** What every finding ends with: what the guardrail did, and whether it fired. */
const outcome = () => ({ action: text(), detected: z.optional(z.boolean()) });

export const assessment = z.object({
  contentPolicy: z.optional(
    z.object({
      filters: findings({ type: z.string(), confidence: text(), filterStrength: text(), ...outcome() }),
    }),
  ),
  topicPolicy: z.optional(z.object({ topics: findings({ name: z.string(), type: text(), ...outcome() }) })),
  wordPolicy: z.optional(
    z.object({
      customWords: findings({ match: z.string(), ...outcome() }),
      managedWordLists: findings({ match: z.string(), type: text(), ...outcome() }),
    }),
  ),
  sensitiveInformationPolicy: z.optional(
    z.object({
      piiEntities: findings({ match: z.string(), type: z.string(), ...outcome() }),
      regexes: findings({ name: text(), match: text(), regex: text(), ...outcome() }),
    }),
  ),
  invocationMetrics: z.optional(z.object({ usage: units })),
});

export const responseSchema = z.object({
  action: z.enum(['NONE', 'GUARDRAIL_INTERVENED']),
  actionReason: z.optional(z.string()),
  assessments: z.optional(z.array(assessment)),
  usage: units,
});

export function toUnits(u: z.infer<typeof units>): GuardrailUnits {
  return {
    contentPolicy: u?.contentPolicyUnits ?? 0,
    topicPolicy: u?.topicPolicyUnits ?? 0,
    wordPolicy: u?.wordPolicyUnits ?? 0,
    sensitiveInformationPolicy: u?.sensitiveInformationPolicyUnits ?? 0,
    sensitiveInformationPolicyFree: u?.sensitiveInformationPolicyFreeUnits ?? 0,
    contextualGroundingPolicy: u?.contextualGroundingPolicyUnits ?? 0,
  };
}
