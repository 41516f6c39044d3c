/**
 * Moderator sign-in, kept free of the DOM so it can be tested against a fake fetch: the Cognito hosted
 * UI with authorization code + PKCE (S256), refresh before expiry, sign-out through `/logout`; and
 * locally the stack's token route. Sessions live in sessionStorage: a moderator token should not
 * outlive the tab, and other tabs' scripts on the origin cannot read it from another tab's session.
 */
import { LOCAL_KEY } from '../../shared/runtime-contract';
import type { CognitoAuthConfig } from './config';

export interface Session {
  /** Sent as the bearer token: the ID token carries `aud` = client id and the `cognito:groups` claim. */
  idToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  source: 'local' | 'cognito';
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface AuthDeps {
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  storage: KeyValueStore;
  now: () => number;
  randomBytes: (length: number) => Uint8Array;
  sha256: (data: Uint8Array) => Promise<ArrayBuffer>;
}

export class AuthError extends Error {
  override readonly name = 'AuthError';
}

const SESSION_KEY = 'parley.console.session';
const PKCE_KEY = 'parley.console.pkce';
/** Refresh this long before the token expires, so a request never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 2 * 60_000;

/** The browser's implementations of the dependencies. */
export const browserAuthDeps = (): AuthDeps => ({
  fetch: (input, init) => fetch(input, init),
  storage: sessionStorage,
  now: () => Date.now(),
  randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  sha256: (data) => crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>),
});

export function base64url(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const b of view) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** RFC 7636: a 43-character verifier from 32 random bytes, and its S256 challenge. */
export async function createPkcePair(deps: AuthDeps): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(deps.randomBytes(32));
  const challenge = base64url(await deps.sha256(new TextEncoder().encode(verifier)));
  return { verifier, challenge };
}

/** Remembers verifier and state for the return trip and gives the hosted UI's authorize URL. */
export async function beginSignIn(cfg: CognitoAuthConfig, deps: AuthDeps): Promise<string> {
  const { verifier, challenge } = await createPkcePair(deps);
  const state = base64url(deps.randomBytes(16));
  deps.storage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: cfg.clientId,
    redirect_uri: cfg.redirectUri,
    scope: cfg.scopes.join(' '),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${cfg.domain}/oauth2/authorize?${params.toString()}`;
}

interface TokenAnswer {
  id_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
}

async function tokenRequest(cfg: CognitoAuthConfig, body: URLSearchParams, deps: AuthDeps) {
  let response: Response;
  try {
    response = await deps.fetch(`${cfg.domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  } catch {
    throw new AuthError('Could not reach the sign-in service.');
  }
  const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
  if (!response.ok || typeof answer.id_token !== 'string') {
    const code = typeof answer.error === 'string' ? answer.error : `HTTP ${response.status}`;
    throw new AuthError(`The sign-in service refused the request (${code}).`);
  }
  const expiresIn = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
  return {
    idToken: answer.id_token,
    refreshToken: typeof answer.refresh_token === 'string' ? answer.refresh_token : undefined,
    expiresAt: deps.now() + expiresIn * 1000,
  };
}

/** True when the URL is the hosted UI's return trip (`?code=` or `?error=`). */
export const isSignInReturn = (params: URLSearchParams): boolean => params.has('code') || params.has('error');

/** Exchanges the returned code for tokens, after checking the state against the one sent. */
export async function completeSignIn(
  cfg: CognitoAuthConfig,
  params: URLSearchParams,
  deps: AuthDeps,
): Promise<Session> {
  const stored = deps.storage.getItem(PKCE_KEY);
  deps.storage.removeItem(PKCE_KEY); // one use, whatever happens next
  const error = params.get('error');
  if (error) throw new AuthError(`Sign-in failed: ${params.get('error_description') ?? error}.`);
  const code = params.get('code');
  let pending: { verifier?: unknown; state?: unknown } = {};
  try {
    pending = stored ? (JSON.parse(stored) as typeof pending) : {};
  } catch {
    // treated as missing below
  }
  if (!code || typeof pending.verifier !== 'string' || pending.state !== params.get('state')) {
    throw new AuthError('This sign-in link is stale or was not started here; sign in again.');
  }
  const tokens = await tokenRequest(
    cfg,
    new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: cfg.clientId,
      code,
      redirect_uri: cfg.redirectUri,
      code_verifier: pending.verifier,
    }),
    deps,
  );
  const session: Session = {
    idToken: tokens.idToken,
    expiresAt: tokens.expiresAt,
    source: 'cognito',
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
  };
  saveSession(deps.storage, session);
  return session;
}

/** A new ID token from the refresh token; Cognito does not rotate the refresh token, so it is kept. */
export async function refreshSession(
  cfg: CognitoAuthConfig,
  session: Session,
  deps: AuthDeps,
): Promise<Session> {
  if (!session.refreshToken) throw new AuthError('The session has expired; sign in again.');
  const tokens = await tokenRequest(
    cfg,
    new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: cfg.clientId,
      refresh_token: session.refreshToken,
    }),
    deps,
  );
  const next: Session = {
    ...session,
    idToken: tokens.idToken,
    expiresAt: tokens.expiresAt,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
  };
  saveSession(deps.storage, next);
  return next;
}

export const needsRefresh = (session: Session, now: number): boolean =>
  session.expiresAt - now <= REFRESH_MARGIN_MS;

/** The hosted UI's sign-out URL; it ends the Cognito session and returns to `logoutUri`. */
export const logoutUrl = (cfg: CognitoAuthConfig): string =>
  `${cfg.domain}/logout?${new URLSearchParams({ client_id: cfg.clientId, logout_uri: cfg.logoutUri }).toString()}`;

const LOCAL_KEY_STORED = 'parley.localKey';
/** The key in the link `npm start` prints: `/console/#local-key=…`. */
const LOCAL_KEY_FRAGMENT = new RegExp(`(?:^#|&)${LOCAL_KEY.fragment}=([A-Za-z0-9_-]{16,128})(?=&|$)`);

/**
 * The local stack's per-start key, which its token route wants from every caller (local/local-guard.ts).
 * Taken from the link's fragment (which no request carries) once, then kept for the tab, and the
 * fragment is taken off the address bar and the history; null when the console has none yet.
 */
export function takeLocalKey(
  loc: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState'>,
  storage: KeyValueStore,
): string | null {
  const match = LOCAL_KEY_FRAGMENT.exec(loc.hash);
  if (match) {
    storage.setItem(LOCAL_KEY_STORED, match[1]!);
    history.replaceState(null, '', `${loc.pathname}${loc.search}`);
  }
  return storage.getItem(LOCAL_KEY_STORED);
}

/** The local stack's token route (local/gateway-local-routes.ts), with the per-start key. */
export async function localSignIn(
  apiUrl: string,
  role: 'moderator' | 'admin',
  key: string,
  deps: AuthDeps,
): Promise<Session> {
  let response: Response;
  try {
    response = await deps.fetch(`${apiUrl}/__local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [LOCAL_KEY.header]: key.trim() },
      body: JSON.stringify({ role, name: role === 'admin' ? 'Local admin' : 'Local moderator' }),
    });
  } catch {
    throw new AuthError('Could not reach the local stack.');
  }
  const answer = (await response.json().catch(() => ({}))) as {
    token?: unknown;
    expiresIn?: unknown;
    error?: { code?: unknown; message?: unknown };
  };
  if (answer.error?.code === 'local_key_required') {
    deps.storage.removeItem(LOCAL_KEY_STORED);
    throw new AuthError(
      'That is not this stack’s key: open the console from the link `npm start` printed, or paste the ' +
        'key from .data/token-key-<port>. A restarted stack has a new key.',
    );
  }
  deps.storage.setItem(LOCAL_KEY_STORED, key.trim());
  if (!response.ok || typeof answer.token !== 'string') {
    const why = typeof answer.error?.message === 'string' ? answer.error.message : `HTTP ${response.status}`;
    throw new AuthError(`The local stack gave no token: ${why}`);
  }
  const expiresIn = typeof answer.expiresIn === 'number' ? answer.expiresIn : 3600;
  const session: Session = {
    idToken: answer.token,
    expiresAt: deps.now() + expiresIn * 1000,
    source: 'local',
  };
  saveSession(deps.storage, session);
  return session;
}

export function saveSession(storage: KeyValueStore, session: Session): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: KeyValueStore): void {
  storage.removeItem(SESSION_KEY);
}

/** The stored session, or null when there is none or it is unreadable. */
export function loadSession(storage: KeyValueStore): Session | null {
  const raw = storage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.idToken !== 'string' || typeof s.expiresAt !== 'number') return null;
    if (s.source !== 'local' && s.source !== 'cognito') return null;
    return {
      idToken: s.idToken,
      expiresAt: s.expiresAt,
      source: s.source,
      ...(typeof s.refreshToken === 'string' ? { refreshToken: s.refreshToken } : {}),
    };
  } catch {
    return null;
  }
}

export interface Identity {
  sub: string;
  name: string;
  groups: string[];
  isAdmin: boolean;
}

/** Who the token names, for display and to show admin views; the API checks the token itself. */
export function identityOf(token: string): Identity {
  const part = token.split('.')[1] ?? '';
  let claims: Record<string, unknown> = {};
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    // an unreadable token names nobody; the API will refuse it
  }
  const rawGroups = claims['cognito:groups'];
  const groups = Array.isArray(rawGroups) ? rawGroups.filter((g): g is string => typeof g === 'string') : [];
  const name = [claims.name, claims['cognito:username'], claims.email, claims.sub].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return {
    sub: typeof claims.sub === 'string' ? claims.sub : '',
    name: name ?? 'moderator',
    groups,
    isAdmin: groups.includes('admins'),
  };
}
