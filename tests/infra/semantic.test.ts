/**
 * The `semantic` prop: nothing of Bedrock by default; each provider switched on brings exactly its
 * resources (a guardrail and its published version, an endpoint secret), its settings in the consumer's and
 * the sweeper's environment, and least-privilege grants on those two functions only — `bedrock:ApplyGuardrail`
 * on the guardrail, `bedrock:InvokeModel` on the judge's profile and model, `GetSecretValue` on the
 * endpoint's secret. The context keys produce the same props. cdk-nag stays clean.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  consumerTimeoutSeconds,
  type CommentModerationProps,
} from '../../infra/constructs/comment-moderation';
import { moderationPropsFromContext, readContext } from '../../infra/context';
import { ParleyStack } from '../../infra/stack';
import { EXAMPLE_PRICES } from '../../shared/moderation/providers/cost';
import { NEWSROOM_DENIED_TOPICS } from '../../shared/moderation/providers/guardrail-definition';
import { DEFAULT_JUDGE_MODEL_ID } from '../../shared/moderation/providers/llm-judge';
import {
  FIXTURE_FUNCTIONS,
  FIXTURE_ROUTES,
  FIXTURE_TRIGGERS,
  actionsOf,
  logicalIdOf,
  nagFindings,
  resourcesOf,
  statementsOfRole,
  synthModeration,
  type Statement,
  type Synthesized,
} from './support';

const ENV = { env: { account: '123456789012', region: 'eu-west-1' } };
const ENDPOINT_URL = 'https://moderation.news.example.com/judge';
const MODERATION_FNS = [FIXTURE_TRIGGERS.moderateComment, FIXTURE_TRIGGERS.sweeper] as const;
const HTTP_FNS = [...new Set(FIXTURE_ROUTES.map((r) => r.handler))];

const synth = (props: CommentModerationProps | ((stack: Stack) => CommentModerationProps) = {}) =>
  synthModeration(
    (stack) => ({
      routes: FIXTURE_ROUTES,
      triggers: FIXTURE_TRIGGERS,
      functionsDirectory: FIXTURE_FUNCTIONS,
      ...(typeof props === 'function' ? props(stack) : props),
    }),
    ENV,
  );

const fnProps = (site: Synthesized, handler: string) =>
  resourcesOf(site.template, 'AWS::Lambda::Function')[logicalIdOf(site.moderation.functions.get(handler)!)]!
    .Properties!;
const envOf = (site: Synthesized, handler: string) =>
  (fnProps(site, handler)['Environment'] as { Variables: Record<string, unknown> }).Variables;
const statementsOf = (site: Synthesized, handler: string): Statement[] =>
  statementsOfRole(site.template, logicalIdOf(site.moderation.functions.get(handler)!.role!));
/** CloudFormation's joins of pseudo parameters, as the deployed stack (ENV) would see them. */
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '123456789012',
};
const flat = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(flat);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('Fn::Join' in o) {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    return parts.map(flat).join(sep);
  }
  if (typeof o['Ref'] === 'string' && o['Ref'] in PSEUDO) return PSEUDO[o['Ref']];
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, flat(x)]));
};
/** The statements of a function's role with an action starting with `prefix`, pseudo parameters resolved. */
const matching = (site: Synthesized, handler: string, prefix: string) =>
  statementsOf(site, handler)
    .filter((s) => actionsOf(s).some((a) => a.startsWith(prefix)))
    .map((s) => flat(s) as Statement);
const allActions = (site: Synthesized) =>
  Object.values(resourcesOf(site.template, 'AWS::IAM::Policy')).flatMap((p) =>
    (p.Properties!['PolicyDocument'] as { Statement: Statement[] }).Statement.flatMap(actionsOf),
  );
const bedrockResources = (site: Synthesized) =>
  Object.values(site.template.toJSON().Resources as Record<string, { Type: string }>).filter((r) =>
    r.Type.startsWith('AWS::Bedrock::'),
  );

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

describe('endpoint on', () => {
  it('creates the HMAC secret, readable by the consumer and the sweeper only', () => {
    const site = synth({ semantic: { endpoint: { url: ENDPOINT_URL } } });
    const secret = logicalIdOf(site.moderation.semanticProviders!.endpointSecret!);
    for (const handler of MODERATION_FNS) {
      expect(envOf(site, handler), handler).toMatchObject({
        SEMANTIC_PROVIDERS: 'endpoint',
        MODERATION_ENDPOINT_URL: ENDPOINT_URL,
        MODERATION_ENDPOINT_SECRET_ARN: { Ref: secret },
        MODERATION_ENDPOINT_TIMEOUT_MS: '2000',
      });
      const reads = matching(site, handler, 'secretsmanager:');
      expect(
        reads.map((s) => s.Resource),
        handler,
      ).toEqual([{ Ref: secret }]);
    }
    for (const handler of HTTP_FNS) {
      expect(JSON.stringify(statementsOf(site, handler)), handler).not.toContain(`"${secret}"`);
      expect(envOf(site, handler)['MODERATION_ENDPOINT_SECRET_ARN'], handler).toBeUndefined();
    }
    expect(allActions(site).filter((a) => a.startsWith('bedrock:'))).toEqual([]);
    expect(nagFindings(site.app)).toEqual([]);
  });

  it('uses a secret the deployer passes, and refuses a URL that is not https', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:parley-endpoint-AbCdEf';
    const site = synth((stack) => ({
      semantic: {
        endpoint: {
          url: ENDPOINT_URL,
          secret: secretsmanager.Secret.fromSecretCompleteArn(stack, 'Key', arn),
        },
      },
    }));
    expect(envOf(site, FIXTURE_TRIGGERS.moderateComment)['MODERATION_ENDPOINT_SECRET_ARN']).toBe(arn);
    expect(
      Object.keys(resourcesOf(site.template, 'AWS::SecretsManager::Secret')).filter((k) =>
        k.includes('EndpointSecret'),
      ),
    ).toEqual([]);
    for (const url of [
      'http://moderation.news.example.com/judge',
      'http://127.0.0.1:8080/judge',
      'moderation',
    ])
      expect(() => synth({ semantic: { endpoint: { url } } }), url).toThrow(/https/);
  });
});

describe('all three on', () => {
  const site = synth({
    toxicityProvider: 'comprehend',
    semantic: {
      guardrail: {},
      llmJudge: { timeoutMs: 5000 },
      endpoint: { url: ENDPOINT_URL },
      prices: { tokens: EXAMPLE_PRICES.claudeHaiku45Global, guardrail: EXAMPLE_PRICES.guardrails },
    },
  });

  it('orders the checks guardrail, judge, endpoint and prices them', () => {
    const env = envOf(site, FIXTURE_TRIGGERS.moderateComment);
    expect(env['SEMANTIC_PROVIDERS']).toBe('guardrail,llm,endpoint');
    expect(JSON.parse(env['SEMANTIC_PRICES'] as string)).toEqual({
      tokens: EXAMPLE_PRICES.claudeHaiku45Global,
      guardrail: EXAMPLE_PRICES.guardrails,
    });
  });

  it('gives the consumer and the sweeper time for a whole batch at the worst case', () => {
    // 10 × (Comprehend 2 s + guardrail 1.5 s + judge 5 s + endpoint 2 s + 1 s) + 15 s.
    expect(consumerTimeoutSeconds(2000 + 1500 + 5000 + 2000)).toBe(130);
    for (const handler of MODERATION_FNS) expect(fnProps(site, handler)['Timeout'], handler).toBe(130);
    site.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 10 });
  });

  it('grants each provider its own access and nothing broader', () => {
    const actions = MODERATION_FNS.flatMap((h) => matching(site, h, 'bedrock:').flatMap(actionsOf));
    expect([...new Set(actions)].sort()).toEqual(['bedrock:ApplyGuardrail', 'bedrock:InvokeModel']);
    for (const s of MODERATION_FNS.flatMap((h) => matching(site, h, 'bedrock:'))) {
      const resources = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
      expect(resources).not.toContain('*');
      expect(JSON.stringify(resources)).not.toMatch(/bedrock:\*|foundation-model\/\*/);
    }
  });

  it('passes cdk-nag', () => {
    expect(nagFindings(site.app)).toEqual([]);
  });

  it('follows a custom order, which must name exactly the providers given', () => {
    const custom = synth({
      semantic: { guardrail: {}, endpoint: { url: ENDPOINT_URL }, order: ['endpoint', 'guardrail'] },
    });
    expect(envOf(custom, FIXTURE_TRIGGERS.moderateComment)['SEMANTIC_PROVIDERS']).toBe('endpoint,guardrail');
    expect(() => synth({ semantic: { guardrail: {}, order: ['guardrail', 'llm'] } })).toThrow(
      /semantic\.order/,
    );
  });
});

describe('deployment context', () => {
  const appWithContext = (context: Record<string, unknown>) =>
    new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const props = (context: Record<string, unknown>) => {
    const app = appWithContext(context);
    return moderationPropsFromContext(readContext(app.node), new Stack(app, 'S', ENV));
  };

  it('switches the providers on in the order given, with their options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-guidelines-'));
    const file = join(dir, 'guidelines.md');
    writeFileSync(file, 'Reject: slurs.\n');
    const p = props({
      semanticProviders: 'llm,guardrail,endpoint',
      llmJudgeModelId: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
      llmJudgeRegions: 'eu-central-1,eu-west-3',
      llmJudgeSiteName: 'The Global Desk',
      llmJudgeGuidelinesFile: file,
      llmJudgeMaxCostUsd: '0.02',
      guardrailTier: 'CLASSIC',
      endpointUrl: ENDPOINT_URL,
      semanticPrices: 'example',
    });
    expect(p.semantic).toMatchObject({
      order: ['llm', 'guardrail', 'endpoint'],
      guardrail: { tier: 'CLASSIC' },
      llmJudge: {
        modelId: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
        inferenceProfileRegions: ['eu-central-1', 'eu-west-3'],
        siteName: 'The Global Desk',
        guidelines: 'Reject: slurs.\n',
        maxCostUsd: 0.02,
      },
      endpoint: { url: ENDPOINT_URL },
      prices: { tokens: EXAMPLE_PRICES.claudeHaiku45Global, guardrail: EXAMPLE_PRICES.guardrails },
    });
    expect(p.semantic?.endpoint?.secret).toBeUndefined();
  });

  it('is off without semanticProviders, and refuses options for a provider that is off', () => {
    expect(props({}).semantic).toBeUndefined();
    for (const [context, message] of [
      [{ llmJudgeModelId: DEFAULT_JUDGE_MODEL_ID }, /llmJudgeModelId need semanticProviders to include llm/],
      [{ semanticProviders: 'guardrail', endpointUrl: ENDPOINT_URL }, /endpointUrl need .* endpoint/],
      [{ semanticProviders: 'endpoint' }, /needs endpointUrl/],
      [{ semanticProviders: 'endpoint', endpointUrl: 'http://moderation.news.example.com/' }, /endpointUrl/],
      [{ semanticProviders: 'guardrail,perspective' }, /semanticProviders/],
      [{ semanticPrices: 'example' }, /semanticPrices needs semanticProviders/],
      [{ semanticProviders: 'llm', semanticPrices: '{"tokens":{}}' }, /semanticPrices/],
    ] as const) {
      expect(() => props(context), JSON.stringify(context)).toThrow(message);
    }
  });

  it('ParleyStack prints the endpoint secret and the guardrail version it created', () => {
    const app = appWithContext({
      consoleUrl: 'https://news.example.com/moderation/',
      semanticProviders: 'guardrail,endpoint',
      endpointUrl: ENDPOINT_URL,
    });
    const stack = new ParleyStack(app, 'Parley', { ...ENV, deployment: readContext(app.node) });
    const outputs = Template.fromStack(stack).toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs['ModerationEndpointSecretArn']?.Value).toEqual({
      Ref: logicalIdOf(stack.moderation.semanticProviders!.endpointSecret!),
    });
    expect(outputs['GuardrailVersion']?.Value).toEqual({
      Ref: stack.getLogicalId(stack.moderation.semanticProviders!.guardrailVersion!),
    });
    expect(nagFindings(app)).toEqual([]);
  });

  it('imports the endpoint secret by ARN', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:parley-endpoint-AbCdEf';
    const p = props({ semanticProviders: 'endpoint', endpointUrl: ENDPOINT_URL, endpointSecretArn: arn });
    expect(p.semantic?.endpoint?.secret?.secretArn).toBe(arn);
  });
});
