/**
 * The Bedrock guardrail a news comment section needs, as a plain object in the shape of CDK's
 * `CfnGuardrailProps` (AWS::Bedrock::Guardrail): the CDK construct passes it to `new CfnGuardrail(...)`.
 * No CDK import here — `shared/` stays free of infrastructure code; tests check the shape against the
 * real CDK type and synthesise it.
 *
 * Defaults, and why:
 * - Content filters are tuned for a site that reports on war and terrorism: violence and misconduct are
 *   filtered only where the classifier is fairly sure (a massacre described in a comment is legitimate),
 *   hate and sexual content strictly. PROMPT_ATTACK is on because the LLM judge downstream reads the same
 *   comments; its output strength must be NONE (it applies to input only).
 * - Denied topics describe what rules cannot catch: praise of and recruitment for terrorist groups,
 *   invented news and hidden-plot claims presented as fact, doxxing, and veiled threats. Definitions are
 *   at most 200 characters (the Classic tier's limit), with at most five examples of at most 100.
 * - PII: contact and financial identifiers, which in a comment mean someone's data is being exposed. Names
 *   and URLs are left out: comments name politicians all day, and links have their own check.
 * - No word filters by default: the policy's banned and suspect lists already run locally, for free.
 * - Tier: Classic (English, French, Spanish) needs nothing else; Standard (more languages, longer topic
 *   definitions) requires a guardrail profile for cross-Region inference, passed as `crossRegionProfileArn`.
 */
import type { SemanticCategory } from './types';

export const CONTENT_FILTER_TYPES = [
  'HATE',
  'INSULTS',
  'SEXUAL',
  'VIOLENCE',
  'MISCONDUCT',
  'PROMPT_ATTACK',
] as const;
export type ContentFilterType = (typeof CONTENT_FILTER_TYPES)[number];
export type FilterStrength = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH';

/** A denied topic, with the category its detections are recorded under. */
export interface DeniedTopicSpec {
  /** `^[0-9a-zA-Z-_ !?.]+$`, at most 100 characters; the name ApplyGuardrail reports back. */
  name: string;
  /** What the topic is (not what it is not): at most 200 characters (Classic) or 1,000 (Standard). */
  definition: string;
  /** At most five sample inputs of at most 100 characters. */
  examples: string[];
  category: SemanticCategory;
}

export const NEWSROOM_DENIED_TOPICS: readonly DeniedTopicSpec[] = [
  {
    name: 'Terrorist propaganda and recruitment',
    definition:
      'Praise, glorification or justification of a terrorist or violent extremist group or attack, or urging readers to join, fund or act for such a group.',
    examples: [
      'The martyrs of the caliphate showed us the way. Brothers, it is time to follow them.',
      'Those attackers were heroes and the next strike cannot come soon enough.',
      'Every donation to the brigade buys another bullet for the cause. Message me.',
      'Want to fight for the movement? Write to me and I will tell you how to get there.',
    ],
    category: 'violent_extremism',
  },
  {
    name: 'Invented news presented as fact',
    definition:
      'Claims stated as established fact about events, quotes, casualties or decisions that are not reported anywhere, or that a hidden plot secretly caused real events.',
    examples: [
      'BREAKING: the president was arrested last night and the media are hiding it.',
      'The whole attack was staged by the government with paid crisis actors.',
      'Confirmed by insiders: the UN secretly ordered the bombing of the hospital.',
      'The minister already signed the secret deal to hand over the border region.',
    ],
    category: 'misinformation',
  },
  {
    name: 'Doxxing of private people or journalists',
    definition:
      'Revealing or asking for the home address, phone number, workplace, family members or whereabouts of a private person or journalist so others can find them.',
    examples: [
      'The reporter who wrote this lives at 14 Elm Road, go and tell him what you think.',
      'Does anyone know which school this journalist sends her kids to?',
      'Here is the number of the guy commenting above, call him day and night.',
    ],
    category: 'personal_data',
  },
  {
    name: 'Veiled threats',
    definition:
      'Remarks suggesting that harm will come to a journalist, commenter or named person, including conditional, hinted or ironic threats and remarks about knowing where they live.',
    examples: [
      'Nice family you have. Would be a shame if something happened to them.',
      'Keep writing like this and you will find out what happens to traitors.',
      'We know where your office is, journalist. See you soon.',
    ],
    category: 'threat',
  },
];

export const DEFAULT_CONTENT_STRENGTHS: Readonly<Record<ContentFilterType, FilterStrength>> = {
  HATE: 'HIGH',
  INSULTS: 'MEDIUM',
  SEXUAL: 'HIGH',
  VIOLENCE: 'MEDIUM',
  MISCONDUCT: 'LOW',
  PROMPT_ATTACK: 'MEDIUM',
};

export const DEFAULT_PII_TYPES: readonly string[] = [
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'CREDIT_DEBIT_CARD_NUMBER',
  'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  'US_SOCIAL_SECURITY_NUMBER',
  'UK_NATIONAL_INSURANCE_NUMBER',
  'PASSWORD',
];

/** The subset of CfnGuardrailProps this module fills (camelCase, as the CDK L1 construct takes them). */
export interface GuardrailDefinition {
  name: string;
  description: string;
  blockedInputMessaging: string;
  blockedOutputsMessaging: string;
  contentPolicyConfig: {
    filtersConfig: Array<{
      type: ContentFilterType;
      inputStrength: FilterStrength;
      outputStrength: FilterStrength;
    }>;
    contentFiltersTierConfig?: { tierName: 'CLASSIC' | 'STANDARD' };
  };
  topicPolicyConfig?: {
    topicsConfig: Array<{ name: string; definition: string; examples: string[]; type: 'DENY' }>;
    topicsTierConfig?: { tierName: 'CLASSIC' | 'STANDARD' };
  };
  sensitiveInformationPolicyConfig?: {
    piiEntitiesConfig: Array<{ type: string; action: 'BLOCK' | 'ANONYMIZE' }>;
  };
  wordPolicyConfig?: {
    wordsConfig?: Array<{ text: string }>;
    managedWordListsConfig?: Array<{ type: 'PROFANITY' }>;
  };
  crossRegionConfig?: { guardrailProfileArn: string };
  kmsKeyArn?: string;
}

export interface GuardrailDefinitionOptions {
  /** `^[0-9a-zA-Z-_]+$`, at most 50 characters (default `parley-comments`). */
  name?: string;
  description?: string;
  tier?: 'CLASSIC' | 'STANDARD';
  /** Required with the Standard tier: the guardrail profile ARN for cross-Region inference. */
  crossRegionProfileArn?: string;
  contentStrengths?: Partial<Record<ContentFilterType, FilterStrength>>;
  /** Replaces the default denied topics (use `[...NEWSROOM_DENIED_TOPICS, mine]` to add). */
  topics?: readonly DeniedTopicSpec[];
  /** PII entity types to detect (default DEFAULT_PII_TYPES; `[]` for none). */
  piiTypes?: readonly string[];
  /** Exact words or phrases to flag (none by default: the policy lists run locally). */
  words?: readonly string[];
  /** Add AWS's managed profanity list (default false). */
  profanity?: boolean;
  kmsKeyArn?: string;
}

const BLOCKED_MESSAGE = 'Held for review by Parley moderation.';

/** Builds the guardrail definition; throws listing every limit the options break. */
export function buildGuardrailDefinition(options: GuardrailDefinitionOptions = {}): GuardrailDefinition {
  const tier = options.tier ?? 'CLASSIC';
  const name = options.name ?? 'parley-comments';
  const topics = options.topics ?? NEWSROOM_DENIED_TOPICS;
  const piiTypes = options.piiTypes ?? DEFAULT_PII_TYPES;
  const strengths = { ...DEFAULT_CONTENT_STRENGTHS, ...options.contentStrengths };
  const maxDefinition = tier === 'STANDARD' ? 1000 : 200;

  const problems: string[] = [];
  if (!/^[0-9a-zA-Z_-]{1,50}$/.test(name)) problems.push(`name "${name}" must match [0-9a-zA-Z_-]{1,50}`);
  if (tier === 'STANDARD' && !options.crossRegionProfileArn)
    problems.push(
      'the Standard tier needs crossRegionProfileArn (a guardrail profile for cross-Region inference)',
    );
  if (topics.length > 30) problems.push(`at most 30 denied topics, got ${topics.length}`);
  const seen = new Set<string>();
  for (const t of topics) {
    if (!/^[0-9a-zA-Z_ !?.-]{1,100}$/.test(t.name))
      problems.push(`topic name "${t.name}" has characters AWS refuses`);
    if (seen.has(t.name)) problems.push(`topic "${t.name}" appears twice`);
    seen.add(t.name);
    if (t.definition.length < 1 || t.definition.length > maxDefinition)
      problems.push(
        `topic "${t.name}": definition is ${t.definition.length} characters (1..${maxDefinition})`,
      );
    if (t.examples.length > 5) problems.push(`topic "${t.name}": at most 5 examples`);
    for (const e of t.examples)
      if (e.length < 1 || e.length > 100)
        problems.push(`topic "${t.name}": example of ${e.length} characters (1..100)`);
  }
  for (const w of options.words ?? [])
    if (w.trim().length === 0 || w.length > 100) problems.push(`word "${w}" must be 1..100 characters`);
  if (problems.length) throw new Error(`Invalid guardrail definition: ${problems.join('; ')}`);

  const tierConfig = options.tier ? { tierName: tier } : undefined;
  const definition: GuardrailDefinition = {
    name,
    description:
      options.description ??
      'Parley comment moderation: judges reader comments (source INPUT via ApplyGuardrail); never used on model output.',
    blockedInputMessaging: BLOCKED_MESSAGE,
    blockedOutputsMessaging: BLOCKED_MESSAGE,
    contentPolicyConfig: {
      filtersConfig: CONTENT_FILTER_TYPES.map((type) => ({
        type,
        inputStrength: strengths[type],
        // Prompt-attack filtering applies to input only; AWS requires NONE on output.
        outputStrength: type === 'PROMPT_ATTACK' ? 'NONE' : strengths[type],
      })),
      ...(tierConfig ? { contentFiltersTierConfig: tierConfig } : {}),
    },
  };
  if (topics.length) {
    definition.topicPolicyConfig = {
      topicsConfig: topics.map((t) => ({
        name: t.name,
        definition: t.definition,
        examples: [...t.examples],
        type: 'DENY' as const,
      })),
      ...(tierConfig ? { topicsTierConfig: tierConfig } : {}),
    };
  }
  if (piiTypes.length) {
    definition.sensitiveInformationPolicyConfig = {
      piiEntitiesConfig: piiTypes.map((type) => ({ type, action: 'BLOCK' as const })),
    };
  }
  if (options.words?.length || options.profanity) {
    definition.wordPolicyConfig = {
      ...(options.words?.length ? { wordsConfig: options.words.map((text) => ({ text })) } : {}),
      ...(options.profanity ? { managedWordListsConfig: [{ type: 'PROFANITY' as const }] } : {}),
    };
  }
  if (tier === 'STANDARD' && options.crossRegionProfileArn)
    definition.crossRegionConfig = { guardrailProfileArn: options.crossRegionProfileArn };
  if (options.kmsKeyArn) definition.kmsKeyArn = options.kmsKeyArn;
  return definition;
}
