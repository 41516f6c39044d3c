/**
 * The one Node version check (scripts/check-node.mjs), which `npm test` (pretest), the CDK app
 * (infra/app.ts) and the function bundler (infra/constructs/function-bundles.ts) share.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINIMUM_NODE_MAJOR, nodeVersionProblem } from '../../scripts/check-node.mjs';

describe('nodeVersionProblem', () => {
  it('refuses Node 20, naming the version needed and the one found (Map.groupBy fails there)', () => {
    expect(MINIMUM_NODE_MAJOR).toBe(22);
    expect(nodeVersionProblem('20.19.0')).toMatch(/needs Node 22 or newer.*this is Node 20\.19\.0/);
    expect(nodeVersionProblem('21.7.3')).toBeDefined();
  });

  it('accepts Node 22 and newer, and the Node running the tests', () => {
    expect(nodeVersionProblem('22.0.0')).toBeUndefined();
    expect(nodeVersionProblem('24.21.0')).toBeUndefined();
    expect(nodeVersionProblem()).toBeUndefined();
  });

  it('is what the CDK app checks before it builds anything, and what the bundler checks too', () => {
    const app = readFileSync(new URL('../../infra/app.ts', import.meta.url), 'utf8');
    expect(app.indexOf('nodeVersionProblem()')).toBeGreaterThan(0);
    expect(app.indexOf('nodeVersionProblem()')).toBeLessThan(app.indexOf('new App('));
    const bundles = readFileSync(
      new URL('../../infra/constructs/function-bundles.ts', import.meta.url),
      'utf8',
    );
    expect(bundles.indexOf('nodeVersionProblem()')).toBeLessThan(bundles.indexOf('Map.groupBy('));
  });
});
