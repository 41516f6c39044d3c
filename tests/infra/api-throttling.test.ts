/**
 * Route-level throttling: public write routes together stay within half the table's write ceiling
 * (counting the moderation they set off), moderator routes have a budget of their own, and the stage's
 * route settings name every route only after CloudFormation has created it.
 */
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeKey, routes, type RouteDefinition } from '../../functions/routes';
import {
  PUBLIC_WRITE_COSTS,
  PUBLIC_WRITE_SHARE,
  SCAN_READ_SHARE,
  SCAN_UNITS_PER_CALL,
  publicWriteCeiling,
  routeClass,
  throttlePlan,
} from '../../infra/constructs/api-throttling';
import { CommentModeration } from '../../infra/constructs/comment-moderation';
import {
  CONSOLE_URL,
  FIXTURE_FUNCTIONS,
  FIXTURE_TRIGGERS,
  resourcesOf,
  sharedDefaultSite,
  synthModeration,
  unbundledApp,
  type Synthesized,
} from './support';

type RouteSettings = Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
const stageOf = (site: Synthesized) =>
  Object.values(resourcesOf(site.template, 'AWS::ApiGatewayV2::Stage'))[0]!;
const settingsOf = (site: Synthesized) => stageOf(site).Properties!['RouteSettings'] as RouteSettings;
const writeUnits = (settings: RouteSettings) =>
  routes
    .filter((r) => routeClass(r) === 'public-write')
    .reduce(
      (sum, r) => sum + settings[routeKey(r)]!.ThrottlingRateLimit * PUBLIC_WRITE_COSTS[routeKey(r)]!.units,
      0,
    );

describe('route throttles, default ceilings', () => {
  let site: Synthesized;
  beforeAll(() => {
    site = sharedDefaultSite();
  }, 60_000);

  it('set every route of the route table', () => {
    expect(Object.keys(settingsOf(site)).sort()).toEqual(routes.map(routeKey).sort());
  });

  it('keep the public write routes, with the moderation they set off, within half the table’s write ceiling', () => {
    // Every public write route has a measured cost; an unlisted one would be assumed the costliest.
    for (const r of routes.filter((r) => routeClass(r) === 'public-write'))
      expect(PUBLIC_WRITE_COSTS[routeKey(r)], routeKey(r)).toBeDefined();
    const units = writeUnits(settingsOf(site));
    expect(units).toBeLessThanOrEqual(500 * PUBLIC_WRITE_SHARE);
    // …and give them most of that half, not a token share.
    expect(units).toBeGreaterThan(500 * PUBLIC_WRITE_SHARE * 0.95);
    expect(publicWriteCeiling(site.moderation.routeThrottles)).toBeCloseTo(units, 6);
    expect(settingsOf(site)['POST /articles/{articleId}/comments']).toEqual({
      ThrottlingRateLimit: 6,
      ThrottlingBurstLimit: 6,
    });
  });

  it('give moderator routes a limit of their own, and public reads the stage default', () => {
    for (const r of routes) {
      const setting = settingsOf(site)[routeKey(r)];
      if (routeClass(r) === 'moderator')
        expect(setting, routeKey(r)).toEqual({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
      if (routeClass(r) === 'public-read')
        expect(setting, routeKey(r)).toEqual({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 });
    }
    // A reader's export counts a rate window: a public write with its own small share, not a read.
    expect(routeClass(routes.find((r) => r.handler === 'me-export')!)).toBe('public-write');
    expect(stageOf(site).Properties!['DefaultRouteSettings']).toEqual({
      ThrottlingRateLimit: 100,
      ThrottlingBurstLimit: 200,
    });
  });

  it('hold the Scan route to a quarter of the table’s read ceiling, one call at a time', () => {
    const scanning = routes.filter((r) => r.scans);
    expect(scanning.map((r) => r.handler)).toEqual(['moderation-author-lookup']);
    const setting = settingsOf(site)[routeKey(scanning[0]!)]!;
    expect(setting.ThrottlingBurstLimit).toBe(1);
    expect(setting.ThrottlingRateLimit).toBeGreaterThan(0);
    // At its full rate the look-up reads at most a quarter of the default ceiling (1,000 units/s).
    expect(setting.ThrottlingRateLimit * SCAN_UNITS_PER_CALL).toBeLessThanOrEqual(1000 * SCAN_READ_SHARE);
    expect(setting.ThrottlingRateLimit * SCAN_UNITS_PER_CALL).toBeGreaterThan(1000 * SCAN_READ_SHARE * 0.95);
    // However high the read ceiling, never faster than the moderators' own routes (platform review, stop 31).
    const plan = throttlePlan({
      routes,
      maxWriteRequestUnits: 500,
      maxReadRequestUnits: 100_000,
      publicReads: { rateLimit: 100, burstLimit: 200 },
      moderators: { rateLimit: 1, burstLimit: 1 },
    });
    expect(plan.get(routeKey(scanning[0]!))).toMatchObject({ rateLimit: 1, burstLimit: 1 });
  });

  it('are deployed after the routes they name', () => {
    const dependsOn = stageOf(site)['DependsOn'] as string[];
    for (const [id, route] of Object.entries(resourcesOf(site.template, 'AWS::ApiGatewayV2::Route'))) {
      expect(dependsOn, route.Properties!['RouteKey'] as string).toContain(id);
    }
  });
});

describe('route throttles, other ceilings and routes', () => {
  it('scale with tableMaxWriteRequestUnits and honour moderatorThrottle', () => {
    const site = synthModeration({
      tableMaxWriteRequestUnits: 2000,
      moderatorThrottle: { rateLimit: 3, burstLimit: 6 },
    });
    const settings = settingsOf(site);
    expect(writeUnits(settings)).toBeLessThanOrEqual(2000 * PUBLIC_WRITE_SHARE);
    expect(settings['POST /articles/{articleId}/comments']!.ThrottlingRateLimit).toBe(24);
    expect(settings['GET /moderation/queue']).toEqual({ ThrottlingRateLimit: 3, ThrottlingBurstLimit: 6 });
  }, 60_000);

  it('cover a route added later, and assume an unlisted public write route is as costly as the costliest', () => {
    const app = unbundledApp();
    const stack = new Stack(app, 'Site');
    const moderation = new CommentModeration(stack, 'Moderation', {
      consoleUrl: CONSOLE_URL,
      routes: [],
      triggers: { moderateComment: FIXTURE_TRIGGERS.moderateComment },
      functionsDirectory: FIXTURE_FUNCTIONS,
    });
    const extra: RouteDefinition = { method: 'POST', path: '/notices', handler: 'fake-post', auth: 'public' };
    moderation.addRoute(extra);
    const template = Template.fromStack(stack);
    const [stage] = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Stage'));
    const setting = (stage!.Properties!['RouteSettings'] as RouteSettings)['POST /notices']!;
    const costliest = Math.max(...Object.values(PUBLIC_WRITE_COSTS).map((c) => c.units));
    expect(setting.ThrottlingRateLimit * costliest).toBeLessThanOrEqual(500 * PUBLIC_WRITE_SHARE);
    expect(stage!['DependsOn']).toContain(Object.keys(resourcesOf(template, 'AWS::ApiGatewayV2::Route'))[0]);
  }, 60_000);

  it('share the public write budget by weight', () => {
    const plan = throttlePlan({
      routes,
      maxWriteRequestUnits: 500,
      maxReadRequestUnits: 1000,
      publicReads: { rateLimit: 100, burstLimit: 200 },
      moderators: { rateLimit: 10, burstLimit: 20 },
    });
    const post = plan.get('POST /articles/{articleId}/comments')!;
    const flags = plan.get('POST /comments/{commentId}/flags')!;
    const notices = plan.get('POST /comments/{commentId}/notices')!;
    // Posting gets four times the units of flagging, twelve times those of notices.
    expect(post.writeUnits!.atFullRate / flags.writeUnits!.atFullRate).toBeCloseTo(4, 1);
    expect(post.writeUnits!.atFullRate / notices.writeUnits!.atFullRate).toBeCloseTo(12, 0);
    for (const t of plan.values()) {
      expect(t.rateLimit).toBeGreaterThan(0);
      expect(Number.isInteger(t.burstLimit)).toBe(true);
    }
  });
});
