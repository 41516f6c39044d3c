/**
 * The local stand-in for Cognito + the HTTP API JWT authorizer: a key pair made at start, tokens shaped
 * like Cognito's, and verification with the same rules API Gateway applies (signature with a key from
 * the issuer's JWKS chosen by `kid`, only the key's algorithm, `iss`, `aud` or `client_id`, `exp`, `nbf`).
 * This issuer exists only in the local runtime, never in the AWS build.
 */
import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  base64url,
  createLocalJWKSet,
  decodeProtectedHeader,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  jwtVerify,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

/** The app client id the local console "is"; API Gateway's authorizer lists it as the audience. */
export const LOCAL_AUDIENCE = 'parley-local-console';

export type LocalRole = 'moderator' | 'admin' | 'none';
export type LocalJwtAlg = 'ES256' | 'RS256';
export const LOCAL_ROLES: readonly LocalRole[] = ['moderator', 'admin', 'none'];

/** The Cognito groups each local role is given. */
export const groupsForRole = (role: LocalRole): string[] =>
  role === 'admin' ? ['admins', 'moderators'] : role === 'moderator' ? ['moderators'] : [];

export interface MintOptions {
  role?: LocalRole;
  sub?: string;
  name?: string;
  /** Lifetime; default one hour. */
  ttlSeconds?: number;
  /**
   * `id` (default): a Cognito ID token (`aud`, `name`, `cognito:username`). `access`: a Cognito access
   * token (`client_id` instead of `aud`, `scope`, `username`), which the authorizer accepts as well.
   */
  tokenUse?: 'id' | 'access';
  /** Extra or overriding claims, for tests. */
  claims?: Record<string, unknown>;
}

/** The deliberately broken tokens tests can ask for; each must be refused with a 401. */
export type BadTokenKind =
  | 'expired'
  | 'not-yet-valid'
  | 'no-exp'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'alg-none'
  | 'hs256-public-key'
  | 'unknown-kid'
  | 'no-kid'
  | 'wrong-key'
  | 'tampered'
  | 'malformed';

export const BAD_TOKEN_KINDS: readonly BadTokenKind[] = [
  'expired',
  'not-yet-valid',
  'no-exp',
  'wrong-issuer',
  'wrong-audience',
  'alg-none',
  'hs256-public-key',
  'unknown-kid',
  'no-kid',
  'wrong-key',
  'tampered',
  'malformed',
];

export interface LocalIssuer {
  /** `http://127.0.0.1:<port>/local-issuer` */
  readonly issuer: string;
  readonly audience: string;
  readonly alg: LocalJwtAlg;
  readonly kid: string;
  /** The public JWKS, as Cognito serves it at `<issuer>/.well-known/jwks.json`. */
  jwks(): { keys: JWK[] };
  /** Signs a valid token. */
  mint(options?: MintOptions): Promise<string>;
  /** Makes a token the authorizer must refuse. */
  mintBad(kind: BadTokenKind, options?: MintOptions): Promise<string>;
  /** Verifies like the HTTP API JWT authorizer; throws on any failure. */
  verify(token: string): Promise<JWTPayload>;
}

export interface LocalIssuerOptions {
  issuer: string;
  audience?: string;
  alg?: LocalJwtAlg;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const DEFAULT_NAMES: Record<LocalRole, string> = {
  moderator: 'Local Moderator',
  admin: 'Local Admin',
  none: 'Local User',
};

/** Creates an issuer with a fresh key pair (nothing is written to disk). */
export async function createLocalIssuer(options: LocalIssuerOptions): Promise<LocalIssuer> {
  const alg = options.alg ?? 'ES256';
  const audience = options.audience ?? LOCAL_AUDIENCE;
  const issuer = options.issuer;
  const kid = `local-${randomUUID()}`;
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const keySet = createLocalJWKSet({ keys: [publicJwk] });

  const claimsFor = (opts: MintOptions): JWTPayload => {
    const role = opts.role ?? 'moderator';
    const sub = opts.sub ?? `local-${role}`;
    const groups = groupsForRole(role);
    const iat = nowSeconds();
    const common: JWTPayload = {
      sub,
      iss: issuer,
      iat,
      auth_time: iat,
      exp: iat + (opts.ttlSeconds ?? 3600),
      jti: randomUUID(),
      ...(groups.length > 0 ? { 'cognito:groups': groups } : {}),
    };
    const shaped: JWTPayload =
      opts.tokenUse === 'access'
        ? {
            ...common,
            client_id: audience,
            token_use: 'access',
            scope: 'aws.cognito.signin.user.admin',
            username: sub,
          }
        : {
            ...common,
            aud: audience,
            token_use: 'id',
            'cognito:username': sub,
            name: opts.name ?? DEFAULT_NAMES[role],
          };
    if (opts.tokenUse === 'access' && opts.name !== undefined) shaped.name = opts.name;
    return { ...shaped, ...opts.claims };
  };

  const sign = (
    payload: JWTPayload,
    key: CryptoKey | Uint8Array = privateKey,
    header: Record<string, unknown> = {},
  ) => new SignJWT(payload).setProtectedHeader({ alg, kid, typ: 'JWT', ...header }).sign(key);

  const unsigned = (payload: JWTPayload): string => {
    const encode = (value: unknown): string => base64url.encode(JSON.stringify(value));
    return `${encode({ alg: 'none', kid, typ: 'JWT' })}.${encode(payload)}.`;
  };

  const mintBad = async (kind: BadTokenKind, opts: MintOptions = {}): Promise<string> => {
    const claims = claimsFor(opts);
    const past = nowSeconds() - 3600;
    switch (kind) {
      case 'expired':
        return sign({ ...claims, iat: past - 60, auth_time: past - 60, exp: past });
      case 'not-yet-valid':
        return sign({ ...claims, nbf: nowSeconds() + 3600 });
      case 'no-exp': {
        const { exp: _exp, ...withoutExp } = claims;
        return sign(withoutExp);
      }
      case 'wrong-issuer':
        return sign({ ...claims, iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_SomeoneElse' });
      case 'wrong-audience': {
        const { client_id: _clientId, ...rest } = claims;
        return sign({ ...rest, aud: 'some-other-client' });
      }
      case 'alg-none':
        return unsigned(claims);
      case 'hs256-public-key':
        // The classic algorithm-confusion attack: HMAC "signed" with the (public!) verification key.
        return sign(claims, new TextEncoder().encode(await exportSPKI(publicKey)), { alg: 'HS256' });
      case 'unknown-kid':
        return sign(claims, privateKey, { kid: 'not-a-key-of-this-issuer' });
      case 'no-kid':
        return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(privateKey);
      case 'wrong-key': {
        const other = await generateKeyPair(alg);
        return sign(claims, other.privateKey);
      }
      case 'tampered': {
        const [header, , signature] = (await sign(claims)).split('.');
        const forged = base64url.encode(
          JSON.stringify({ ...claims, 'cognito:groups': ['admins', 'moderators'], sub: 'mallory' }),
        );
        return `${header}.${forged}.${signature}`;
      }
      case 'malformed':
        return 'this-is-not-a-jwt';
    }
  };

  const verify = async (token: string): Promise<JWTPayload> => {
    // The authorizer picks the key by `kid`; a token without one cannot be matched to a key.
    if (typeof decodeProtectedHeader(token).kid !== 'string') throw new Error('The token has no kid');
    const { payload } = await jwtVerify(token, keySet, {
      issuer,
      algorithms: [alg],
      requiredClaims: ['exp'],
    });
    // API Gateway accepts the audience in `aud` (ID tokens) or `client_id` (Cognito access tokens).
    const auds = payload.aud === undefined ? [] : Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!auds.includes(audience) && payload.client_id !== audience)
      throw new Error('The token is for another audience');
    return payload;
  };

  return {
    issuer,
    audience,
    alg,
    kid,
    jwks: () => ({ keys: [publicJwk] }),
    mint: (opts = {}) => sign(claimsFor(opts)),
    mintBad,
    verify,
  };
}

/** Formats one claim value the way the HTTP API authorizer hands it to Lambda: always a string. */
function claimToString(value: unknown): string {
  if (typeof value === 'string') return value;
  // Arrays arrive as `[a b c]`, e.g. cognito:groups ['moderators'] → "[moderators]".
  if (Array.isArray(value)) return `[${value.map(claimToString).join(' ')}]`;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The verified payload as `requestContext.authorizer.jwt.claims` (every value a string). */
export const toAuthorizerClaims = (payload: JWTPayload): Record<string, string> =>
  Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, claimToString(value)]));

/** The token's scopes (`scope` or `scp`), or null when it has none, as the authorizer reports them. */
export function toAuthorizerScopes(payload: JWTPayload): string[] | null {
  const raw = payload.scope ?? payload.scp;
  const scopes = typeof raw === 'string' ? raw.split(' ') : Array.isArray(raw) ? raw.map(String) : [];
  const nonEmpty = scopes.filter((s) => s.length > 0);
  return nonEmpty.length > 0 ? nonEmpty : null;
}

/** The token from an Authorization header value (`Bearer <jwt>` or a bare `<jwt>`), or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const token = header
    ?.trim()
    .replace(/^Bearer\s+/i, '')
    .trim();
  return token ? token : undefined;
}
