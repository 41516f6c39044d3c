import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_WEIGHTS_FILE } from '../../shared/moderation/model/linear-model';
import { LAZY_MODULES, lazyModulesIn } from '../../infra/constructs/lazy-modules';

/**
 * The one full synth: the app as `npm run synth` runs it (CDK CLI, tsx, every function bundled by the local
 * esbuild in the app's process, cdk-nag as a validation plugin), offline. The other synths of tests/infra
 * skip bundling, but for function-bundles.test.ts on the fixture handlers.
 */
const root = new URL('../../', import.meta.url).pathname;
let outdir: string;
let result: ReturnType<typeof spawnSync>;
let seconds: number;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'parley-synth-'));
  const started = Date.now();
  // consoleUrl is required (the console client's sign-in callback); nothing else is.
  const args = ['--output', outdir, '-c', 'consoleUrl=https://news.example.com/moderation/'];
  result = spawnSync('npm', ['run', '--silent', 'synth', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, CI: 'true' },
  });
  seconds = (Date.now() - started) / 1000;
}, 250_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

type Template = {
  Resources: Record<
    string,
    { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, string> }
  >;
};

describe('npm run synth', () => {
  it('succeeds offline with every cdk-nag finding acknowledged', () => {
    expect(result.status, `${String(result.stderr)}\n${String(result.stdout)}`).toBe(0);
    console.info(`npm run synth took ${seconds.toFixed(1)} s`);
  });

  it('passes the CDK’s built-in CloudFormation schema validation with nothing to report', () => {
    // The validation only ever warns (a synth with findings still succeeds), so its report is read here; the
    // other synths of tests/infra skip it (`unbundledApp` in support.ts). cdk-nag's findings are acknowledged
    // in the app and do not appear in the report.
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: Array<{
        pluginName: string;
        violations: Array<{ ruleName: string; description: string }>;
      }>;
    };
    expect(
      report.pluginReports.flatMap((r) =>
        r.violations.map((v) => `${r.pluginName} ${v.ruleName}: ${v.description}`),
      ),
    ).toEqual([]);
  });

  it('bundles every function as a minified ESM file with a source map (not read at start-up), no embedded sources and only env credentials', () => {
    const template = JSON.parse(readFileSync(join(outdir, 'Parley.template.json'), 'utf8')) as Template;
    const functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      const assetPath = fn.Metadata?.['aws:asset:path'];
      expect(assetPath).toBeDefined();
      const bundle = join(outdir, assetPath!, 'index.mjs');
      expect(existsSync(bundle), bundle).toBe(true);
      const code = readFileSync(bundle, 'utf8');
      expect(code.startsWith('import { createRequire as __parleyCreateRequire }')).toBe(true);
      // Minified: long lines on average (newlines survive only inside strings and legal comments).
      expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
      const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as {
        sources: string[];
        sourcesContent?: unknown;
      };
      expect(map.sources.some((s) => s.includes('functions/'))).toBe(true);
      expect(map.sourcesContent).toBeUndefined();
      // Cold-start weight: the SDK's credential chain is the environment provider alone, and zod is
      // zod/mini (shared/zod.ts), tree-shaken (English messages only, not its ~40 locales).
      expect(map.sources.some((s) => s.endsWith('functions/lib/lambda-credentials.ts'))).toBe(true);
      expect(
        map.sources.filter((s) => /credential-provider-(node|ini|sso|process|web-identity)\//.test(s)),
      ).toEqual([]);
      expect(map.sources.filter((s) => /zod\/.*\/locales\/(?!en\.js$)/.test(s))).toEqual([]);
      expect(map.sources.filter((s) => /zod\/v4\/classic\//.test(s))).toEqual([]);
      // Node is not asked to read the map at every cold start: logged stacks are mapped when they happen
      // (functions/lib/stack-map.ts, tests/unit/stack-map.test.ts).
      const variables = (fn.Properties['Environment'] as { Variables?: Record<string, string> } | undefined)
        ?.Variables;
      expect(variables?.['NODE_OPTIONS']).toBeUndefined();
    }
  });

  it('leaves the semantic providers out of every bundle when none is switched on (the default)', () => {
    const template = JSON.parse(readFileSync(join(outdir, 'Parley.template.json'), 'utf8')) as Template;
    const functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    const moderation = functions.filter((fn) =>
      /automatic moderation|re-drives comments/.test(String(fn.Properties['Description'])),
    );
    expect(moderation).toHaveLength(2);
    for (const fn of functions) {
      const map = JSON.parse(
        readFileSync(join(outdir, fn.Metadata!['aws:asset:path']!, 'index.mjs.map'), 'utf8'),
      ) as { sources: string[] };
      expect(
        map.sources.filter((s) =>
          /client-bedrock-runtime\/|moderation\/providers\/(guardrail|llm-judge|endpoint)\.ts$/.test(s),
        ),
      ).toEqual([]);
    }
  });

  it('puts the classifier weights beside the bundles that moderate, and only there', () => {
    const template = JSON.parse(readFileSync(join(outdir, 'Parley.template.json'), 'utf8')) as Template;
    const functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    const weights = readFileSync(join(root, 'shared', 'moderation', 'model', MODEL_WEIGHTS_FILE));
    const moderating = (fn: (typeof functions)[number]): boolean =>
      /automatic moderation|re-drives comments/.test(String(fn.Properties['Description']));
    for (const fn of functions) {
      const file = join(outdir, fn.Metadata!['aws:asset:path']!, MODEL_WEIGHTS_FILE);
      if (moderating(fn)) expect(readFileSync(file).equals(weights), file).toBe(true);
      else expect(existsSync(file), file).toBe(false);
    }
  });

  it('puts the modules imported on first use beside the bundles that import them, and only there', () => {
    const template = JSON.parse(readFileSync(join(outdir, 'Parley.template.json'), 'utf8')) as Template;
    const functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    let found = 0;
    for (const fn of functions) {
      const dir = join(outdir, fn.Metadata!['aws:asset:path']!);
      const wanted = lazyModulesIn(readFileSync(join(dir, 'index.mjs'), 'utf8')).map((m) => m.file);
      for (const m of LAZY_MODULES) expect(existsSync(join(dir, m.file)), dir).toBe(wanted.includes(m.file));
      found += wanted.length;
    }
    // The stream consumer and the sweeper import tinyld on first use.
    expect(found).toBe(2);
  });
});
