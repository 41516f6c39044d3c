/**
 * The `ApplyGuardrail` answer as the guardrail provider (`guardrail.ts`) reads it: the assessments it
 * turns into findings, and the text units it is billed by.
 */
import * as z from '../../zod';
import type { GuardrailUnits } from './types';

const units = z.optional(
  z.object({
    topicPolicyUnits: z.optional(z.number().check(z.int(), z.gte(0))),
    contentPolicyUnits: z.optional(z.number().check(z.int(), z.gte(0))),
    wordPolicyUnits: z.optional(z.number().check(z.int(), z.gte(0))),
    sensitiveInformationPolicyUnits: z.optional(z.number().check(z.int(), z.gte(0))),
    sensitiveInformationPolicyFreeUnits: z.optional(z.number().check(z.int(), z.gte(0))),
    contextualGroundingPolicyUnits: z.optional(z.number().check(z.int(), z.gte(0))),
  }),
);

export const assessment = z.object({
  contentPolicy: z.optional(
    z.object({
      filters: z.optional(
        z.array(
          z.object({
            type: z.string(),
            confidence: z.optional(z.string()),
            filterStrength: z.optional(z.string()),
            action: z.optional(z.string()),
            detected: z.optional(z.boolean()),
          }),
        ),
      ),
    }),
  ),
  topicPolicy: z.optional(
    z.object({
      topics: z.optional(
        z.array(
          z.object({
            name: z.string(),
            type: z.optional(z.string()),
            action: z.optional(z.string()),
            detected: z.optional(z.boolean()),
          }),
        ),
      ),
    }),
  ),
  wordPolicy: z.optional(
    z.object({
      customWords: z.optional(
        z.array(
          z.object({ match: z.string(), action: z.optional(z.string()), detected: z.optional(z.boolean()) }),
        ),
      ),
      managedWordLists: z.optional(
        z.array(
          z.object({
            match: z.string(),
            type: z.optional(z.string()),
            action: z.optional(z.string()),
            detected: z.optional(z.boolean()),
          }),
        ),
      ),
    }),
  ),
  sensitiveInformationPolicy: z.optional(
    z.object({
      piiEntities: z.optional(
        z.array(
          z.object({
            match: z.string(),
            type: z.string(),
            action: z.optional(z.string()),
            detected: z.optional(z.boolean()),
          }),
        ),
      ),
      regexes: z.optional(
        z.array(
          z.object({
            name: z.optional(z.string()),
            match: z.optional(z.string()),
            regex: z.optional(z.string()),
            action: z.optional(z.string()),
            detected: z.optional(z.boolean()),
          }),
        ),
      ),
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
