/**
 * PARLEY_SECRET at run time: read from Secrets Manager through Powertools Parameters (mocked with
 * aws-sdk-client-mock), once per container and cache period, before the handler and `deps()` run.
 */
import { clearCaches } from '@aws-lambda-powertools/parameters';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deps } from '../../functions/lib/deps';
import { json, type ApiEvent } from '../../functions/lib/http';
import { buildRoute } from '../../functions/lib/route';
import { forgetLoadedSecrets, parleySecret } from '../../functions/lib/secret-values';
import { SECRET_ARN_ENV, SECRET_MAX_AGE_SECONDS } from '../../functions/lib/secrets';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:parley-AbCdEf';
const VALUE = 's'.repeat(64);
const secretsManager = mockClient(SecretsManagerClient);
const saved = { ...process.env };

/** A route like the real ones: the middleware loads the secret, the handler builds `deps()` with it. */
const handler = buildRoute('public', {}, () =>
  Promise.resolve(json(200, { secretLength: deps().secret.length, cursor: deps().cursors.encode('s', 'x') })),
);
const event = (): ApiEvent =>
  ({
    version: '2.0',
    routeKey: 'GET /t',
    rawPath: '/t',
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: { http: { method: 'GET', path: '/t', sourceIp: '198.51.100.7' } },
  }) as unknown as ApiEvent;
const invoke = async () => {
  const out = (await handler(event(), {} as Context)) as { statusCode: number; body: string };
  return { status: out.statusCode, body: JSON.parse(out.body) as Record<string, unknown> };
};

beforeEach(() => {
  secretsManager.reset();
  clearCaches();
  forgetLoadedSecrets();
  // As on AWS: the ARN only, never the value.
  delete process.env.PARLEY_SECRET;
  process.env[SECRET_ARN_ENV.parley] = ARN;
  process.env.TABLE_NAME = 'parley-unit';
  process.env.AWS_REGION = 'eu-west-1';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});
afterEach(() => vi.useRealTimers());
afterAll(() => {
  process.env = saved;
});

describe('PARLEY_SECRET from Secrets Manager', () => {
  it('is fetched once for many invocations of a warm container, by ARN', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: VALUE });
    for (let i = 0; i < 25; i++) {
      const { status, body } = await invoke();
      expect(status).toBe(200);
      expect(body['secretLength']).toBe(64);
    }
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    expect(secretsManager.commandCalls(GetSecretValueCommand)[0]!.args[0].input).toMatchObject({
      SecretId: ARN,
    });
  });

  it('is fetched again after the cache period, and deps() follows a new value', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    secretsManager
      .on(GetSecretValueCommand)
      .resolvesOnce({ SecretString: VALUE })
      .resolves({ SecretString: 'r'.repeat(48) });
    const first = await invoke();
    vi.setSystemTime(Date.now() + (SECRET_MAX_AGE_SECONDS - 5) * 1000);
    await invoke();
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    vi.setSystemTime(Date.now() + 10_000);
    const later = await invoke();
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(2);
    expect(later.body['secretLength']).toBe(48);
    // The cursor key follows the secret: a cursor signed with the old one is not the new one's.
    expect(later.body['cursor']).not.toBe(first.body['cursor']);
  });

  it('fails the request as a 500 with the contract body, saying nothing about the secret, when it cannot be read', async () => {
    secretsManager
      .on(GetSecretValueCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const { status, body } = await invoke();
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
    expect(JSON.stringify(body)).not.toContain(ARN);
  });

  it('refuses a secret without a usable SecretString', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: 'short' });
    expect((await invoke()).status).toBe(500);
  });

  it('is not fetched when the local runtime sets PARLEY_SECRET itself', async () => {
    process.env.PARLEY_SECRET = 'l'.repeat(40);
    const { status, body } = await invoke();
    expect(status).toBe(200);
    expect(body['secretLength']).toBe(40);
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(0);
  });

  it('is not fetched by a function the construct gives no secret, whose deps() say where the grant is decided', async () => {
    delete process.env[SECRET_ARN_ENV.parley];
    const { status } = await invoke();
    expect(status).toBe(500);
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(0);
    expect(parleySecret()).toBeUndefined();
    expect(() => deps().secret).toThrow(/SECRET_READERS/);
    expect(() => deps().cursors).toThrow(/SECRET_READERS/);
    // Everything else still works without it.
    expect(deps().repo).toBeDefined();
  });
});
