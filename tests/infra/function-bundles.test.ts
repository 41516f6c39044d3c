/**
 * The shared build of infra/constructs/function-bundles.ts on the fixture handlers (tiny, so esbuild takes
 * milliseconds): every function of an app comes out of one esbuild run per set of `define`s, each in an
 * asset of its own built from its own entry, and an app whose stacks skip bundling runs none.
 * app-synth.test.ts checks the real functions' bundles.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_WEIGHTS_FILE } from '../../shared/moderation/model/linear-model';
import { CommentModeration, type CommentModerationProps } from '../../infra/constructs/comment-moderation';
import { BUNDLE_BANNER } from '../../infra/constructs/bundling';
import { FunctionBundles } from '../../infra/constructs/function-bundles';
import {
  CONSOLE_URL,
  FIXTURE_FUNCTIONS,
  FIXTURE_ROUTES,
  FIXTURE_TRIGGERS,
  logicalIdOf,
  synthModeration,
} from './support';

const FIXTURES: CommentModerationProps = {
  consoleUrl: CONSOLE_URL,
  routes: FIXTURE_ROUTES,
  triggers: FIXTURE_TRIGGERS,
  functionsDirectory: FIXTURE_FUNCTIONS,
};
/** The handlers that moderate: built with the semantic `define` and the classifier's weights beside them. */
const MODERATING = new Set<string>(Object.values(FIXTURE_TRIGGERS));

describe('function bundles', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'parley-bundles-'));
  let stacks: Stack[];
  let sites: CommentModeration[];
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  beforeAll(() => {
    // The schema validation is app-synth.test.ts's (see `unbundledApp`).
    const app = new App({ outdir, builtinCloudFormationValidation: false });
    // Two sites of the same handlers: same bundles, so still one run per set of defines.
    stacks = [new Stack(app, 'News'), new Stack(app, 'Opinion')];
    sites = stacks.map((stack) => new CommentModeration(stack, 'Moderation', FIXTURES));
    app.synth();
  }, 60_000);

  /** The asset directory of a site's function, from its S3 key (the hash of the directory's content). */
  function assetOf(site: number, handler: string): string {
    const fn = sites[site]!.functions.get(handler)!;
    const template = Template.fromStack(stacks[site]!).toJSON() as {
      Resources: Record<string, { Properties: { Code: { S3Key: string }; Handler: string } }>;
    };
    const { Code, Handler } = template.Resources[logicalIdOf(fn)]!.Properties;
    expect(Handler).toBe('index.handler');
    return join(outdir, `asset.${Code.S3Key.replace(/\.zip$/, '')}`);
  }

  it('runs esbuild once per set of defines for the whole app, and cleans up after it', () => {
    expect(FunctionBundles.of(stacks[0]!).builds).toBe(2);
    expect(readdirSync(outdir).filter((f) => f.startsWith('bundling-'))).toEqual([]);
  });

  it("gives each function its own entry's bundle, its source map and its files", () => {
    for (const handler of sites[0]!.functions.keys()) {
      const dir = assetOf(0, handler);
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
      expect(code.startsWith(BUNDLE_BANNER)).toBe(true);
      expect(code.trimEnd().endsWith('//# sourceMappingURL=index.mjs.map')).toBe(true);
      const map = JSON.parse(readFileSync(join(dir, 'index.mjs.map'), 'utf8')) as {
        sources: string[];
        sourcesContent?: unknown;
      };
      expect(map.sources.filter((s) => s.includes('fixtures/functions/'))).toEqual([
        expect.stringMatching(new RegExp(`fixtures/functions/${handler}\\.ts$`)),
      ]);
      expect(map.sourcesContent).toBeUndefined();
      expect(existsSync(join(dir, MODEL_WEIGHTS_FILE)), handler).toBe(MODERATING.has(handler));
    }
  });

  it('gives the same handler of two sites the same asset', () => {
    for (const handler of sites[0]!.functions.keys()) expect(assetOf(1, handler)).toBe(assetOf(0, handler));
  });

  it('runs no build in an app whose stacks skip bundling', () => {
    const { stack } = synthModeration(FIXTURES);
    expect(FunctionBundles.of(stack).builds).toBe(0);
  });
});
