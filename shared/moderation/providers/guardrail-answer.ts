/**
 * The `ApplyGuardrail` answer as the guardrail provider (`guardrail.ts`) reads it: the assessments it
 * turns into findings, and the text units it is billed by.
 */
import * as z from 'zod';
import type { GuardrailUnits } from './types';

const units = z
  .object({
    topicPolicyUnits: z.number().int().min(0).optional(),
    contentPolicyUnits: z.number().int().min(0).optional(),
    wordPolicyUnits: z.number().int().min(0).optional(),
    sensitiveInformationPolicyUnits: z.number().int().min(0).optional(),
    sensitiveInformationPolicyFreeUnits: z.number().int().min(0).optional(),
    contextualGroundingPolicyUnits: z.number().int().min(0).optional(),
  })
  .optional();

export const assessment = z.object({
  contentPolicy: z
    .object({
      filters: z
        .array(
          z.object({
            type: z.string(),
            confidence: z.string().optional(),
            filterStrength: z.string().optional(),
            action: z.string().optional(),
            detected: z.boolean().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  topicPolicy: z
    .object({
      topics: z
        .array(
          z.object({
            name: z.string(),
            type: z.string().optional(),
            action: z.string().optional(),
            detected: z.boolean().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  wordPolicy: z
    .object({
      customWords: z
        .array(
          z.object({ match: z.string(), action: z.string().optional(), detected: z.boolean().optional() }),
        )
        .optional(),
      managedWordLists: z
        .array(
          z.object({
            match: z.string(),
            type: z.string().optional(),
            action: z.string().optional(),
            detected: z.boolean().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  sensitiveInformationPolicy: z
    .object({
      piiEntities: z
        .array(
          z.object({
            match: z.string(),
            type: z.string(),
            action: z.string().optional(),
            detected: z.boolean().optional(),
          }),
        )
        .optional(),
      regexes: z
        .array(
          z.object({
            name: z.string().optional(),
            match: z.string().optional(),
            regex: z.string().optional(),
            action: z.string().optional(),
            detected: z.boolean().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  invocationMetrics: z.object({ usage: units }).optional(),
});

export const responseSchema = z.object({
  action: z.enum(['NONE', 'GUARDRAIL_INTERVENED']),
  actionReason: z.string().optional(),
  assessments: z.array(assessment).optional(),
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
