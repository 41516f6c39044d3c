/**
 * What keeps a web page the developer happens to visit from using the local stack (issue 11, T7).
 *
 * - **Host**: the gateway listens on loopback only, so every legitimate request names it as
 *   `127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT` or the address it was bound to. A page that
 *   re-binds its own DNS name to 127.0.0.1 (DNS rebinding) still sends its own name (`evil.example:PORT`)
 *   and is refused, on every route.
 * - **Origin** on the local admin surface (`/__local/*`): absent (curl, `npm run token`, Node's fetch)
 *   or exactly an origin of this same stack (`http://127.0.0.1:PORT`, …). Browsers send Origin on every
 *   cross-origin request and on every POST, so a foreign page is refused even where CORS would not stop
 *   the request from being sent (a "simple" form-like POST).
 * - No CORS on `/__local/*`: no Access-Control-* headers, preflights refused.
 * - The token route always wants the per-start key, the console page too: `npm start` prints the
 *   console's link with the key in its fragment (never sent to a server), and the page sends it. Headers
 *   a browser sets (`Origin`, `Sec-Fetch-Site`) cannot tell the console from another OS user's process,
 *   which can send any header it likes; only the key file (mode 0600) is the developer's alone.
 */

/** The local admin surface: the token route, the health probe, anything added under `/__local/`. */
export const isLocalSurface = (rawPath: string): boolean =>
  rawPath === '/__local' || rawPath.startsWith('/__local/');

/** `host` as it appears in a Host header: IPv6 literals in brackets, names lower-cased. */
const hostForm = (host: string): string => (host.includes(':') ? `[${host}]` : host).toLowerCase();

/**
 * The authorities (`host:port`) a request to this gateway may name. Port 80 also allows the bare host,
 * since clients omit the default port.
 */
export function allowedAuthorities(boundHost: string, port: number): ReadonlySet<string> {
  const authorities = new Set<string>();
  for (const host of ['127.0.0.1', 'localhost', '[::1]', hostForm(boundHost)]) {
    authorities.add(`${host}:${port}`);
    if (port === 80) authorities.add(host);
  }
  return authorities;
}

/** True when the Host header names this gateway (host names compare case-insensitively). */
export const isAllowedHost = (host: string | undefined, authorities: ReadonlySet<string>): boolean =>
  host !== undefined && authorities.has(host.toLowerCase());

/** True when there is no Origin, or it is exactly `http://<an allowed authority>`. */
export function isAllowedOrigin(origin: string | undefined, authorities: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  return origin.startsWith('http://') && authorities.has(origin.slice('http://'.length));
}
