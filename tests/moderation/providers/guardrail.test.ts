/**
 * The Bedrock Guardrails provider on the real SDK client, answered by aws-sdk-client-mock (no network).
 * The answers follow ApplyGuardrail's documented response shape: usage units, action, outputs, and
 * assessments with contentPolicy / topicPolicy / wordPolicy / sensitiveInformationPolicy and
 * invocationMetrics.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  ApplyGuardrailCommand,
  BedrockRuntimeClient,
  ThrottlingException,
} from '@aws-sdk/client-bedrock-runtime';
import { semanticCheck } from '../../../shared/moderation/providers/check';
import { EXAMPLE_PRICES } from '../../../shared/moderation/providers/cost';
import { guardrailProvider } from '../../../shared/moderation/providers/guardrail';
import type { GuardrailProviderOptions } from '../../../shared/moderation/providers/guardrail';
import { makeContext } from '../support';

const bedrock = mockClient(BedrockRuntimeClient);
afterEach(() => bedrock.reset());

const client = () =>
  new BedrockRuntimeClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
const provider = (o: Partial<GuardrailProviderOptions> = {}) =>
  guardrailProvider({ client: client(), guardrailIdentifier: 'gr-abc123', guardrailVersion: '3', ...o });
const signal = () => new AbortController().signal;
const input = (body: string) => ({
  id: 'c-1',
  articleId: 'a-1',
  body,
  createdAt: '2026-03-02T12:00:00.000Z',
});

const units = (text: number, pii = 1) => ({
  topicPolicyUnits: text,
  contentPolicyUnits: text,
  wordPolicyUnits: 0,
  sensitiveInformationPolicyUnits: pii,
  sensitiveInformationPolicyFreeUnits: 0,
  contextualGroundingPolicyUnits: 0,
  contentPolicyImageUnits: 0,
});
const metrics = (chars: number) => ({
  guardrailProcessingLatency: 287,
  usage: units(Math.ceil(chars / 1000)),
  guardrailCoverage: { textCharacters: { guarded: chars, total: chars } },
});

const THREAT = 'Nice family you have, journalist. Would be a shame if something happened to them.';

/** A veiled threat: denied topic plus a MEDIUM violence detection. */
const intervenedThreat = {
  usage: units(1),
  action: 'GUARDRAIL_INTERVENED' as const,
  actionReason: 'Guardrail blocked.',
  outputs: [{ text: 'Held for review by Parley moderation.' }],
  assessments: [
    {
      topicPolicy: {
        topics: [
          { name: 'Veiled threats', type: 'DENY' as const, action: 'BLOCKED' as const, detected: true },
        ],
      },
      contentPolicy: {
        filters: [
          {
            type: 'VIOLENCE' as const,
            confidence: 'MEDIUM' as const,
            filterStrength: 'MEDIUM' as const,
            action: 'BLOCKED' as const,
            detected: true,
          },
        ],
      },
      invocationMetrics: metrics(THREAT.length),
    },
  ],
  guardrailCoverage: { textCharacters: { guarded: THREAT.length, total: THREAT.length } },
};

const nothing = {
  usage: units(1),
  action: 'NONE' as const,
  outputs: [],
  assessments: [{ invocationMetrics: metrics(60) }],
};

describe('guardrail provider (ApplyGuardrail)', () => {
  it('sends the comment as INPUT text to the configured guardrail version, with the abort signal', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves(nothing);
    const controller = new AbortController();
    await provider().judge(input('A civil remark about the Doha talks.'), { signal: controller.signal });
    const calls = bedrock.commandCalls(ApplyGuardrailCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({
      guardrailIdentifier: 'gr-abc123',
      guardrailVersion: '3',
      source: 'INPUT',
      content: [{ text: { text: 'A civil remark about the Doha talks.' } }],
    });
    expect((calls[0]!.args as unknown[])[1]).toEqual({ abortSignal: controller.signal });
  });

  it('action NONE with no finding → approve, with the billed units and their cost', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves(nothing);
    const v = await provider({ prices: EXAMPLE_PRICES.guardrails }).judge(input('Agreed.'), {
      signal: signal(),
    });
    expect(v).toMatchObject({
      provider: 'bedrock-guardrail',
      outcome: 'approve',
      category: 'none',
      confidence: 1,
    });
    expect(v.model).toBe('guardrail gr-abc123:3');
    expect(v.usage.guardrailUnits).toEqual({
      contentPolicy: 1,
      topicPolicy: 1,
      wordPolicy: 0,
      sensitiveInformationPolicy: 1,
      sensitiveInformationPolicyFree: 0,
      contextualGroundingPolicy: 0,
    });
    // 1 unit each of content ($0.15/1k), topics ($0.15/1k), PII ($0.10/1k).
    expect(v.usage.costUsd).toBeCloseTo(0.0004, 10);
  });

  it('GUARDRAIL_INTERVENED on a denied topic and a MEDIUM violence filter → hold, category from the topic', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves(intervenedThreat);
    const v = await provider().judge(input(THREAT), { signal: signal() });
    expect(v).toMatchObject({ outcome: 'hold', category: 'threat', confidence: 0.8 });
    expect(v.rationale).toBe(
      'Guardrail: denied topic "Veiled threats"; VIOLENCE, confidence MEDIUM, strength MEDIUM.',
    );
    expect(v.evidence).toEqual([
      {
        kind: 'guardrail',
        value: 'topic:Veiled threats',
        score: 0.8,
        detail: 'denied topic "Veiled threats" → threat, hold',
      },
      {
        kind: 'guardrail',
        value: 'content:VIOLENCE',
        score: 0.7,
        detail: 'content filter VIOLENCE, confidence MEDIUM, strength MEDIUM → threat, hold',
      },
    ]);
  });

  it('HATE at HIGH confidence rejects by default; the action map can make a topic reject or hate hold', async () => {
    const hate = {
      ...intervenedThreat,
      assessments: [
        {
          contentPolicy: {
            filters: [
              {
                type: 'HATE' as const,
                confidence: 'HIGH' as const,
                filterStrength: 'HIGH' as const,
                action: 'BLOCKED' as const,
                detected: true,
              },
            ],
          },
        },
      ],
    };
    bedrock.on(ApplyGuardrailCommand).resolves(hate);
    expect(await provider().judge(input('x'), { signal: signal() })).toMatchObject({
      outcome: 'reject',
      category: 'hate',
      confidence: 0.9,
    });
    expect(
      await provider({ actions: { content: { HATE: { HIGH: 'hold' } } } }).judge(input('x'), {
        signal: signal(),
      }),
    ).toMatchObject({ outcome: 'hold', category: 'hate' });

    bedrock.on(ApplyGuardrailCommand).resolves(intervenedThreat);
    expect(
      await provider({ actions: { topics: { 'Veiled threats': 'reject' } } }).judge(input(THREAT), {
        signal: signal(),
      }),
    ).toMatchObject({ outcome: 'reject', category: 'threat' });
  });

  it('PII and word matches become spans located in the body', async () => {
    const body = 'The author is at jane.doe@example.org, write to her. What a bloody disgrace.';
    bedrock.on(ApplyGuardrailCommand).resolves({
      usage: units(1),
      action: 'GUARDRAIL_INTERVENED',
      outputs: [{ text: 'Held for review by Parley moderation.' }],
      assessments: [
        {
          sensitiveInformationPolicy: {
            piiEntities: [
              { match: 'jane.doe@example.org', type: 'EMAIL', action: 'BLOCKED', detected: true },
            ],
            regexes: [],
          },
          wordPolicy: {
            customWords: [],
            managedWordLists: [{ match: 'bloody', type: 'PROFANITY', action: 'BLOCKED', detected: true }],
          },
        },
      ],
    });
    const v = await provider().judge(input(body), { signal: signal() });
    expect(v.outcome).toBe('hold');
    expect(v.spans.map((s) => [s.text, s.start, s.end])).toEqual([
      ['jane.doe@example.org', 17, 37],
      ['bloody', 60, 66],
    ]);
    // Both hold; exposing someone's address is graver than a swear word, so it names the verdict.
    expect(v.category).toBe('personal_data');
    expect(v.evidence?.map((e) => e.value)).toEqual(['pii:EMAIL', 'profanity:PROFANITY']);
  });

  it('detect-only filters (action NONE, detected true) count; undetected FULL-scope entries do not', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves({
      usage: units(1),
      action: 'NONE',
      outputs: [],
      assessments: [
        {
          contentPolicy: {
            filters: [
              {
                type: 'INSULTS',
                confidence: 'HIGH',
                filterStrength: 'MEDIUM',
                action: 'NONE',
                detected: true,
              },
              { type: 'SEXUAL', confidence: 'LOW', filterStrength: 'HIGH', action: 'NONE', detected: false },
            ],
          },
        },
      ],
    });
    const v = await provider().judge(input('x'), { signal: signal() });
    expect(v).toMatchObject({ outcome: 'hold', category: 'insult', confidence: 0.9 });
    expect(v.evidence).toHaveLength(1);
  });

  it('an intervention without a readable finding → hold, never approve', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves({
      usage: units(1),
      action: 'GUARDRAIL_INTERVENED',
      actionReason: 'Guardrail blocked.',
      outputs: [{ text: 'Held.' }],
      assessments: [{}],
    });
    const v = await provider().judge(input('x'), { signal: signal() });
    expect(v).toMatchObject({ outcome: 'hold', category: 'other', confidence: 0.5 });
    expect(v.rationale).toContain('Guardrail blocked.');
  });

  it('an answer outside the documented shape is an invalid answer', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves({ action: 'MAYBE' as never });
    await expect(provider().judge(input('x'), { signal: signal() })).rejects.toMatchObject({
      failure: 'invalid_answer',
    });
  });
});

describe('guardrail provider through the semantic check', () => {
  const check = (timeoutMs = 1000) => semanticCheck(provider(), { timeoutMs });

  it('a veiled threat is held with the topic and filter as evidence', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves(intervenedThreat);
    const r = await check().run(makeContext(THREAT));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'semantic_review', score: 0.8 });
    expect(r.evidence?.[0]).toEqual({
      kind: 'provider',
      value: 'bedrock-guardrail',
      score: 0.8,
      detail: 'hold threat at 0.8 (guardrail gr-abc123:3)',
    });
    expect(r.evidence).toContainEqual(
      expect.objectContaining({ kind: 'guardrail', value: 'topic:Veiled threats' }),
    );
  });

  it('throttling → degraded hold', async () => {
    bedrock.on(ApplyGuardrailCommand).rejects(
      new ThrottlingException({
        message: 'Too many requests, please wait before trying again.',
        $metadata: { httpStatusCode: 429 },
      }),
    );
    const r = await check().run(makeContext('A civil remark.'));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toBe(
      'throttled; ThrottlingException: Too many requests, please wait before trying again.',
    );
  });

  it('no answer before the deadline → the request is aborted and the comment held as degraded', async () => {
    bedrock.on(ApplyGuardrailCommand).callsFake(() => new Promise(() => undefined));
    const r = await check(30).run(makeContext('A civil remark.'));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toMatch(/^timeout;/);
    const options = (bedrock.commandCalls(ApplyGuardrailCommand)[0]!.args as unknown[])[1] as {
      abortSignal: AbortSignal;
    };
    expect(options.abortSignal.aborted).toBe(true);
  });
});
