/**
 * The Content-Security-Policy of every Parley page (demo article, console), one source for the local
 * stack (local/static-site.ts) and the CDK hosting (infra/constructs/web-hosting.ts): no inline script or
 * style, no eval, nothing framed; connections to this origin plus `connectSources` (the API and the
 * sign-in domain when they live elsewhere).
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(' '),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
