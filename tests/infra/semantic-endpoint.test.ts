/**
 * The `semantic` prop, continued from `semantic.test.ts`: the endpoint provider (its secret, read by the
 * consumer and the sweeper only), all three providers together (order, prices, timeouts, grants), and
 * the context keys that produce the same props. cdk-nag stays clean.
 */
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerTimeoutSeconds } from '../../infra/constructs/comment-moderation';
import { moderationPropsFromContext, readContext } from '../../infra/context';
import { ParleyStack } from '../../infra/stack';
import { EXAMPLE_PRICES } from '../../shared/moderation/providers/cost';
import { DEFAULT_JUDGE_MODEL_ID } from '../../shared/moderation/providers/llm-judge';
import { FIXTURE_TRIGGERS, actionsOf, logicalIdOf, nagFindings, resourcesOf, unbundledApp } from './support';
import {
  ENDPOINT_URL,
  ENV,
  HTTP_FNS,
  MODERATION_FNS,
  allActions,
  envOf,
  fnProps,
  matching,
  statementsOf,
  synth,
} from './semantic-support';

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
  const appWithContext = (context: Record<string, unknown>) => unbundledApp(context);
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
      // Says what is wrong, not zod's "Invalid input" for a failed union.
      [{ semanticProviders: 'llm', semanticPrices: 'cheap' }, /must be `example` or a JSON price table/],
      [
        { semanticProviders: 'llm', semanticPrices: '{"tokens":{"inputPerMTok":-1}}' },
        /tokens\.inputPerMTok: Too small/,
      ],
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
