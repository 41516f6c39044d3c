/**
 * The Amazon Bedrock Guardrails provider: `ApplyGuardrail` with `source: INPUT` on the comment body, no
 * model involved. The guardrail's assessments become findings, each with a category and an action:
 *
 * - contentPolicy filters (HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT, PROMPT_ATTACK) with the detected
 *   confidence (LOW/MEDIUM/HIGH); the action map says which type at which confidence rejects — by
 *   default only HATE and SEXUAL at HIGH; everything else holds;
 * - topicPolicy denied topics by name (categories from the topic specs; all hold by default: a topic
 *   classifier gives no confidence, and a site that reports on terrorism and disinformation quotes both);
 * - wordPolicy custom words and the managed profanity list (hold), with the matched text as a span;
 * - sensitiveInformationPolicy PII entities and regexes (hold, `personal_data`), with the match as a span.
 *
 * A finding counts when its action is BLOCKED/ANONYMIZED or it says `detected: true` (detect-only mode).
 * The gravest finding decides (rejections first, then CATEGORY_GRAVITY, then confidence): any reject →
 * reject, else hold; `action: NONE` with no finding → approve.
 * `GUARDRAIL_INTERVENED` without a readable finding → hold (never approve what the guardrail stopped).
 * Guardrails give no score to clean text: an approval's confidence is 1 minus the strongest sub-threshold
 * detection, i.e. 1 when nothing was detected at all.
 */
import type * as z from '../../zod';
import { ApplyGuardrailCommand } from '@aws-sdk/client-bedrock-runtime';
import type { ApplyGuardrailCommandInput } from '@aws-sdk/client-bedrock-runtime';
import type { Evidence } from '../types';
import { guardrailCostUsd } from './cost';
import type { GuardrailPrices } from './cost';
import { NEWSROOM_DENIED_TOPICS } from './guardrail-definition';
import type { ContentFilterType, DeniedTopicSpec } from './guardrail-definition';
import { locateSpans } from './spans';
import { CATEGORY_GRAVITY, SemanticProviderError, zeroUsage } from './types';
import type {
  JudgeOptions,
  SemanticCategory,
  SemanticInput,
  SemanticProvider,
  SemanticVerdict,
} from './types';
import { oneLine, raceAbort, round3 } from './util';
import { responseSchema, toUnits } from './guardrail-answer';
import type { assessment } from './guardrail-answer';

/** The part of an AWS SDK v3 client the Bedrock providers use (a `BedrockRuntimeClient` fits). */
export interface BedrockClientLike {
  send(command: never, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

export type Severity = 'hold' | 'reject';
export type DetectedConfidence = 'LOW' | 'MEDIUM' | 'HIGH';

export interface GuardrailActionMap {
  /** Per content filter, per detected confidence; what is not listed holds. */
  content: Partial<Record<ContentFilterType, Partial<Record<DetectedConfidence, Severity>>>>;
  /** Per denied topic name; what is not listed holds. */
  topics: Record<string, Severity>;
  customWords: Severity;
  profanity: Severity;
  pii: Severity;
  regexes: Severity;
}

export const DEFAULT_GUARDRAIL_ACTIONS: GuardrailActionMap = {
  content: { HATE: { HIGH: 'reject' }, SEXUAL: { HIGH: 'reject' } },
  topics: {},
  customWords: 'hold',
  profanity: 'hold',
  pii: 'hold',
  regexes: 'hold',
};

export interface GuardrailProviderOptions {
  client: BedrockClientLike;
  /** The guardrail's id or ARN. */
  guardrailIdentifier: string;
  /** A published version number (`1`), or `DRAFT` while tuning. */
  guardrailVersion: string;
  /** Overrides merged over DEFAULT_GUARDRAIL_ACTIONS. */
  actions?: {
    content?: GuardrailActionMap['content'];
    topics?: Record<string, Severity>;
    customWords?: Severity;
    profanity?: Severity;
    pii?: Severity;
    regexes?: Severity;
  };
  /** The denied topics the guardrail was built with, to name categories (default NEWSROOM_DENIED_TOPICS). */
  topics?: readonly DeniedTopicSpec[];
  /** Prices per 1,000 text units; when given, each verdict carries its cost. */
  prices?: GuardrailPrices;
  /** Builds the SDK command (default: `new ApplyGuardrailCommand(input)`). */
  command?: (input: ApplyGuardrailCommandInput) => unknown;
}

const CONFIDENCE_SCORE: Readonly<Record<string, number>> = { NONE: 0, LOW: 0.4, MEDIUM: 0.7, HIGH: 0.9 };

const CONTENT_CATEGORY: Readonly<Record<string, SemanticCategory>> = {
  HATE: 'hate',
  INSULTS: 'insult',
  SEXUAL: 'sexual',
  VIOLENCE: 'threat',
  MISCONDUCT: 'other',
  PROMPT_ATTACK: 'manipulation',
};

const flagged = (action: string | undefined, detected: boolean | undefined): boolean =>
  detected === true || action === 'BLOCKED' || action === 'ANONYMIZED';

interface Finding {
  kind: 'content' | 'topic' | 'word' | 'profanity' | 'pii' | 'regex';
  name: string;
  category: SemanticCategory;
  severity: Severity;
  confidence: number;
  match?: string;
  detail: string;
}

/** Builds the provider around an injected client. */
export function guardrailProvider(options: GuardrailProviderOptions): SemanticProvider {
  const makeCommand =
    options.command ?? ((input: ApplyGuardrailCommandInput) => new ApplyGuardrailCommand(input));
  const actions: GuardrailActionMap = {
    ...DEFAULT_GUARDRAIL_ACTIONS,
    ...options.actions,
    content: { ...DEFAULT_GUARDRAIL_ACTIONS.content, ...options.actions?.content },
    topics: { ...DEFAULT_GUARDRAIL_ACTIONS.topics, ...options.actions?.topics },
  };
  const topicCategory = new Map((options.topics ?? NEWSROOM_DENIED_TOPICS).map((t) => [t.name, t.category]));
  const model = `guardrail ${options.guardrailIdentifier.split('/').pop()}:${options.guardrailVersion}`;

  /** Findings that breach the guardrail, and the strongest detection that did not (detect-only filters). */
  function findingsOf(assessments: z.infer<typeof assessment>[]): { findings: Finding[]; below: number } {
    const findings: Finding[] = [];
    let below = 0;
    for (const a of assessments) {
      for (const f of a.contentPolicy?.filters ?? []) {
        const conf = f.confidence ?? 'NONE';
        const score = CONFIDENCE_SCORE[conf] ?? 0;
        if (!flagged(f.action, f.detected)) {
          below = Math.max(below, score);
          continue;
        }
        const severity = actions.content[f.type as ContentFilterType]?.[conf as DetectedConfidence] ?? 'hold';
        findings.push({
          kind: 'content',
          name: f.type,
          category: CONTENT_CATEGORY[f.type] ?? 'other',
          severity,
          confidence: score,
          detail: `content filter ${f.type}, confidence ${conf}${f.filterStrength ? `, strength ${f.filterStrength}` : ''}`,
        });
      }
      for (const t of a.topicPolicy?.topics ?? []) {
        if (!flagged(t.action, t.detected)) continue;
        findings.push({
          kind: 'topic',
          name: t.name,
          category: topicCategory.get(t.name) ?? 'other',
          severity: actions.topics[t.name] ?? 'hold',
          confidence: 0.8,
          detail: `denied topic "${t.name}"`,
        });
      }
      for (const w of a.wordPolicy?.customWords ?? []) {
        if (!flagged(w.action, w.detected)) continue;
        findings.push({
          kind: 'word',
          name: 'custom word',
          category: 'other',
          severity: actions.customWords,
          confidence: 1,
          match: w.match,
          detail: 'custom word',
        });
      }
      for (const w of a.wordPolicy?.managedWordLists ?? []) {
        if (!flagged(w.action, w.detected)) continue;
        findings.push({
          kind: 'profanity',
          name: w.type ?? 'PROFANITY',
          category: 'insult',
          severity: actions.profanity,
          confidence: 1,
          match: w.match,
          detail: `managed word list ${w.type ?? 'PROFANITY'}`,
        });
      }
      for (const p of a.sensitiveInformationPolicy?.piiEntities ?? []) {
        if (!flagged(p.action, p.detected)) continue;
        findings.push({
          kind: 'pii',
          name: p.type,
          category: 'personal_data',
          severity: actions.pii,
          confidence: 0.9,
          match: p.match,
          detail: `personal data ${p.type}`,
        });
      }
      for (const r of a.sensitiveInformationPolicy?.regexes ?? []) {
        if (!flagged(r.action, r.detected)) continue;
        findings.push({
          kind: 'regex',
          name: r.name ?? 'regex',
          category: 'personal_data',
          severity: actions.regexes,
          confidence: 1,
          ...(r.match ? { match: r.match } : {}),
          detail: `pattern ${r.name ?? r.regex ?? ''}`.trim(),
        });
      }
    }
    return { findings, below };
  }

  async function judge(input: SemanticInput, opts: JudgeOptions): Promise<SemanticVerdict> {
    opts.signal.throwIfAborted();
    const request: ApplyGuardrailCommandInput = {
      guardrailIdentifier: options.guardrailIdentifier,
      guardrailVersion: options.guardrailVersion,
      source: 'INPUT',
      content: [{ text: { text: input.body } }],
    };
    const raw = await raceAbort(
      options.client.send(makeCommand(request) as never, { abortSignal: opts.signal }),
      opts.signal,
    );
    const parsed = responseSchema.safeParse(raw);
    if (!parsed.success) {
      throw new SemanticProviderError(
        'invalid_answer',
        `ApplyGuardrail answer not understood: ${parsed.error.message}`,
      );
    }
    const res = parsed.data;
    const assessments = res.assessments ?? [];
    const guardrailUnits = toUnits(
      res.usage ?? assessments.find((a) => a.invocationMetrics?.usage)?.invocationMetrics?.usage,
    );
    const usage = {
      ...zeroUsage(),
      guardrailUnits,
      ...(options.prices ? { costUsd: guardrailCostUsd(guardrailUnits, options.prices) } : {}),
    };
    const { findings, below } = findingsOf(assessments);

    if (findings.length === 0) {
      if (res.action === 'GUARDRAIL_INTERVENED') {
        return {
          provider: 'bedrock-guardrail',
          outcome: 'hold',
          category: 'other',
          confidence: 0.5,
          spans: [],
          rationale: oneLine(
            `The guardrail intervened without a finding this check can read${res.actionReason ? ` (${res.actionReason})` : ''}.`,
          ),
          usage,
          model,
        };
      }
      return {
        provider: 'bedrock-guardrail',
        outcome: 'approve',
        category: 'none',
        confidence: round3(1 - below),
        spans: [],
        rationale: 'No guardrail filter, topic, word or PII rule fired at its configured strength.',
        usage,
        model,
      };
    }

    // Rejections first, then the gravest category, then the surest detection.
    const ranked = [...findings].sort(
      (a, b) =>
        Number(b.severity === 'reject') - Number(a.severity === 'reject') ||
        CATEGORY_GRAVITY.indexOf(a.category) - CATEGORY_GRAVITY.indexOf(b.category) ||
        b.confidence - a.confidence,
    );
    const decisive = ranked[0]!;
    const { spans, unlocated } = locateSpans(
      input.body,
      findings.flatMap((f) => (f.match ? [f.match] : [])),
    );
    const evidence: Evidence[] = ranked.map((f) => ({
      kind: 'guardrail',
      value: `${f.kind}:${f.name}`,
      score: f.confidence,
      detail: `${f.detail} → ${f.category}, ${f.severity}`,
    }));
    const summary = ranked.map((f) => f.detail.replace(/^content filter /, '')).join('; ');
    return {
      provider: 'bedrock-guardrail',
      outcome: decisive.severity,
      category: decisive.category,
      confidence: decisive.confidence,
      spans,
      ...(unlocated.length ? { unlocatedQuotes: unlocated } : {}),
      rationale: oneLine(`Guardrail: ${summary}.`, 300),
      usage,
      model,
      evidence,
    };
  }

  return { name: 'bedrock-guardrail', judge };
}
