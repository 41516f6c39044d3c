/**
 * The local API Gateway: a node:http server on loopback that serves the shared route table, turns each
 * request into an HTTP API payload 2.0 event, runs the JWT authorizer for moderator routes, invokes the
 * handler with a fresh Lambda-like context, and writes the result back as API Gateway would.
 *
 * Local-only extras (never part of the AWS build):
 *   POST /__local/token                              mint a token for the local issuer (loopback callers
 *                                                    with the per-start key, see token-key.ts: the
 *                                                    console page gets it from its link)
 *   GET  /__local/health                             readiness probe
 *   GET  /local-issuer/.well-known/jwks.json         the issuer's public keys
 *   GET  /local-issuer/.well-known/openid-configuration
 *   OPTIONS on any other path                        permissive CORS preflight for local web pages
 *   GET  /, /embed.js, /count.js, /console/…         the web assets, when the stack serves them
 *                                                    (static-site.ts)
 *
 * Every request must name the gateway in its Host header, and `/__local/*` takes no cross-origin
 * requests at all (local-guard.ts): a web page the developer visits cannot mint an admin token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayEventRequestContextJWTAuthorizer } from 'aws-lambda';
import { errorResponse } from '../functions/lib/errors';
import { ValidationError } from '../shared/errors';
import { routeKey, routes as defaultRoutes, type RouteDefinition } from '../functions/routes';
import { DEFAULT_LOCAL_REGION } from './aws';
import { addCorsHeaders, MAX_BODY_BYTES, preflight, readBody, refusal, write } from './gateway-io';
import { handleDevRoute, ISSUER_PATH } from './gateway-local-routes';
import {
  createHandlerLoader,
  type HandlerLoader,
  type HttpApiEvent,
  type HttpHandler,
} from './handler-loader';
import {
  buildHttpApiEvent,
  gatewayError,
  newRequestId,
  resultToResponse,
  splitUrl,
  type HttpResponse,
} from './http-api';
import {
  bearerToken,
  createLocalIssuer,
  toAuthorizerClaims,
  toAuthorizerScopes,
  type LocalIssuer,
  type LocalJwtAlg,
} from './jwt';
import { createLambdaContext, withTimeout } from './lambda-context';
import { consoleLogger, type Logger } from './log';
import { allowedAuthorities, isAllowedHost } from './local-guard';
import { normalizeAddress } from './net';
import { createRouter } from './router';
import type { StaticSite } from './static-site';
import { newTokenKey } from './token-key';

export { MAX_BODY_BYTES } from './gateway-io';

const CLOSE_GRACE_MS = 2_000;
/**
 * How long an idle keep-alive connection stays open. Node's default (5 s, closed at 6 s with Node 24's
 * 1 s buffer) is shorter than clients keep idle sockets (a Node `http.Agent` without `timeout` keeps
 * them until the server closes them), so a client could write a request into a connection the gateway
 * was closing at that instant: ECONNRESET, "socket hang up". API Gateway keeps idle connections far
 * longer; clients that honour the `Keep-Alive: timeout=65` hint (fetch/undici) close theirs first.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Kept above the keep-alive timeout, the usual pairing when keep-alive is long. */
export const HEADERS_TIMEOUT_MS = KEEP_ALIVE_TIMEOUT_MS + 1_000;
const API_ID = 'local';
const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ACCOUNT_ID = '000000000000';

export interface GatewayOptions {
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Keep it on loopback: the token route hands out moderator tokens. */
  host?: string;
  /** The key `POST /__local/token` requires (header `x-parley-local-key`); default: random per start. */
  tokenKey?: string;
  /** Default: the shared route table from functions/routes.ts. */
  routes?: readonly RouteDefinition[];
  /** Default: imports functions/<handler>.ts lazily. Tests inject fakes here. */
  loadHandler?: HandlerLoader<HttpHandler>;
  /** The authorizer's audience (the app client id). Default `parley-local-console`. */
  audience?: string;
  /** Default ES256. */
  jwtAlg?: LocalJwtAlg;
  /** Lambda timeout for HTTP handlers; default 29 s (API Gateway's integration limit is 30 s). */
  functionTimeoutMs?: number;
  /** Default 10 MiB, as API Gateway. */
  maxBodyBytes?: number;
  region?: string;
  logger?: Logger;
  /** Web assets served beside the API (demo page, widget, console); default none. */
  site?: StaticSite;
  /**
   * Called after a route's handler has answered a request that may have written (any method but GET,
   * HEAD and OPTIONS, answered 2xx); the local stack wakes the stream poller with it.
   */
  afterWrite?: () => void;
}

export interface Gateway {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly issuer: LocalIssuer;
  /** The key `POST /__local/token` requires in its `x-parley-local-key` header. */
  readonly tokenKey: string;
  /** Stops accepting, lets in-flight requests finish (briefly), then closes every connection. */
  close(): Promise<void>;
}

/** Thrown when the port is taken; the message is one line, fit to print as it is. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    host: string,
  ) {
    super(
      `Port ${port} on ${host} is already in use: stop whatever is using it or pass --port <another port>.`,
    );
    this.name = 'PortInUseError';
  }
}

/** Starts the gateway and resolves once it listens. */
export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? consoleLogger;
  const region = options.region ?? DEFAULT_LOCAL_REGION;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const functionTimeoutMs = options.functionTimeoutMs ?? 29_000;
  const router = createRouter(options.routes ?? defaultRoutes);
  const loadHandler = options.loadHandler ?? createHandlerLoader<HttpHandler>();
  const tokenKey = options.tokenKey ?? newTokenKey();

  // The issuer URL contains the port, known only after listen; requests wait for it (microseconds).
  // The Host allow-list too: it is set before the issuer is resolved.
  let authorities: ReadonlySet<string> = new Set();
  let issuer: LocalIssuer | undefined;
  let resolveIssuer!: (value: LocalIssuer) => void;
  const issuerReady = new Promise<LocalIssuer>((resolve) => (resolveIssuer = resolve));

  let inFlight = 0;

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<HttpResponse> {
    const iss = issuer ?? (await issuerReady);
    const url = req.url ?? '/';
    const { rawPath } = splitUrl(url);
    // DNS rebinding: a page on another name re-pointed at 127.0.0.1 still sends its own name as Host.
    if (!isAllowedHost(req.headers.host, authorities)) {
      return refusal(
        403,
        'host_not_allowed',
        `This local gateway answers only requests addressed to ${[...authorities].join(', ')}.`,
      );
    }

    const dev = await handleDevRoute(req, rawPath, iss, authorities, tokenKey);
    if (dev) return dev;
    const asset = options.site?.serve(req.method ?? 'GET', rawPath);
    if (asset) return asset;
    if (req.method === 'OPTIONS') return preflight(req);

    const match = router.match(req.method ?? 'GET', rawPath);
    if (match.kind === 'not_found') return gatewayError(404, 'Not Found');
    if (match.kind === 'bad_request') return gatewayError(400, 'Bad Request');

    const read = await readBody(req, maxBodyBytes);
    if (read.kind === 'too_large') {
      const response = gatewayError(413, 'Request Entity Too Large');
      if (read.drained) return response;
      // Unread body: close the connection rather than leave garbage in a keep-alive stream.
      res.once('finish', () => req.socket.destroy());
      return { ...response, closeConnection: true };
    }

    const { route } = match;
    let authorizer: APIGatewayEventRequestContextJWTAuthorizer | undefined;
    if (route.auth !== 'public') {
      try {
        const token = bearerToken(req.headers.authorization);
        if (token === undefined) throw new Error('no token');
        const payload = await iss.verify(token);
        authorizer = { jwt: { claims: toAuthorizerClaims(payload), scopes: toAuthorizerScopes(payload) } };
      } catch {
        return gatewayError(401, 'Unauthorized'); // the authorizer's only answer, whatever went wrong
      }
    }

    let event: HttpApiEvent;
    try {
      event = buildHttpApiEvent(
        {
          method: req.method ?? 'GET',
          url,
          httpVersion: req.httpVersion,
          rawHeaders: req.rawHeaders,
          body: read.body,
          sourceIp: normalizeAddress(req.socket.remoteAddress),
          localPort: req.socket.localPort ?? 0,
        },
        {
          routeKey: routeKey(route),
          pathParameters: match.pathParameters,
          requestId,
          ...(authorizer ? { authorizer } : {}),
          apiId: API_ID,
          accountId: ACCOUNT_ID,
          now: new Date(),
        },
      );
    } catch (error) {
      // The handlers' own 400 for a body that is not UTF-8 (`strictUtf8`): one answer, whichever side found it.
      if (!(error instanceof ValidationError)) throw error;
      return resultToResponse(errorResponse(error));
    }

    try {
      const handler = await loadHandler(route.handler);
      const context = createLambdaContext({
        functionName: `parley-local-${route.handler}`,
        timeoutMs: functionTimeoutMs,
        region,
      });
      const result = await withTimeout(functionTimeoutMs, () => handler(event, context));
      const response = resultToResponse(result);
      // Only a write that was done: a flood of refused posts (429) must not set the poller spinning.
      if (response.statusCode < 300 && !READ_ONLY_METHODS.has(event.requestContext.http.method))
        options.afterWrite?.();
      return response;
    } catch (error) {
      logger.error(`${routeKey(route)} (${route.handler}) failed; answering 500`, error);
      return gatewayError(500, 'Internal Server Error');
    }
  }

  const server: Server = createServer(
    { keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS },
    (req, res) => {
      const requestId = newRequestId();
      const started = performance.now();
      inFlight++;
      void handle(req, res, requestId)
        .catch((error: unknown) => {
          // A client that hung up before its request was read has nobody to answer: not a server error.
          if (req.destroyed) return null;
          logger.error(`Gateway error on ${req.method} ${req.url}`, error);
          return gatewayError(500, 'Internal Server Error');
        })
        .then((response) => {
          const ms = (performance.now() - started).toFixed(0);
          const line = `${req.method} ${splitUrl(req.url ?? '/').rawPath}`;
          if (response === null) {
            logger.info(`${line} → client closed the connection (${ms} ms)`);
            return;
          }
          addCorsHeaders(req, response);
          write(res, response, requestId);
          logger.info(`${line} → ${response.statusCode} (${ms} ms)`);
        })
        .finally(() => inFlight--);
    },
  );
  // A client that sends garbage must not take the server down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  const jwtOptions = { audience: options.audience, alg: options.jwtAlg };
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port ?? 3000, host) : error),
    );
    server.listen(options.port ?? 3000, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  authorities = allowedAuthorities(host, port);
  try {
    issuer = await createLocalIssuer({
      issuer: `${url}${ISSUER_PATH}`,
      ...(jwtOptions.audience !== undefined ? { audience: jwtOptions.audience } : {}),
      ...(jwtOptions.alg !== undefined ? { alg: jwtOptions.alg } : {}),
    });
  } catch (error) {
    server.close();
    throw error;
  }
  resolveIssuer(issuer);
  const readyIssuer = issuer;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    issuer: readyIssuer,
    tokenKey,
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = Date.now() + CLOSE_GRACE_MS;
        while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        server.closeAllConnections();
        await closed;
      })()),
  };
}
