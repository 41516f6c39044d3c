/**
 * The types of the route table (functions/routes.ts, which re-exports them): what routing needs of a
 * route, and its whole contract. Types only, so no bundle carries anything of this module.
 */
import type * as z from '../shared/zod';
import type { ErrorCode } from '../shared/errors';
import type * as responses from '../shared/domain/responses';

export type RouteAuth = 'public' | 'moderator' | 'admin';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What routing needs (CDK, the local gateway, test fixtures). */
export interface RouteDefinition {
  readonly method: HttpMethod;
  /** API Gateway path template, e.g. `/articles/{articleId}/comments`. */
  readonly path: string;
  readonly handler: string;
  readonly auth: RouteAuth;
  /**
   * A GET that writes all the same. A public one (it counts against the author-action rate limit) is
   * granted the table access of the author's actions rather than a reader's; a moderator's (the author
   * export's audit fact) has write access already. Unset, a route writes iff it is not a GET.
   */
  readonly writes?: true;
  /** Reads the whole table with a Scan (no index serves it): the only routes granted `dynamodb:Scan`. */
  readonly scans?: true;
}

/** zod schemas for the parts of a request the wrapper validates before the handler runs. */
export interface RouteInput {
  readonly path?: z.ZodMiniType;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
}

/**
 * A response schema of shared/domain/responses.ts, by name: the table imports that module for its types
 * only, so a function's bundle does not build every route's response schemas at init (it never parses
 * its answers); the OpenAPI generator and the tests look the schema up by this name.
 */
export type ResponseSchemaName = {
  [K in keyof typeof responses]: (typeof responses)[K] extends z.ZodMiniType ? K : never;
}[keyof typeof responses];

/** A route with its whole contract. */
export interface RouteContract<I extends RouteInput = RouteInput> extends RouteDefinition {
  readonly input: I;
  /**
   * The success status and the name of its body's schema in shared/domain/responses.ts. `media`: the body
   * is JSON unless it says `ndjson` (JSON Lines, one `schema` value a line) or `json-or-csv` (JSON, or
   * the same numbers as CSV when the query asks `format=csv`). `headers`: response headers it may set.
   */
  readonly ok: {
    readonly status: number;
    readonly schema: ResponseSchemaName;
    readonly media?: 'ndjson' | 'json-or-csv';
    readonly headers?: Readonly<Record<string, string>>;
  };
  /**
   * The domain errors the use case can answer with. Those the wrapper itself may answer are added by
   * `errorCodesOf` in scripts/openapi.ts (parsing a query or body, the role check); CloudFront mode's
   * `forbidden` for a direct call is a deployment's, not a route's.
   */
  readonly errors: readonly ErrorCode[];
  /** Request headers the route reads, with what they mean (documentation). */
  readonly headers?: Readonly<Record<string, string>>;
}
