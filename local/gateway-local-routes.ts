/**
 * The local gateway's own routes (`gateway.ts` lists them): the issuer's discovery documents, and the
 * local admin surface `/__local/*` (health, and the token route for the console, tests and curl).
 */
import type { IncomingMessage } from 'node:http';
import { gatewayError, type HttpResponse } from './http-api';
import { LOCAL_ROLES, type LocalIssuer, type LocalRole } from './jwt';
import { isAllowedOrigin, isLocalSurface } from './local-guard';
import { isLoopback } from './net';
import { json, readBody, refusal } from './gateway-io';
import { TOKEN_KEY_HEADER, isTokenKey } from './token-key';

const DEV_BODY_LIMIT = 64 * 1024;
export const ISSUER_PATH = '/local-issuer';

/** The answer of a local route, or undefined when `path` is not one (the API and the web assets are). */
export async function handleDevRoute(
  req: IncomingMessage,
  path: string,
  iss: LocalIssuer,
  authorities: ReadonlySet<string>,
  tokenKey: string,
): Promise<HttpResponse | undefined> {
  if (req.method === 'GET' && path === `${ISSUER_PATH}/.well-known/jwks.json`) return json(200, iss.jwks());
  if (req.method === 'GET' && path === `${ISSUER_PATH}/.well-known/openid-configuration`) {
    return json(200, {
      issuer: iss.issuer,
      jwks_uri: `${iss.issuer}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: [iss.alg],
    });
  }
  if (!isLocalSurface(path)) return undefined;

  // The local admin surface: no cross-origin use of any kind (see local-guard.ts).
  if (!isAllowedOrigin(req.headers.origin, authorities)) {
    return refusal(
      403,
      'origin_not_allowed',
      'The local admin routes answer only requests without Origin or from this stack itself.',
    );
  }
  if (req.method === 'OPTIONS') {
    return refusal(403, 'cors_not_allowed', 'The local admin routes take no cross-origin requests.');
  }
  if (req.method === 'GET' && path === '/__local/health') return json(200, { status: 'ok' });
  if (path !== '/__local/token') return gatewayError(404, 'Not Found');
  if (req.method !== 'POST') return gatewayError(404, 'Not Found');
  if (!isLoopback(req.socket.remoteAddress)) return gatewayError(403, 'Forbidden');
  if (!isTokenKey(req.headers[TOKEN_KEY_HEADER], tokenKey)) {
    return refusal(
      403,
      'local_key_required',
      `POST /__local/token needs this start's key in the ${TOKEN_KEY_HEADER} header: use \`npm run token\`, ` +
        'or open the console from the link `npm start` printed.',
    );
  }
  const read = await readBody(req, DEV_BODY_LIMIT);
  if (read.kind !== 'ok') return gatewayError(413, 'Request Entity Too Large');
  let input: { role?: unknown; sub?: unknown; name?: unknown; ttlSeconds?: unknown; tokenUse?: unknown };
  try {
    input = read.body.length > 0 ? (JSON.parse(read.body.toString('utf8')) as typeof input) : {};
  } catch {
    return json(400, { message: 'The body must be JSON: {"role":"moderator"|"admin"|"none"}' });
  }
  const role = input.role ?? 'moderator';
  if (!LOCAL_ROLES.includes(role as LocalRole))
    return json(400, { message: `role must be one of ${LOCAL_ROLES.join(', ')}` });
  const ttl = input.ttlSeconds ?? 3600;
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) {
    return json(400, { message: 'ttlSeconds must be an integer from 1 to 86400' });
  }
  for (const field of ['sub', 'name'] as const) {
    if (input[field] !== undefined && (typeof input[field] !== 'string' || input[field] === '')) {
      return json(400, { message: `${field} must be a non-empty string` });
    }
  }
  const token = await iss.mint({
    role: role as LocalRole,
    ttlSeconds: ttl,
    ...(typeof input.sub === 'string' ? { sub: input.sub } : {}),
    ...(typeof input.name === 'string' ? { name: input.name } : {}),
    ...(input.tokenUse === 'access' ? { tokenUse: 'access' as const } : {}),
  });
  const minted = json(200, { token, issuer: iss.issuer, audience: iss.audience, expiresIn: ttl });
  minted.headers.push(['cache-control', 'no-store']);
  return minted;
}
