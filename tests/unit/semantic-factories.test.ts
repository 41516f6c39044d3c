/**
 * The default provider factories of the consumer's semantic checks (functions/lib/checks.ts) send what
 * the environment says. Bedrock and Secrets Manager are answered by aws-sdk-client-mock, the moderation
 * endpoint by a loopback server; nothing leaves the machine.
 */
import { clearCaches } from '@aws-lambda-powertools/parameters';
import {
  ApplyGuardrailCommand,
  BedrockRuntimeClient,
  ConverseCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultFactories, semanticChecks } from '../../functions/lib/checks';
import { loadSemanticConfig } from '../../functions/lib/config';
import { EXAMPLE_PRICES } from '../../shared/moderation/providers/cost';
import { DEFAULT_JUDGE_MODEL_ID } from '../../shared/moderation/providers/llm-judge';
import { verifyParleySignature } from '../../shared/moderation/providers/endpoint';
import type { CheckContext } from '../../shared/moderation/types';
import { makeContext } from '../moderation/support';
import { ENDPOINT_ENV, ENDPOINT_SECRET, GUARDRAIL_ENV, env } from './semantic-env';

/** The policy units of one short comment, as ApplyGuardrail reports them. */
const USAGE = {
  topicPolicyUnits: 1,
  contentPolicyUnits: 1,
  wordPolicyUnits: 0,
  sensitiveInformationPolicyUnits: 1,
  sensitiveInformationPolicyFreeUnits: 0,
  contextualGroundingPolicyUnits: 0,
};

describe('default factories (Bedrock and Secrets Manager mocked)', () => {
  const bedrock = mockClient(BedrockRuntimeClient);
  const secretsManager = mockClient(SecretsManagerClient);
  let server: Server;
  let url: string;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        const check = verifyParleySignature({
          secret: ENDPOINT_SECRET,
          timestamp: req.headers['x-parley-timestamp'] as string,
          signature: req.headers['x-parley-signature'] as string,
          rawBody: body,
        });
        res.writeHead(check.ok ? 200 : 401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(check.ok ? { action: 'approve', category: 'none' } : { error: 'bad signature' }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/judge`;
  });
  afterEach(() => {
    bedrock.reset();
    secretsManager.reset();
    clearCaches();
    received.length = 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const runOne = async (
    extra: Record<string, string>,
    ctx: CheckContext = makeContext('A civil remark.'),
  ) => {
    const [check] = semanticChecks(loadSemanticConfig(env(extra)), defaultFactories);
    return check!.run(ctx);
  };

  it('guardrail: ApplyGuardrail on the configured id and version, priced', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves({
      action: 'NONE',
      assessments: [],
      outputs: [],
      usage: USAGE,
    });
    const result = await runOne({
      SEMANTIC_PROVIDERS: 'guardrail',
      ...GUARDRAIL_ENV,
      SEMANTIC_PRICES: JSON.stringify({ guardrail: EXAMPLE_PRICES.guardrails }),
    });
    expect(result.outcome).toBe('pass');
    const [call] = bedrock.commandCalls(ApplyGuardrailCommand);
    expect(call!.args[0].input).toMatchObject({
      guardrailIdentifier: 'abc123xyz',
      guardrailVersion: '2',
      source: 'INPUT',
    });
    // 1 unit each of content ($0.15), topics ($0.15) and PII ($0.10) per 1,000 units.
    expect(result.evidence?.find((e) => e.kind === 'usage')?.score).toBeCloseTo(0.0004, 10);
  });

  it('guardrail: topics of the deployer’s own name their category; actions override', async () => {
    bedrock.on(ApplyGuardrailCommand).resolves({
      action: 'GUARDRAIL_INTERVENED',
      assessments: [
        {
          topicPolicy: {
            topics: [{ name: 'Election fraud claims', type: 'DENY', action: 'BLOCKED', detected: true }],
          },
        },
      ],
      outputs: [],
      usage: USAGE,
    });
    const result = await runOne({
      SEMANTIC_PROVIDERS: 'guardrail',
      ...GUARDRAIL_ENV,
      GUARDRAIL_TOPICS: JSON.stringify({ 'Election fraud claims': 'spam' }),
      GUARDRAIL_ACTIONS: JSON.stringify({ topics: { 'Election fraud claims': 'reject' } }),
    });
    expect(result).toMatchObject({ outcome: 'reject', reason: 'spam' });
  });

  it('llm judge: Converse with the configured model, or the default', async () => {
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: {
          role: 'assistant',
          content: [
            {
              toolUse: {
                toolUseId: 't-1',
                name: 'record_moderation_verdict',
                input: {
                  category: 'none',
                  action: 'approve',
                  confidence: 0.97,
                  spans: [],
                  rationale: 'Civil.',
                },
              },
            },
          ],
        },
      },
      stopReason: 'tool_use',
      usage: { inputTokens: 2900, outputTokens: 90, totalTokens: 2990 },
      metrics: { latencyMs: 900 },
    });
    expect((await runOne({ SEMANTIC_PROVIDERS: 'llm' })).outcome).toBe('pass');
    await runOne({
      SEMANTIC_PROVIDERS: 'llm',
      LLM_JUDGE_MODEL_ID: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
      SITE_NAME: 'The Global Desk',
    });
    const [first, second] = bedrock.commandCalls(ConverseCommand);
    expect(first!.args[0].input.modelId).toBe(DEFAULT_JUDGE_MODEL_ID);
    expect(second!.args[0].input.modelId).toBe('eu.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(second!.args[0].input.system?.[0]?.text).toContain('The Global Desk');
  });

  it('endpoint: signs with the secret read from Secrets Manager, fetched once per cache period', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: ENDPOINT_SECRET });
    const [check] = semanticChecks(
      loadSemanticConfig(
        env({ SEMANTIC_PROVIDERS: 'endpoint', ...ENDPOINT_ENV, MODERATION_ENDPOINT_URL: url }),
      ),
      defaultFactories,
    );
    for (let i = 0; i < 3; i++)
      expect((await check!.run(makeContext('A civil remark.'))).outcome).toBe('pass');
    expect(received).toHaveLength(3);
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    expect(secretsManager.commandCalls(GetSecretValueCommand)[0]!.args[0].input).toMatchObject({
      SecretId: ENDPOINT_ENV.MODERATION_ENDPOINT_SECRET_ARN,
    });
  });

  it('endpoint: a secret that cannot be read holds the comment as degraded', async () => {
    secretsManager.on(GetSecretValueCommand).rejects(new Error('AccessDeniedException'));
    const result = await runOne({
      SEMANTIC_PROVIDERS: 'endpoint',
      ...ENDPOINT_ENV,
      MODERATION_ENDPOINT_URL: url,
    });
    expect(result).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(received).toHaveLength(0);
  });
});
