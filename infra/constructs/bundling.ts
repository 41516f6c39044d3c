import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { LAZY_MODULES, lazyImport } from './lazy-modules';

/** The checkout root: functions are bundled from here, with its node_modules and tsconfig.json. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundled in place of the SDK's default credential chain: on Lambda the role's credentials are in the
 * environment, and the rest of the chain is dead weight at every cold start (see the file itself).
 */
export const LAMBDA_CREDENTIALS_MODULE = join(PROJECT_ROOT, 'functions', 'lib', 'lambda-credentials.ts');

/** CommonJS dependencies inside an ESM bundle still call require(): every bundle starts with this. */
export const BUNDLE_BANNER =
  "import { createRequire as __parleyCreateRequire } from 'node:module'; const require = __parleyCreateRequire(import.meta.url);";

/**
 * The esbuild options every Parley function is built with, entry points and output aside: one ESM file for
 * Node 24, minified, with a source map that points at the sources without carrying them, plus the function's
 * own `define`s (expressions replaced at build time, values in JavaScript source), the one thing that differs
 * between functions. The construct (function-bundles.ts), the bench and tests/infra/consumer-bundle.test.ts
 * all build with these, and pass each bundle through `asciiOnlyBundle` (ascii-bundle.ts) once it is written.
 */
export function functionBuildOptions(define: Readonly<Record<string, string>> = {}): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: true,
    sourcemap: true,
    // Stack traces map back to the sources; the sources themselves need not ride along.
    sourcesContent: false,
    mainFields: ['module', 'main'],
    // docs/deploy.md ("What one deployment contains"): the AWS SDK v3 is bundled (pinned versions, one tree-shaken copy, no runtime drift), so
    // nothing is external; only its credential chain is swapped for the environment provider.
    // Modules imported on first use ship beside the bundle (lazy-modules.ts): the import stays outside it.
    alias: {
      '@aws-sdk/credential-provider-node': LAMBDA_CREDENTIALS_MODULE,
      ...Object.fromEntries(LAZY_MODULES.map((m) => [m.specifier, lazyImport(m)])),
    },
    external: LAZY_MODULES.map(lazyImport),
    banner: { js: BUNDLE_BANNER },
    ...(Object.keys(define).length ? { define: { ...define } } : {}),
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'warning',
  };
}
