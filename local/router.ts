/**
 * Matches requests against the route table the way HTTP API does: `{name}` matches one non-empty path
 * segment, `{name+}` the rest of the path; the most specific route wins (literal segments beat
 * parameters, parameters beat greedy ones); a path that exists only for other methods is a plain 404.
 */
import type { RouteDefinition } from '../functions/routes';

type Segment =
  { kind: 'literal'; value: string } | { kind: 'param'; name: string } | { kind: 'greedy'; name: string };

interface CompiledRoute {
  route: RouteDefinition;
  segments: Segment[];
}

export type RouteMatch =
  | { kind: 'matched'; route: RouteDefinition; pathParameters: Record<string, string> | undefined }
  | { kind: 'not_found' }
  /** A path segment is not valid percent-encoding, so it cannot be decoded into a path parameter. */
  | { kind: 'bad_request' };

export interface Router {
  match(method: string, rawPath: string): RouteMatch;
}

const RANK = { literal: 2, param: 1, greedy: 0 } as const;

function compile(route: RouteDefinition): CompiledRoute {
  const segments = route.path
    .split('/')
    .slice(1)
    .map((part): Segment => {
      const param = /^\{([A-Za-z0-9_]+)(\+?)\}$/.exec(part);
      if (param === null) return { kind: 'literal', value: part };
      return { kind: param[2] ? 'greedy' : 'param', name: param[1] ?? '' };
    });
  return { route, segments };
}

/** Compares two routes by specificity, most specific first. */
function bySpecificity(a: CompiledRoute, b: CompiledRoute): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const ra = a.segments[i] ? RANK[a.segments[i]!.kind] : -1;
    const rb = b.segments[i] ? RANK[b.segments[i]!.kind] : -1;
    if (ra !== rb) return rb - ra;
  }
  return 0;
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'greedy') {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.every((p) => p === '')) return undefined;
      params[segment.name] = rest.join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.kind === 'literal') {
      if (part !== segment.value) return undefined;
    } else {
      if (part === '') return undefined;
      params[segment.name] = part;
    }
  }
  return parts.length === segments.length ? params : undefined;
}

/** Builds a router over `routes` (compiled once, sorted by specificity). */
export function createRouter(routes: readonly RouteDefinition[]): Router {
  const compiled = routes.map(compile).sort(bySpecificity);
  return {
    match(method, rawPath) {
      let parts: string[];
      try {
        // Split before decoding, so an encoded `%2F` stays inside its parameter instead of adding a segment.
        parts = rawPath.split('/').slice(1).map(decodeURIComponent);
      } catch {
        return { kind: 'bad_request' };
      }
      for (const candidate of compiled) {
        if (candidate.route.method !== method) continue;
        const params = matchSegments(candidate.segments, parts);
        if (params !== undefined) {
          const pathParameters = Object.keys(params).length > 0 ? params : undefined;
          return { kind: 'matched', route: candidate.route, pathParameters };
        }
      }
      return { kind: 'not_found' };
    },
  };
}
