/**
 * The console's sign-in logic against a fake fetch and an in-memory session store: PKCE (RFC 7636),
 * the hosted UI's authorize and logout URLs, the code exchange with its state check, refresh before
 * expiry, the local token route, and the stored session.
 */
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AuthError,
  REFRESH_MARGIN_MS,
  beginSignIn,
  completeSignIn,
  createPkcePair,
  identityOf,
  loadSession,
  localSignIn,
  takeLocalKey,
  logoutUrl,
  needsRefresh,
  refreshSession,
  saveSession,
  type AuthDeps,
  type KeyValueStore,
  type Session,
} from '../../../web/console/auth';
import { ConfigError, parseConsoleConfig, type CognitoAuthConfig } from '../../../web/console/config';

const cfg: CognitoAuthConfig = {
  kind: 'cognito',
  domain: 'https://parley-news.auth.eu-west-1.amazoncognito.com',
  clientId: 'client123',
  redirectUri: 'https://d111.cloudfront.net/console/',
  logoutUri: 'https://d111.cloudfront.net/console/',
  scopes: ['openid', 'email', 'profile'],
};

/** RFC 7636 appendix B: these 32 bytes give this verifier and this S256 challenge. */
const RFC_BYTES = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191,
  240, 91, 88, 5, 88, 83, 132, 141, 121,
];

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

function fakeDeps(answers: { status: number; body: unknown }[] = []) {
  const store = new Map<string, string>();
  const storage: KeyValueStore = {
    getItem: (k) => store.get(k) ?? null,
    setItem: (k, v) => void store.set(k, v),
    removeItem: (k) => void store.delete(k),
  };
  const calls: Call[] = [];
  let now = 1_700_000_000_000;
  const deps: AuthDeps = {
    storage,
    now: () => now,
    randomBytes: (n) => Uint8Array.from({ length: n }, (_, i) => RFC_BYTES[i % RFC_BYTES.length]!),
    sha256: (data) => webcrypto.subtle.digest('SHA-256', data),
    fetch: (url, init) => {
      calls.push({
        url,
        method: init?.method ?? 'GET',
        headers: (init?.headers ?? {}) as Record<string, string>,
        body: typeof init?.body === 'string' ? init.body : '',
      });
      const answer = answers.shift();
      if (!answer) return Promise.reject(new TypeError('network down'));
      return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
    },
  };
  return { deps, calls, store, advance: (ms: number) => (now += ms) };
}

/** A JWT-shaped token with these claims (unsigned: the console only reads it for display). */
const tokenWith = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('PKCE and the hosted UI', () => {
  it('makes the RFC 7636 verifier and S256 challenge', async () => {
    const { deps } = fakeDeps();
    expect(await createPkcePair(deps)).toEqual({
      verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
      challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
  });

  it('sends the browser to /oauth2/authorize with code, S256 challenge, state and scopes', async () => {
    const { deps, store } = fakeDeps();
    const url = new URL(await beginSignIn(cfg, deps));
    expect(url.origin + url.pathname).toBe(`${cfg.domain}/oauth2/authorize`);
    const p = url.searchParams;
    expect(Object.fromEntries(p)).toMatchObject({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: cfg.redirectUri,
      scope: 'openid email profile',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    expect(p.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const pending = JSON.parse(store.get('parley.console.pkce')!);
    expect(pending).toEqual({
      verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
      state: p.get('state'),
    });
  });

  it('exchanges the code with the verifier and stores the session (once)', async () => {
    const idToken = tokenWith({ sub: 'u1', name: 'Mia', 'cognito:groups': ['moderators'] });
    const { deps, calls, store } = fakeDeps([
      { status: 200, body: { id_token: idToken, access_token: 'at', refresh_token: 'rt', expires_in: 3600 } },
    ]);
    const state = new URL(await beginSignIn(cfg, deps)).searchParams.get('state')!;
    const session = await completeSignIn(cfg, new URLSearchParams({ code: 'abc', state }), deps);
    expect(session).toEqual({
      idToken,
      refreshToken: 'rt',
      expiresAt: deps.now() + 3_600_000,
      source: 'cognito',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${cfg.domain}/oauth2/token`);
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(calls[0]!.body))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client123',
      code: 'abc',
      redirect_uri: cfg.redirectUri,
      code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    });
    expect(store.has('parley.console.pkce')).toBe(false);
    expect(loadSession(deps.storage)).toEqual(session);
    // The verifier is single-use: replaying the same return URL fails without a request.
    await expect(completeSignIn(cfg, new URLSearchParams({ code: 'abc', state }), deps)).rejects.toThrow(
      AuthError,
    );
    expect(calls).toHaveLength(1);
  });

  it('refuses a return whose state does not match, without calling the token endpoint', async () => {
    const { deps, calls } = fakeDeps([{ status: 200, body: { id_token: 'x' } }]);
    await beginSignIn(cfg, deps);
    await expect(
      completeSignIn(cfg, new URLSearchParams({ code: 'abc', state: 'forged' }), deps),
    ).rejects.toThrow(/stale or was not started here/);
    expect(calls).toEqual([]);
  });

  it('reports an error return and a refused exchange as AuthError', async () => {
    const { deps } = fakeDeps([{ status: 400, body: { error: 'invalid_grant' } }]);
    await beginSignIn(cfg, deps);
    await expect(
      completeSignIn(cfg, new URLSearchParams({ error: 'access_denied', error_description: 'no' }), deps),
    ).rejects.toThrow('Sign-in failed: no.');
    const state = new URL(await beginSignIn(cfg, deps)).searchParams.get('state')!;
    await expect(completeSignIn(cfg, new URLSearchParams({ code: 'c', state }), deps)).rejects.toThrow(
      /refused the request \(invalid_grant\)/,
    );
  });

  it('signs out through /logout with the client id and logout URI', () => {
    const url = new URL(logoutUrl(cfg));
    expect(url.origin + url.pathname).toBe(`${cfg.domain}/logout`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client123',
      logout_uri: cfg.logoutUri,
    });
  });
});

describe('refresh before expiry', () => {
  const session: Session = { idToken: 'old', refreshToken: 'rt', expiresAt: 0, source: 'cognito' };

  it('needs a refresh within the margin before expiry, not before', () => {
    const now = 1_000_000;
    expect(needsRefresh({ ...session, expiresAt: now + REFRESH_MARGIN_MS + 1 }, now)).toBe(false);
    expect(needsRefresh({ ...session, expiresAt: now + REFRESH_MARGIN_MS }, now)).toBe(true);
    expect(needsRefresh({ ...session, expiresAt: now - 1 }, now)).toBe(true);
  });

  it('uses the refresh_token grant and keeps the refresh token Cognito does not rotate', async () => {
    const { deps, calls } = fakeDeps([{ status: 200, body: { id_token: 'new', expires_in: 1800 } }]);
    const next = await refreshSession(cfg, session, deps);
    expect(next).toEqual({
      idToken: 'new',
      refreshToken: 'rt',
      expiresAt: deps.now() + 1_800_000,
      source: 'cognito',
    });
    expect(Object.fromEntries(new URLSearchParams(calls[0]!.body))).toEqual({
      grant_type: 'refresh_token',
      client_id: 'client123',
      refresh_token: 'rt',
    });
    expect(loadSession(deps.storage)).toEqual(next);
  });

  it('fails cleanly without a refresh token or when the network is down', async () => {
    const { deps } = fakeDeps();
    await expect(refreshSession(cfg, { ...session, refreshToken: undefined } as never, deps)).rejects.toThrow(
      /sign in again/,
    );
    const { refreshToken: _r, ...withoutRefresh } = session;
    await expect(refreshSession(cfg, withoutRefresh, deps)).rejects.toThrow(AuthError);
    await expect(refreshSession(cfg, session, deps)).rejects.toThrow('Could not reach the sign-in service.');
  });
});

describe('the local stack and the stored session', () => {
  it('asks the token route for the chosen role, with the per-start key', async () => {
    const { deps, calls } = fakeDeps([{ status: 200, body: { token: 'tok', expiresIn: 600 } }]);
    const session = await localSignIn('', 'admin', ' key-from-the-link ', deps);
    expect(session).toEqual({ idToken: 'tok', expiresAt: deps.now() + 600_000, source: 'local' });
    expect(calls[0]).toMatchObject({
      url: '/__local/token',
      method: 'POST',
      headers: { 'x-parley-local-key': 'key-from-the-link' },
    });
    expect(JSON.parse(calls[0]!.body)).toMatchObject({ role: 'admin' });
  });

  it('says why the local stack refused; a wrong key is forgotten and explained', async () => {
    const { deps, store } = fakeDeps([
      { status: 403, body: { error: { code: 'x', message: 'Not from here.' } } },
      { status: 403, body: { error: { code: 'local_key_required', message: 'needs the key' } } },
    ]);
    await expect(localSignIn('', 'moderator', 'k', deps)).rejects.toThrow(
      'The local stack gave no token: Not from here.',
    );
    store.set('parley.localKey', 'stale-key');
    await expect(localSignIn('', 'moderator', 'stale-key', deps)).rejects.toThrow(/not this stack’s key/);
    expect(store.has('parley.localKey')).toBe(false);
  });

  it('takes the key from the link once, off the address bar, and keeps it for the tab', () => {
    const { deps } = fakeDeps();
    const replaced: string[] = [];
    const history = {
      replaceState: (_: unknown, __: string, url?: string | URL | null) => void replaced.push(String(url)),
    };
    const key = 'AbC_-0123456789xyzAbC_-0123456789xyzAbC_-0';
    const link = { hash: `#local-key=${key}`, pathname: '/console/', search: '?refresh=2' };
    expect(takeLocalKey(link, history, deps.storage)).toBe(key);
    expect(replaced).toEqual(['/console/?refresh=2']);
    // A reload: no fragment any more, the kept key.
    expect(takeLocalKey({ ...link, hash: '' }, history, deps.storage)).toBe(key);
    expect(replaced).toHaveLength(1);
    // Not a key: nothing taken, the address left alone.
    const { deps: fresh } = fakeDeps();
    expect(takeLocalKey({ ...link, hash: '#local-key=<script>' }, history, fresh.storage)).toBeNull();
    expect(replaced).toHaveLength(1);
  });

  it('reads back only well-formed sessions', () => {
    const { deps, store } = fakeDeps();
    expect(loadSession(deps.storage)).toBeNull();
    store.set('parley.console.session', '{not json');
    expect(loadSession(deps.storage)).toBeNull();
    store.set('parley.console.session', JSON.stringify({ idToken: 1, expiresAt: 2, source: 'local' }));
    expect(loadSession(deps.storage)).toBeNull();
    const good: Session = { idToken: 't', expiresAt: 5, source: 'local' };
    saveSession(deps.storage, good);
    expect(loadSession(deps.storage)).toEqual(good);
  });

  it('reads name and groups from the token for display', () => {
    expect(
      identityOf(tokenWith({ sub: 's', name: 'Ada', 'cognito:groups': ['admins', 'moderators'] })),
    ).toEqual({
      sub: 's',
      name: 'Ada',
      groups: ['admins', 'moderators'],
      isAdmin: true,
    });
    expect(identityOf(tokenWith({ sub: 's', email: 'm@example.org' }))).toMatchObject({
      name: 'm@example.org',
      isAdmin: false,
    });
    expect(identityOf('garbage')).toMatchObject({ sub: '', groups: [], isAdmin: false });
  });
});

describe('config.json', () => {
  it('accepts the local and the cognito variants', () => {
    expect(parseConsoleConfig({ apiUrl: '', auth: { kind: 'local' } })).toEqual({
      apiUrl: '',
      auth: { kind: 'local' },
    });
    expect(
      parseConsoleConfig({ apiUrl: 'https://api.example.org/', auth: { ...cfg, domain: `${cfg.domain}/` } }),
    ).toEqual({ apiUrl: 'https://api.example.org', auth: cfg });
  });

  it('refuses a plain-http hosted UI, a missing client id and unknown kinds', () => {
    expect(() =>
      parseConsoleConfig({ apiUrl: '', auth: { ...cfg, domain: 'http://auth.example.org' } }),
    ).toThrow(ConfigError);
    expect(() => parseConsoleConfig({ apiUrl: '', auth: { ...cfg, clientId: '' } })).toThrow(/clientId/);
    expect(() => parseConsoleConfig({ apiUrl: '', auth: { kind: 'magic' } })).toThrow(/auth.kind/);
    expect(() => parseConsoleConfig({ apiUrl: 'ftp://x', auth: { kind: 'local' } })).toThrow(/apiUrl/);
    expect(() => parseConsoleConfig(null)).toThrow(ConfigError);
  });
});
