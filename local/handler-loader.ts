/**
 * Loads handlers from `functions/<name>.ts` lazily and once. Handlers read their configuration from
 * process.env at module scope, so they must be imported only after the runtime has set it — never at
 * the top of a local runtime module.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type {
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayEventRequestContextV2,
  APIGatewayProxyEventV2WithRequestContext,
  Context,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import type { Deps } from '../shared/app/deps';

/** The HTTP API payload 2.0 event; `authorizer` is present only on routes behind the JWT authorizer. */
export type HttpApiEvent = APIGatewayProxyEventV2WithRequestContext<
  APIGatewayEventRequestContextV2 & { authorizer?: APIGatewayEventRequestContextJWTAuthorizer }
>;

/** What the gateway calls: the result is checked at run time, as API Gateway does. */
export type HttpHandler = (event: HttpApiEvent, context: Context) => Promise<unknown>;

/** What the stream poller calls: ideally returns `{ batchItemFailures }`. */
export type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<unknown>;

export type HandlerLoader<T> = (name: string) => Promise<T>;

/** The repo's `functions/` folder. */
export const FUNCTIONS_DIR = fileURLToPath(new URL('../functions/', import.meta.url));

/**
 * Returns a loader that imports `<functionsDir>/<name>.ts` on first use and caches its `handler`. With
 * `deps`, it caches `makeHandler(deps)` instead: the module's handler built on those dependencies rather
 * than on the ones `handler` makes from process.env once per process (see `ownDependencies` in stack.ts).
 */
export function createHandlerLoader<T extends (...args: never[]) => unknown>(
  functionsDir: string = FUNCTIONS_DIR,
  deps?: () => Deps,
): HandlerLoader<T> {
  const cache = new Map<string, Promise<T>>();
  return (name) => {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return Promise.reject(new Error(`Invalid handler name: ${name}`));
    let loading = cache.get(name);
    if (loading === undefined) {
      loading = import(pathToFileURL(join(functionsDir, `${name}.ts`)).href).then(
        (mod: { handler?: unknown; makeHandler?: unknown }) => {
          if (deps !== undefined) {
            if (typeof mod.makeHandler !== 'function')
              throw new Error(`functions/${name}.ts does not export a makeHandler function`);
            return (mod.makeHandler as (source: () => Deps) => T)(deps);
          }
          if (typeof mod.handler !== 'function')
            throw new Error(`functions/${name}.ts does not export a handler function`);
          return mod.handler as T;
        },
      );
      // Do not cache a failure: the next request retries (e.g. after fixing a syntax error).
      loading.catch(() => cache.delete(name));
      cache.set(name, loading);
    }
    return loading;
  };
}
