/**
 * Figures docs/deploy.md states about the template (functions, routes, resources, the acknowledged cdk-nag
 * findings), checked against a synthesis so that they cannot drift unnoticed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as library from '../../infra/constructs';
import { buildWebAssetsSync } from '../../web/build';
import { acknowledgements, sharedDefaultSite, synthModeration, type Synthesized } from './support';

const doc = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
/** `cdk synth` adds CDKMetadata to every stack of the app; the test stacks skip it. */
const APP_ONLY_RESOURCES = 1;

let site: Synthesized;
let hosted: Synthesized;
beforeAll(() => {
  site = sharedDefaultSite();
  hosted = synthModeration({ webHosting: { assets: buildWebAssetsSync() } });
}, 120_000);

const count = (s: Synthesized, type?: string) =>
  Object.values(s.template.toJSON()['Resources'] as Record<string, { Type: string }>).filter(
    (r) => type === undefined || r.Type === type,
  ).length;
const figure = (pattern: RegExp): number => {
  const match = pattern.exec(doc.replace(/\s+/g, ' '));
  expect(match, String(pattern)).not.toBeNull();
  return Number(match![1]);
};

describe('docs/deploy.md figures', () => {
  it('names the number of functions and routes of the default deployment', () => {
    const functions = count(site, 'AWS::Lambda::Function');
    const routes = count(site, 'AWS::ApiGatewayV2::Route');
    expect(figure(/one function per handler, (\d+) today/)).toBe(functions);
    expect(figure(/\((\d+) functions, \d+ routes/)).toBe(functions);
    expect(figure(/\(\d+ functions, (\d+) routes/)).toBe(routes);
  });

  it('gives the number of resources to within 5 %, and the web hosting ones to within 3', () => {
    const resources = count(site) + APP_ONLY_RESOURCES;
    const stated = figure(/a site is about (\d+) CloudFormation resources/);
    expect(Math.abs(stated - resources) / resources, `${stated} vs ${resources}`).toBeLessThanOrEqual(0.05);
    const webHosting = count(hosted) - count(site);
    expect(
      Math.abs(figure(/about (\d+) more with `webHosting`/) - webHosting),
      `${webHosting}`,
    ).toBeLessThanOrEqual(3);
  });

  it("imports the construct, in the own-app example, from the library's entry point (index.ts)", () => {
    const example = doc.slice(doc.indexOf('## Using the construct in your own app'));
    const path = /import \{ CommentModeration \} from '\.\/(infra\/[^']+)';/.exec(example)?.[1];
    expect(path).toBe('infra/constructs');
    expect(library.CommentModeration).toBeTypeOf('function');
  });

  it('lists every acknowledged cdk-nag rule, the web hosting ones included', () => {
    const policy = doc.slice(doc.indexOf('## Policy as code'));
    const rules = new Set(
      [...acknowledgements(site.app), ...acknowledgements(hosted.app)].map((a) =>
        a.id.replace(/^Annotation::/, '').replace(/\[.*$/, ''),
      ),
    );
    for (const rule of rules) expect(policy, rule).toContain(`\`${rule}`);
  });
});
