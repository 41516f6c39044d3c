/**
 * Route-level throttling of the HTTP API, so that no class of caller can starve another (issue 11, T3).
 *
 * One DynamoDB table serves everyone, and its on-demand ceiling (`maxWriteRequestUnits`, per second) is the
 * resource public traffic could exhaust: past it every write is throttled, moderators' decisions and the
 * stream consumer's included. So the public routes that write get rates computed from that ceiling: at full
 * rate together they use at most `PUBLIC_WRITE_SHARE` of it, counting the automatic moderation each request
 * sets off, and the rest stays for moderators, the consumer's retries and the sweeper. Moderator routes get
 * a limit of their own, which public traffic cannot use up; public reads keep the stage default
 * (`apiThrottle`), since they write nothing. docs/deploy.md shows the arithmetic.
 *
 * API Gateway applies a route's settings to that route alone, so the combined ceiling of a class is the
 * sum over its routes.
 *
 * The one route that reads the whole table (`scans`, the e-mail look-up of an erasure request) gets a
 * rate computed from the table's read ceiling instead: one call reads up to `LOOKUP_PAGES` pages of 1 MB,
 * so a few calls a second at the moderators' rate would take every read unit the public routes need.
 */
import { routeKey, type RouteDefinition } from '../../functions/routes';
import { LOOKUP_PAGES } from '../../shared/app/personal-data';

export interface ApiThrottle {
  /** Steady-state requests per second. */
  readonly rateLimit: number;
  /** Requests allowed in a burst of a few seconds. */
  readonly burstLimit: number;
}

/** Share of the table's write ceiling that the public write routes may use together. */
export const PUBLIC_WRITE_SHARE = 0.5;

/**
 * Table write units one request of a public write route costs at most, AWS billing rules (transactional
 * writes billed twice, 1 KB units), with the automatic moderation it sets off. Item sizes are the
 * benchmark's (docs/performance.md): a 1 KB comment is a 1.6 KB item as posted, 2.4 KB once decided.
 */
export const PUBLIC_WRITE_COSTS: Readonly<
  Record<string, { readonly units: number; readonly weight: number }>
> = {
  // Idempotency claim 1 + two rate windows 2 + transaction (comment 2 + completed claim 2) × 2 = 11,
  // then the automatic decision: 14 (a transaction of five items and the comment's move).
  'POST /articles/{articleId}/comments': { units: 25, weight: 6 },
  // Rate window 1 + transition (comment 3, audit event 1, article 1, author 1, queue counter 1, a reply's
  // root 3) × 2 = 21, then the comment is moderated again: 14. Edits share a weight of 1 with appeals
  // (below) and the reader's export: edits 0.75.
  'PATCH /comments/{commentId}': { units: 35, weight: 0.75 },
  // Rate window 1 + the same transition 20 + erasing notes beside it (≈ 3). The two erasure routes
  // share the one weight deletions had before DELETE /me existed.
  'DELETE /comments/{commentId}': { units: 24, weight: 0.5 },
  // The same per comment, for a request that erases three (up to 100 tokens: ≈ 2,400 units, bounded per
  // network by the author-action rate limit).
  'DELETE /me': { units: 72, weight: 0.5 },
  // Transaction (flag 1, comment 3, queue counter 1) × 2 = 10; measured 12 at the threshold. Readers'
  // reports share a weight of 2: flags 1.5, notices of illegal content (far rarer) 0.5.
  'POST /comments/{commentId}/flags': { units: 12, weight: 1.5 },
  // Rate window 1 + the notice (an explanation of up to 4,000 characters: about 5 KB when mostly Latin
  // script, 5) + its two keys-only queue index entries 2 = 8.
  'POST /comments/{commentId}/notices': { units: 8, weight: 0.5 },
  // Appeals (once per decision, so far rarer): transaction (the appeal, up to 4,000 characters of
  // explanation: 5, its marker 1, its audit event 1) × 2 = 14, + its two keys-only queue index entries 2.
  // Their weight comes out of the edits', so every other route keeps its rate.
  'POST /comments/{commentId}/appeals': { units: 16, weight: 0.1 },
  'POST /notices/{noticeId}/appeals': { units: 16, weight: 0.1 },
  // A reader's export counts against the author-action rate limit: one rate window, 1 unit. Its weight
  // comes out of the edits' too.
  'GET /me/export': { units: 1, weight: 0.05 },
};

/** A public write route not listed above (added later) is assumed as costly as the costliest. */
const UNLISTED_WRITE = {
  units: Math.max(...Object.values(PUBLIC_WRITE_COSTS).map((c) => c.units)),
  weight: 1,
};

/** Share of the table's read ceiling that the Scan route may use at its full rate. */
export const SCAN_READ_SHARE = 0.25;
/** Read units one call of the Scan route costs at most: 1 MB pages read eventually consistent, 128 each. */
export const SCAN_UNITS_PER_CALL = LOOKUP_PAGES * 128;

export type RouteClass = 'public-read' | 'public-write' | 'moderator' | 'scan';

export interface PlannedThrottle extends ApiThrottle {
  readonly class: RouteClass;
  /** For public writes: table write units per request assumed, and the sustained units at full rate. */
  readonly writeUnits?: { readonly perRequest: number; readonly atFullRate: number };
}

/** A GET writes nothing unless the route table says `writes` (a reader's export counts a rate window). */
export const routeClass = (route: RouteDefinition): RouteClass =>
  route.scans
    ? 'scan'
    : route.auth !== 'public'
      ? 'moderator'
      : route.method === 'GET' && route.writes !== true
        ? 'public-read'
        : 'public-write';

/** Rates are rounded down to hundredths (API Gateway takes fractional rates); bursts cover one second. */
const floor2 = (n: number) => Math.floor(n * 100) / 100;

/** The throttle of every route, by route key. */
export function throttlePlan(input: {
  readonly routes: readonly RouteDefinition[];
  readonly maxWriteRequestUnits: number;
  readonly maxReadRequestUnits: number;
  readonly publicReads: ApiThrottle;
  readonly moderators: ApiThrottle;
}): Map<string, PlannedThrottle> {
  const writes = input.routes.filter((r) => routeClass(r) === 'public-write');
  const costOf = (r: RouteDefinition) => PUBLIC_WRITE_COSTS[routeKey(r)] ?? UNLISTED_WRITE;
  const totalWeight = writes.reduce((sum, r) => sum + costOf(r).weight, 0);
  const budget = input.maxWriteRequestUnits * PUBLIC_WRITE_SHARE;
  const plan = new Map<string, PlannedThrottle>();
  for (const route of input.routes) {
    const key = routeKey(route);
    const cls = routeClass(route);
    if (cls === 'public-write') {
      const cost = costOf(route);
      const rateLimit = floor2((budget * cost.weight) / totalWeight / cost.units);
      plan.set(key, {
        class: cls,
        rateLimit,
        burstLimit: Math.max(1, Math.ceil(rateLimit)),
        writeUnits: { perRequest: cost.units, atFullRate: rateLimit * cost.units },
      });
    } else if (cls === 'scan') {
      // At least one call a minute, however low the ceiling: an erasure request must stay answerable.
      // Never faster than the moderators' own routes: it is one of them, and the costliest.
      const rateLimit = Math.max(
        0.02,
        Math.min(
          input.moderators.rateLimit,
          floor2((input.maxReadRequestUnits * SCAN_READ_SHARE) / SCAN_UNITS_PER_CALL),
        ),
      );
      plan.set(key, { class: cls, rateLimit, burstLimit: 1 });
    } else {
      plan.set(key, { class: cls, ...(cls === 'moderator' ? input.moderators : input.publicReads) });
    }
  }
  return plan;
}

/** Table write units per second the public write routes can cause together at their full rates. */
export const publicWriteCeiling = (plan: ReadonlyMap<string, PlannedThrottle>): number =>
  [...plan.values()].reduce((sum, t) => sum + (t.writeUnits?.atFullRate ?? 0), 0);
