/**
 * The consumer pays for a semantic provider's client only when one is configured and a comment reaches it:
 * the Bedrock client module and Powertools' Secrets Manager module are imported on first use, never when
 * the checks are built. (The bundle-level counterpart is tests/infra/consumer-bundle.test.ts.) The
 * Bedrock client here is a stand-in: nothing is sent anywhere.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as BedrockModule from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildChecks } from '../../functions/lib/checks';
import { runPipeline } from '../../shared/moderation/pipeline';
import { makeContext } from '../moderation/support';

const loaded = vi.hoisted(() => ({ bedrock: 0, secrets: 0, sent: [] as string[] }));

vi.mock('@aws-sdk/client-bedrock-runtime', async (importOriginal) => {
  loaded.bedrock++;
  const actual = await importOriginal<typeof BedrockModule>();
  class BedrockRuntimeClient {
    send(command: { constructor: { name: string } }) {
      loaded.sent.push(command.constructor.name);
      return Promise.resolve({
        action: 'NONE',
        assessments: [],
        outputs: [],
        usage: { contentPolicyUnits: 1 },
      });
    }
  }
  return { ...actual, BedrockRuntimeClient };
});
vi.mock('@aws-lambda-powertools/parameters/secrets', async (importOriginal) => {
  loaded.secrets++;
  return importOriginal();
});

const SECRET = 'k'.repeat(40);
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"action":"approve"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/judge`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  TABLE_NAME: 'parley-unit',
  AWS_REGION: 'eu-west-1',
  ...extra,
});
const civil = () => makeContext('The piece underplays how much the coup changed the picture.');

describe('semantic provider clients are loaded on first use only', () => {
  it('no provider configured: neither the Bedrock nor the Secrets Manager module, however many comments', async () => {
    const checks = buildChecks(env({}));
    for (let i = 0; i < 3; i++) expect((await runPipeline(civil(), checks)).outcome).toBe('approved');
    expect(loaded).toMatchObject({ bedrock: 0, secrets: 0 });
  });

  it('the endpoint alone (secret given directly, as locally): no Bedrock module, no Secrets Manager', async () => {
    const checks = buildChecks(
      env({
        SEMANTIC_PROVIDERS: 'endpoint',
        MODERATION_ENDPOINT_URL: url,
        MODERATION_ENDPOINT_SECRET: SECRET,
      }),
    );
    expect((await runPipeline(civil(), checks)).outcome).toBe('approved');
    expect(loaded).toMatchObject({ bedrock: 0, secrets: 0 });
  });

  it('the guardrail: the Bedrock module once the first comment reaches it, not when the checks are built', async () => {
    const checks = buildChecks(
      env({
        SEMANTIC_PROVIDERS: 'guardrail',
        BEDROCK_GUARDRAIL_ID: 'abc123',
        BEDROCK_GUARDRAIL_VERSION: '1',
      }),
    );
    expect(loaded.bedrock).toBe(0);
    expect((await runPipeline(civil(), checks)).outcome).toBe('approved');
    expect((await runPipeline(civil(), checks)).outcome).toBe('approved');
    expect(loaded.bedrock).toBe(1);
    expect(loaded.sent).toEqual(['ApplyGuardrailCommand', 'ApplyGuardrailCommand']);
  });
});
