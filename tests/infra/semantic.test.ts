/**
 * The `semantic` prop: nothing of Bedrock by default; each provider switched on brings exactly its
 * resources (a guardrail and its published version, an endpoint secret), its settings in the consumer's and
 * the sweeper's environment, and least-privilege grants on those two functions only — `bedrock:ApplyGuardrail`
 * on the guardrail, `bedrock:InvokeModel` on the judge's profile and model, `GetSecretValue` on the
 * endpoint's secret. cdk-nag stays clean. Here: off, the guardrail and the LLM judge; the endpoint, all
 * three together and the context keys: `semantic-endpoint.test.ts`.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EXAMPLE_PRICES } from '../../shared/moderation/providers/cost';
import { NEWSROOM_DENIED_TOPICS } from '../../shared/moderation/providers/guardrail-definition';
import { DEFAULT_JUDGE_MODEL_ID } from '../../shared/moderation/providers/llm-judge';
import { FIXTURE_TRIGGERS, nagFindings, resourcesOf, type Synthesized } from './support';
import {
  HTTP_FNS,
  MODERATION_FNS,
  allActions,
  bedrockResources,
  envOf,
  fnProps,
  matching,
  synth,
} from './semantic-support';

describe('semantic providers off (the default)', () => {
  const site = synth();

  it('creates nothing of Bedrock, grants no Bedrock action, sets no semantic variable', () => {
    expect(bedrockResources(site)).toEqual([]);
    expect(allActions(site).filter((a) => a.startsWith('bedrock:'))).toEqual([]);
    for (const handler of [...MODERATION_FNS, ...HTTP_FNS]) {
      const env = envOf(site, handler);
      expect(
        Object.keys(env).filter((k) => /SEMANTIC|GUARDRAIL|LLM_JUDGE|MODERATION_ENDPOINT/.test(k)),
        handler,
      ).toEqual([]);
    }
    expect(site.moderation.semanticProviders).toBeUndefined();
  });

  it('keeps the consumer and sweeper at 60 s', () => {
    for (const handler of MODERATION_FNS) expect(fnProps(site, handler)['Timeout'], handler).toBe(60);
  });
});

describe('guardrail on', () => {
  const site = synth({ semantic: { guardrail: {} } });
  const guardrailId = () => Object.keys(resourcesOf(site.template, 'AWS::Bedrock::Guardrail'))[0]!;
  const versionId = () => Object.keys(resourcesOf(site.template, 'AWS::Bedrock::GuardrailVersion'))[0]!;

  it('creates the newsroom guardrail and publishes a version of it', () => {
    expect(Object.keys(resourcesOf(site.template, 'AWS::Bedrock::Guardrail'))).toHaveLength(1);
    site.template.hasResourceProperties('AWS::Bedrock::Guardrail', {
      ContentPolicyConfig: {
        FiltersConfig: Match.arrayWith([
          { Type: 'PROMPT_ATTACK', InputStrength: 'MEDIUM', OutputStrength: 'NONE' },
        ]),
      },
      TopicPolicyConfig: {
        TopicsConfig: NEWSROOM_DENIED_TOPICS.map((t) => Match.objectLike({ Name: t.name, Type: 'DENY' })),
      },
    });
    site.template.hasResourceProperties('AWS::Bedrock::GuardrailVersion', {
      GuardrailIdentifier: { 'Fn::GetAtt': [guardrailId(), 'GuardrailId'] },
      Description: Match.stringLikeRegexp('^Parley comment moderation, definition [0-9a-f]{16}$'),
    });
  });

  it('tells the consumer and the sweeper the guardrail id and published version', () => {
    for (const handler of MODERATION_FNS) {
      expect(envOf(site, handler), handler).toMatchObject({
        SEMANTIC_PROVIDERS: 'guardrail',
        BEDROCK_GUARDRAIL_ID: { 'Fn::GetAtt': [guardrailId(), 'GuardrailId'] },
        BEDROCK_GUARDRAIL_VERSION: { 'Fn::GetAtt': [versionId(), 'Version'] },
        GUARDRAIL_TIMEOUT_MS: '1500',
      });
    }
  });

  it('grants only bedrock:ApplyGuardrail on that guardrail, to those two functions only', () => {
    for (const handler of MODERATION_FNS) {
      expect(matching(site, handler, 'bedrock:'), handler).toEqual([
        {
          Effect: 'Allow',
          Action: 'bedrock:ApplyGuardrail',
          Resource: { 'Fn::GetAtt': [guardrailId(), 'GuardrailArn'] },
        },
      ]);
    }
    for (const handler of HTTP_FNS) expect(matching(site, handler, 'bedrock:'), handler).toEqual([]);
    expect(
      allActions(site).filter((a) => a.startsWith('bedrock:') && a !== 'bedrock:ApplyGuardrail'),
    ).toEqual([]);
  });

  it('passes cdk-nag', () => {
    expect(nagFindings(site.app)).toEqual([]);
  });

  it('publishes a new version when the definition changes', () => {
    const description = (s: Synthesized) =>
      Object.values(resourcesOf(s.template, 'AWS::Bedrock::GuardrailVersion'))[0]!.Properties!['Description'];
    const stricter = synth({ semantic: { guardrail: { contentStrengths: { INSULTS: 'HIGH' } } } });
    expect(description(stricter)).not.toEqual(description(site));
    expect(description(synth({ semantic: { guardrail: {} } }))).toEqual(description(site));
  });

  it('with custom topics and actions, hands the functions the topic categories and the action map', () => {
    const topics = [
      ...NEWSROOM_DENIED_TOPICS,
      {
        name: 'Election fraud claims',
        definition:
          'Claims that an election named in the article was rigged, stated as fact without evidence.',
        examples: ['The vote was rigged, everyone knows the ballots were burned.'],
        category: 'misinformation' as const,
      },
    ];
    const custom = synth({
      semantic: {
        guardrail: { topics, actions: { topics: { 'Terrorist propaganda and recruitment': 'reject' } } },
      },
    });
    const env = envOf(custom, FIXTURE_TRIGGERS.moderateComment);
    expect(JSON.parse(env['GUARDRAIL_TOPICS'] as string)).toMatchObject({
      'Election fraud claims': 'misinformation',
      'Veiled threats': 'threat',
    });
    expect(JSON.parse(env['GUARDRAIL_ACTIONS'] as string)).toEqual({
      topics: { 'Terrorist propaganda and recruitment': 'reject' },
    });
  });

  it('Standard tier: also the guardrail profile in each region it routes to', () => {
    const profile = 'arn:aws:bedrock:eu-west-1:123456789012:guardrail-profile/eu.guardrail.v1:0';
    const standard = synth({
      semantic: {
        guardrail: {
          tier: 'STANDARD',
          crossRegionProfileArn: profile,
          profileRegions: ['eu-west-1', 'eu-central-1'],
        },
      },
    });
    const [statement] = matching(standard, FIXTURE_TRIGGERS.moderateComment, 'bedrock:');
    expect(statement!.Action).toBe('bedrock:ApplyGuardrail');
    const resources = JSON.stringify(statement!.Resource);
    expect(resources).toContain('eu-central-1:123456789012:guardrail-profile/eu.guardrail.v1:0');
    expect(resources).toContain(profile);
    expect(() =>
      synth({ semantic: { guardrail: { tier: 'STANDARD', crossRegionProfileArn: profile } } }),
    ).toThrow(/profileRegions/);
  });
});

describe('LLM judge on', () => {
  const PROFILE = 'arn:aws:bedrock:eu-west-1:123456789012:inference-profile';
  const FM = 'arn:aws:bedrock:eu-west-1::foundation-model';

  it('default global profile: InvokeModel on the profile, and on the model only through it', () => {
    const site = synth({ semantic: { llmJudge: {} } });
    const model = DEFAULT_JUDGE_MODEL_ID.replace(/^global\./, '');
    for (const handler of MODERATION_FNS) {
      expect(matching(site, handler, 'bedrock:'), handler).toEqual([
        { Effect: 'Allow', Action: 'bedrock:InvokeModel', Resource: `${PROFILE}/${DEFAULT_JUDGE_MODEL_ID}` },
        {
          Effect: 'Allow',
          Action: 'bedrock:InvokeModel',
          Resource: [`${FM}/${model}`, `arn:aws:bedrock:::foundation-model/${model}`],
          Condition: {
            StringEquals: { 'bedrock:InferenceProfileArn': `${PROFILE}/${DEFAULT_JUDGE_MODEL_ID}` },
          },
        },
      ]);
      expect(envOf(site, handler)).toMatchObject({
        SEMANTIC_PROVIDERS: 'llm',
        LLM_JUDGE_MODEL_ID: DEFAULT_JUDGE_MODEL_ID,
        LLM_JUDGE_TIMEOUT_MS: '4000',
      });
      // 10 records × (4 s + 1 s) + 15 s.
      expect(fnProps(site, handler)['Timeout'], handler).toBe(65);
    }
    for (const handler of HTTP_FNS) expect(matching(site, handler, 'bedrock:'), handler).toEqual([]);
    expect(bedrockResources(site)).toEqual([]);
    expect(nagFindings(site.app)).toEqual([]);
  });

  it('geographic profile: the model in each listed region, through the profile; the list is required', () => {
    const modelId = 'eu.anthropic.claude-haiku-4-5-20251001-v1:0';
    const site = synth({
      semantic: {
        llmJudge: { modelId, inferenceProfileRegions: ['eu-central-1', 'eu-north-1', 'eu-west-3'] },
      },
    });
    const [profile, models] = matching(site, FIXTURE_TRIGGERS.moderateComment, 'bedrock:');
    expect(profile!.Resource).toBe(`${PROFILE}/${modelId}`);
    expect(models!.Resource).toEqual(
      ['eu-west-1', 'eu-central-1', 'eu-north-1', 'eu-west-3'].map(
        (r) => `arn:aws:bedrock:${r}::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0`,
      ),
    );
    expect(models!.Condition).toEqual({
      StringEquals: { 'bedrock:InferenceProfileArn': `${PROFILE}/${modelId}` },
    });
    expect(() => synth({ semantic: { llmJudge: { modelId } } })).toThrow(/inferenceProfileRegions/);
  });

  it('an in-region model id: InvokeModel on that foundation model alone', () => {
    const site = synth({ semantic: { llmJudge: { modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0' } } });
    expect(matching(site, FIXTURE_TRIGGERS.moderateComment, 'bedrock:')).toEqual([
      {
        Effect: 'Allow',
        Action: 'bedrock:InvokeModel',
        Resource: `${FM}/anthropic.claude-3-5-haiku-20241022-v1:0`,
      },
    ]);
  });

  it('bundles the newsroom guidelines instead of passing them in the environment', () => {
    const guidelines = 'Reject: slurs.\n'.repeat(500);
    const site = synth({ semantic: { llmJudge: { guidelines, siteName: 'The Global Desk' } } });
    const env = envOf(site, FIXTURE_TRIGGERS.moderateComment);
    expect(env['LLM_JUDGE_GUIDELINES_SHA256']).toBe(createHash('sha256').update(guidelines).digest('hex'));
    expect(env['SITE_NAME']).toBe('The Global Desk');
    expect(JSON.stringify(env)).not.toContain('Reject: slurs.');
    expect(site.moderation.semanticProviders!.bundlingDefine).toEqual({
      'process.env.PARLEY_JUDGE_GUIDELINES': JSON.stringify(guidelines),
    });
  });

  it('refuses a cost ceiling without token prices, and an ARN for a model id', () => {
    expect(() => synth({ semantic: { llmJudge: { maxCostUsd: 0.01 } } })).toThrow(/prices\.tokens/);
    expect(() =>
      synth({ semantic: { llmJudge: { modelId: `${PROFILE}/${DEFAULT_JUDGE_MODEL_ID}` } } }),
    ).toThrow(/not an ARN/);
    const priced = synth({
      semantic: { llmJudge: { maxCostUsd: 0.01 }, prices: { tokens: EXAMPLE_PRICES.claudeHaiku45Global } },
    });
    const env = envOf(priced, FIXTURE_TRIGGERS.moderateComment);
    expect(env['LLM_JUDGE_MAX_COST_USD']).toBe('0.01');
    expect(JSON.parse(env['SEMANTIC_PRICES'] as string)).toEqual({
      tokens: EXAMPLE_PRICES.claudeHaiku45Global,
    });
  });
});
