/**
 * The console's runtime configuration, loaded from `/console/config.json` beside the page: the local
 * stack serves the `local` variant, the AWS web hosting writes the `cognito` one. Parsed by hand rather
 * than with zod to keep the console bundle small; the shape is agreed with the hosting construct.
 */

export interface CognitoAuthConfig {
  kind: 'cognito';
  /** Hosted UI base, e.g. https://parley-news.auth.eu-west-1.amazoncognito.com */
  domain: string;
  clientId: string;
  /** Where Cognito returns with ?code=…; the console URL itself. */
  redirectUri: string;
  /** Where the hosted UI's /logout sends the browser back. */
  logoutUri: string;
  scopes: string[];
}

export interface ConsoleConfig {
  /** Base URL of the Parley API, no trailing slash; '' means the console's own origin (local stack). */
  apiUrl: string;
  auth: { kind: 'local' } | CognitoAuthConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function httpsUrl(value: unknown, field: string, allowHttpLoopback = false): string {
  if (typeof value !== 'string') throw new ConfigError(`${field} must be a URL`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${field} must be a URL`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(allowHttpLoopback && url.protocol === 'http:' && loopback)) {
    throw new ConfigError(`${field} must be an https URL`);
  }
  return value;
}

/** Validates the JSON of config.json; throws ConfigError naming the first bad field. */
export function parseConsoleConfig(raw: unknown): ConsoleConfig {
  if (!isObject(raw)) throw new ConfigError('config must be an object');
  const apiUrl = raw.apiUrl === '' ? '' : httpsUrl(raw.apiUrl, 'apiUrl', true).replace(/\/+$/, '');
  const auth = raw.auth;
  if (!isObject(auth)) throw new ConfigError('auth must be an object');
  if (auth.kind === 'local') return { apiUrl, auth: { kind: 'local' } };
  if (auth.kind !== 'cognito') throw new ConfigError('auth.kind must be "local" or "cognito"');
  if (typeof auth.clientId !== 'string' || auth.clientId === '') {
    throw new ConfigError('auth.clientId must be a non-empty string');
  }
  const scopes = auth.scopes;
  if (!Array.isArray(scopes) || !scopes.every((s): s is string => typeof s === 'string' && /^\S+$/.test(s))) {
    throw new ConfigError('auth.scopes must be a list of scope names');
  }
  return {
    apiUrl,
    auth: {
      kind: 'cognito',
      domain: httpsUrl(auth.domain, 'auth.domain').replace(/\/+$/, ''),
      clientId: auth.clientId,
      redirectUri: httpsUrl(auth.redirectUri, 'auth.redirectUri', true),
      logoutUri: httpsUrl(auth.logoutUri, 'auth.logoutUri', true),
      scopes,
    },
  };
}
