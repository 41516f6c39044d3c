/**
 * The construct's props checked at synth time, every problem in one error: a library user gets what the
 * `-c` layer (infra/context.ts) gives a CLI user, a clear refusal instead of a stack that deploys and does
 * not work (a moderation consumer with no concurrency, an authorizer pointed at a pool its app client is
 * not in, appeals and erasure throttled to nothing by a low write ceiling).
 */
import { RemovalPolicy, Token } from 'aws-cdk-lib';
import type { RouteDefinition } from '../../functions/routes';
import { PUBLIC_WRITE_SHARE, routeClass, throttlePlan, type ApiThrottle } from './api-throttling';
import type { CommentModerationProps } from './comment-moderation-props';
import { DeploymentRefusal } from '../refusal';

/** What Cognito accepts as a hosted UI domain prefix: lower case, digits, hyphens; no reserved words. */
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_IN_PREFIX = ['aws', 'amazon', 'cognito'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isNumber = (n: number) => !Token.isUnresolved(n);

const ORIGIN = /^https?:\/\/[^/\s]+$/;

/**
 * A problem for each `allowedOrigins` entry a browser's Origin header could never match (a trailing slash, a
 * path, no scheme): named at synth, all at once, not found in a browser.
 */
export function originProblems(origins: readonly string[] = []): string[] {
  return origins
    .filter((origin) => origin !== '*' && !ORIGIN.test(origin))
    .map((origin) => `allowedOrigins: "${origin}" is not an origin like https://news.example.com`);
}

/** A problem with `name` unless it is a whole number of at least `min` (a token passes: known at deploy). */
function wholeAtLeast(problems: string[], name: string, n: number | undefined, min: number): void {
  if (n === undefined || !isNumber(n)) return;
  if (!Number.isInteger(n) || n < min)
    problems.push(`${name} must be a whole number of at least ${min} (got ${n})`);
}

function throttleProblems(problems: string[], name: string, t: ApiThrottle | undefined): void {
  if (!t) return;
  if (isNumber(t.rateLimit) && !(t.rateLimit > 0))
    problems.push(`${name}.rateLimit must be above 0 (got ${t.rateLimit})`);
  wholeAtLeast(problems, `${name}.burstLimit`, t.burstLimit, 1);
}

/**
 * The smallest write ceiling (units per second) at which every public write route keeps a rate above
 * zero: below it, API Gateway's rate of 0 refuses a reader's erasure (`DELETE /me`) or an appeal
 * outright. The plan rounds rates down to hundredths.
 */
export function minimumWriteCeiling(routes: readonly RouteDefinition[]): number {
  const fixed = { rateLimit: 1, burstLimit: 1 };
  const allOpen = (units: number) =>
    [
      ...throttlePlan({
        routes,
        maxWriteRequestUnits: units,
        maxReadRequestUnits: 1,
        publicReads: fixed,
        moderators: fixed,
      }).values(),
    ].every((t) => t.class !== 'public-write' || t.rateLimit > 0);
  // A plan is a few dozen routes and the answer a few dozen units: counting up is instant.
  let units = 1;
  while (!allOpen(units)) units++;
  return units;
}

/** Throws one error naming every problem of `props` (`path`: the construct's, for the message). */
export function checkProps(
  path: string,
  props: CommentModerationProps,
  routes: readonly RouteDefinition[],
): void {
  const problems: string[] = originProblems(props.allowedOrigins);
  if (props.userPoolClient && !props.userPool)
    problems.push(
      'userPoolClient needs userPool: the authorizer accepts tokens issued by the pool the client belongs to, ' +
        'and without it the construct would create a new pool that the client is not in (every moderator request ' +
        'would then answer 401)',
    );
  wholeAtLeast(problems, 'moderationReservedConcurrency', props.moderationReservedConcurrency, 1);
  throttleProblems(problems, 'apiThrottle', props.apiThrottle);
  throttleProblems(problems, 'moderatorThrottle', props.moderatorThrottle);
  wholeAtLeast(problems, 'tableMaxReadRequestUnits', props.tableMaxReadRequestUnits, 1);
  wholeAtLeast(problems, 'tableMaxWriteRequestUnits', props.tableMaxWriteRequestUnits, 1);
  const writes = props.tableMaxWriteRequestUnits;
  if (
    writes !== undefined &&
    isNumber(writes) &&
    writes >= 1 &&
    routes.some((r) => routeClass(r) === 'public-write')
  ) {
    const min = minimumWriteCeiling(routes);
    if (writes < min)
      problems.push(
        `tableMaxWriteRequestUnits ${writes} is too low: the public write routes get ${PUBLIC_WRITE_SHARE * 100}% of ` +
          `it, and below ${min} at least one of them (a reader's erasure, an appeal) would be throttled to 0 ` +
          'requests per second, which API Gateway refuses outright',
      );
  }
  if (
    props.alarmEmail !== undefined &&
    !Token.isUnresolved(props.alarmEmail) &&
    !EMAIL.test(props.alarmEmail)
  )
    problems.push(`alarmEmail must be an e-mail address (got "${props.alarmEmail}")`);
  const rate = props.serverErrorRatePercent;
  if (rate !== undefined && isNumber(rate) && !(rate > 0 && rate <= 100))
    problems.push(`serverErrorRatePercent must be above 0 and at most 100 (got ${rate})`);
  const removal = props.removalPolicy;
  if (removal !== undefined && removal !== RemovalPolicy.RETAIN && removal !== RemovalPolicy.DESTROY)
    problems.push(
      `removalPolicy must be RemovalPolicy.RETAIN or RemovalPolicy.DESTROY (got ${removal}): the table, its ` +
        'secret, the user pool and the log groups take no other',
    );
  const prefix = props.hostedUiDomainPrefix;
  if (prefix !== undefined && !Token.isUnresolved(prefix)) {
    if (!DOMAIN_PREFIX.test(prefix))
      problems.push(
        `hostedUiDomainPrefix must be 1-63 lower-case letters, digits and hyphens, not starting or ending with a hyphen (got "${prefix}")`,
      );
    const reserved = RESERVED_IN_PREFIX.find((w) => prefix.includes(w));
    if (reserved) problems.push(`hostedUiDomainPrefix may not contain "${reserved}" (Cognito reserves it)`);
  }
  if (problems.length > 0) throw new DeploymentRefusal(`${path}: invalid props:\n- ${problems.join('\n- ')}`);
}
