/**
 * The gateway's JWT authorizer on moderator routes: what reaches the handler for valid tokens, and the
 * API Gateway 401 for everything else.
 */
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDefinition } from '../../functions/routes';
import { startGateway, type Gateway } from '../../local/gateway';
import type { HttpApiEvent, HttpHandler } from '../../local/handler-loader';
import { BAD_TOKEN_KINDS, LOCAL_AUDIENCE } from '../../local/jwt';
import { silentLogger } from '../../local/log';

const routes: RouteDefinition[] = [
  { method: 'GET', path: '/moderation/queue', handler: 'echo', auth: 'moderator' },
  { method: 'GET', path: '/moderation/policy', handler: 'echo', auth: 'admin' },
  { method: 'GET', path: '/counts', handler: 'echo', auth: 'public' },
];

const events: HttpApiEvent[] = [];
const echo: HttpHandler = (event) => {
  events.push(event);
  return Promise.resolve({ statusCode: 200, body: 'ok' });
};

const gateways: Gateway[] = [];
const start = async (jwtAlg: 'ES256' | 'RS256' = 'ES256'): Promise<Gateway> => {
  const gateway = await startGateway({
    port: 0,
    routes,
    loadHandler: () => Promise.resolve(echo),
    jwtAlg,
    logger: silentLogger,
  });
  gateways.push(gateway);
  return gateway;
};

let gateway: Gateway;
beforeAll(async () => {
  gateway = await start();
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.close()));
});

const get = (path: string, authorization?: string, target: Gateway = gateway) =>
  fetch(`${target.url}${path}`, { headers: authorization === undefined ? {} : { authorization } });

describe('valid tokens', () => {
  it('reach the handler with claims as strings and groups as "[moderators]"', async () => {
    const token = await gateway.issuer.mint({ role: 'moderator', sub: 'mod-1', name: 'Mona' });
    const res = await get('/moderation/queue', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const jwt = events.at(-1)!.requestContext.authorizer!.jwt;
    expect(jwt.claims).toMatchObject({
      sub: 'mod-1',
      name: 'Mona',
      'cognito:groups': '[moderators]',
      iss: gateway.issuer.issuer,
      aud: LOCAL_AUDIENCE,
      token_use: 'id',
    });
    expect(jwt.claims.exp).toMatch(/^\d+$/);
    expect(Object.values(jwt.claims).every((v) => typeof v === 'string')).toBe(true);
    expect(jwt.scopes).toBeNull();
    expect(gateway.issuer.issuer).toBe(`http://127.0.0.1:${gateway.port}/local-issuer`);
  });

  it('admin gets both groups; role none gets none (the group check is the handler’s job)', async () => {
    await get('/moderation/policy', `Bearer ${await gateway.issuer.mint({ role: 'admin' })}`);
    expect(events.at(-1)!.requestContext.authorizer!.jwt.claims['cognito:groups']).toBe(
      '[admins moderators]',
    );
    const res = await get('/moderation/policy', `Bearer ${await gateway.issuer.mint({ role: 'none' })}`);
    expect(res.status).toBe(200);
    expect(events.at(-1)!.requestContext.authorizer!.jwt.claims).not.toHaveProperty('cognito:groups');
  });

  it('accepts Cognito access tokens (client_id instead of aud) and reports their scopes', async () => {
    const token = await gateway.issuer.mint({ role: 'moderator', tokenUse: 'access' });
    expect(decodeJwt(token)).not.toHaveProperty('aud');
    const res = await get('/moderation/queue', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const jwt = events.at(-1)!.requestContext.authorizer!.jwt;
    expect(jwt.claims).toMatchObject({ client_id: LOCAL_AUDIENCE, token_use: 'access' });
    expect(jwt.scopes).toEqual(['aws.cognito.signin.user.admin']);
  });

  it('works with RS256 keys too, and without the Bearer prefix', async () => {
    const rs = await start('RS256');
    const token = await rs.issuer.mint();
    expect((await get('/moderation/queue', token, rs)).status).toBe(200);
    expect(rs.issuer.jwks().keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: rs.issuer.kid });
  });

  it('come from POST /__local/token, verifiable through the published JWKS', async () => {
    const res = await fetch(`${gateway.url}/__local/token`, {
      method: 'POST',
      headers: { 'x-parley-local-key': gateway.tokenKey },
      body: JSON.stringify({ role: 'admin', name: 'Ada' }),
    });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const discovery = (await (
      await fetch(`${gateway.issuer.issuer}/.well-known/openid-configuration`)
    ).json()) as { jwks_uri: string };
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
      issuer: gateway.issuer.issuer,
      audience: LOCAL_AUDIENCE,
    });
    expect(payload).toMatchObject({ name: 'Ada', 'cognito:groups': ['admins', 'moderators'] });
    expect((await get('/moderation/queue', `Bearer ${token}`)).status).toBe(200);

    const bad = await fetch(`${gateway.url}/__local/token`, {
      method: 'POST',
      headers: { 'x-parley-local-key': gateway.tokenKey },
      body: JSON.stringify({ role: 'root' }),
    });
    expect(bad.status).toBe(400);
  });

  it('are not required (nor looked at) on public routes', async () => {
    const res = await get('/counts', 'Bearer garbage');
    expect(res.status).toBe(200);
    expect(events.at(-1)!.requestContext).not.toHaveProperty('authorizer');
  });
});

describe('refused tokens', () => {
  const expectUnauthorized = async (authorization: string | undefined): Promise<void> => {
    const count = events.length;
    const res = await get('/moderation/queue', authorization);
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('{"message":"Unauthorized"}');
    expect(events.length).toBe(count); // the handler never ran
  };

  it.each([
    ['no Authorization header', undefined],
    ['an empty Bearer', 'Bearer '],
    ['a Basic credential', 'Basic dXNlcjpwYXNz'],
    ['a malformed token', 'Bearer not.a.jwt'],
  ])('refuses %s with 401 {"message":"Unauthorized"}', async (_, authorization) => {
    await expectUnauthorized(authorization);
  });

  it.each(BAD_TOKEN_KINDS)('refuses a %s token with 401 {"message":"Unauthorized"}', async (kind) => {
    await expectUnauthorized(`Bearer ${await gateway.issuer.mintBad(kind)}`);
  });

  it('refuses a valid token of another local issuer (another port)', async () => {
    const other = await start();
    await expectUnauthorized(`Bearer ${await other.issuer.mint()}`);
  });
});
