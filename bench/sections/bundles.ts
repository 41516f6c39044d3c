/**
 * Section 1 — bundles and cold start.
 *
 * Builds every function named in functions/routes.ts (`routes` and `triggers`) with esbuild and the options the
 * CDK construct builds them with (infra/constructs/bundling.ts: platform node, target node24, ESM, minified,
 * AWS SDK v3 bundled with the credential chain aliased to the environment provider, main fields module/main,
 * the createRequire banner, source maps written beside the bundle and not counted), plus a baseline bundle
 * that only constructs a DynamoDB client, built with the same options but the stock SDK (no alias). Then starts
 * fresh Node processes that import each bundle, in interleaved rounds, with the environment Lambda gives
 * the functions (no NODE_OPTIONS, as the construct sets none; the what-ifs show what
 * `--enable-source-maps` would add).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import {
  SEMANTIC_CODE_DEFINE,
  SEMANTIC_CODE_OMITTED,
  TOXICITY_CODE_DEFINE,
} from '../../shared/runtime-contract';
import { routes, triggers } from '../../functions/routes';
import { asciiOnlyBundle } from '../../infra/constructs/ascii-bundle';
import { writeLazyModules } from '../../infra/constructs/lazy-modules';
import { LAMBDA_CREDENTIALS_MODULE, functionBuildOptions } from '../../infra/constructs/bundling';
import { progress, runSection } from '../lib/ipc';
import { webScriptFigures, type WebScriptFigures } from '../lib/web-sizes';
import { ratio, summarize, type Summary } from '../lib/stats';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Build output: under node_modules/.cache, which git, ESLint and Prettier all leave alone. */
const OUT = join(ROOT, 'node_modules', '.cache', 'parley-bench', 'bundles');
const CHILD = join(ROOT, 'bench', 'cold-child.mjs');
const BASELINE_ENTRY = join(ROOT, 'bench', 'baseline', 'ddb-client.ts');

/** The construct's options (infra/constructs/bundling.ts), with the metafile the figures come from. */
export const ESBUILD_OPTIONS: BuildOptions = {
  // As the construct builds the consumer and the sweeper by default (no `semantic` prop, the lexicon): without
  // the semantic providers' code nor Comprehend's client (functions/lib/checks.ts).
  // tests/infra/consumer-bundle.test.ts covers the rest.
  ...functionBuildOptions({
    [SEMANTIC_CODE_DEFINE]: JSON.stringify(SEMANTIC_CODE_OMITTED),
    [TOXICITY_CODE_DEFINE]: JSON.stringify('lexicon'),
  }),
  metafile: true,
  // A failed build is recorded in the figures; the bundles build in parallel, so their warnings would interleave.
  logLevel: 'silent',
};

/**
 * The baseline is a function that only constructs a DynamoDB client, as anyone would bundle it: the stock SDK
 * with its default credential chain. Parley's functions replace that chain with the environment provider
 * (infra/constructs/handler-function.ts); the what-if "baseline with the credentials alias" shows the
 * baseline built that way too.
 */
const { alias: _alias, ...STOCK_SDK_OPTIONS } = ESBUILD_OPTIONS;

/**
 * Literal fragments of infra/constructs/handler-function.ts the cold starts mirror (the esbuild options are
 * shared, not mirrored): the runtime, and no NODE_OPTIONS in the environment (ABSENT_FRAGMENTS).
 */
const CONSTRUCT_FRAGMENTS = ['lambda.Architecture.ARM_64', 'lambda.Runtime.NODEJS_24_X'];
const ABSENT_FRAGMENTS = ['NODE_OPTIONS:'];

/** The what-ifs started with NODE_OPTIONS=--enable-source-maps. */
const MAPS_WHAT_IF = '(--enable-source-maps)';

const ROUNDS = Number(process.env.PARLEY_BENCH_COLD_ROUNDS ?? 20);

export interface BundleFigures {
  name: string;
  kind: 'route' | 'trigger' | 'baseline' | 'what-if';
  /** Route keys served by this function. */
  routes: string[];
  bytes: number;
  gzipBytes: number;
  /** The source map beside the bundle (not counted in the size). */
  mapBytes: number;
  /**
   * Modules beside the bundle that it imports on first use (infra/constructs/lazy-modules.ts): not counted in
   * the size, nor compiled at init. Absent in results written before stop 41.
   */
  lazyModules?: { file: string; bytes: number }[];
  /** Largest contributors to the minified output, by package or source folder. */
  topInputs: { name: string; bytes: number }[];
  /** Import time of the bundle in a fresh process (ms). */
  init: Summary;
  /** Process start to bundle imported (ms): Node's own start-up plus the import. */
  sinceProcessStart: Summary;
  sizeRatio: number;
  gzipRatio: number;
  initRatio: number;
  error?: string;
}

export interface BundlesResult {
  rounds: number;
  /** The reader widget and the counter (browser scripts, not Lambda bundles). */
  web?: WebScriptFigures[];
  esbuild: { version: string; options: Record<string, unknown> };
  nodeOptions: string;
  drift: string[];
  baseline: BundleFigures;
  functions: BundleFigures[];
  whatIf: BundleFigures[];
  whatIfNotes: Record<string, string>;
  targets: { sizeRatioMax: number; initRatioMax: number };
}

function groupInputs(meta: Metafile): { name: string; bytes: number }[] {
  const output = Object.values(meta.outputs).find((o) => o.entryPoint !== undefined);
  const groups = new Map<string, number>();
  for (const [file, v] of Object.entries(output?.inputs ?? {})) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
    let key = pkg ?? file.split('/').slice(0, 2).join('/');
    if (pkg === 'zod' && /\/locales\//.test(file)) key = 'zod (locales)';
    groups.set(key, (groups.get(key) ?? 0) + v.bytesInOutput);
  }
  return [...groups]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
}

interface Built {
  name: string;
  kind: BundleFigures['kind'];
  routes: string[];
  file: string;
  /** `source-maps`: started with NODE_OPTIONS=--enable-source-maps (a what-if). */
  env: 'plain' | 'source-maps';
  figures: Omit<BundleFigures, 'init' | 'sinceProcessStart' | 'sizeRatio' | 'gzipRatio' | 'initRatio'>;
}

async function buildOne(
  name: string,
  entry: string,
  kind: BundleFigures['kind'],
  routeKeys: string[],
  options: BuildOptions = ESBUILD_OPTIONS,
): Promise<Built> {
  const outfile = join(OUT, name, 'index.mjs');
  const empty = { name, kind, routes: routeKeys, bytes: 0, gzipBytes: 0, mapBytes: 0, topInputs: [] };
  try {
    const result = await build({ ...options, entryPoints: [entry], outfile });
    asciiOnlyBundle(outfile);
    const lazyModules = writeLazyModules(dirname(outfile));
    const code = readFileSync(outfile);
    return {
      name,
      kind,
      routes: routeKeys,
      file: outfile,
      env: 'plain',
      figures: {
        ...empty,
        bytes: code.length,
        gzipBytes: gzipSync(code).length,
        mapBytes: existsSync(`${outfile}.map`) ? statSync(`${outfile}.map`).size : 0,
        ...(lazyModules.length ? { lazyModules } : {}),
        topInputs: result.metafile ? groupInputs(result.metafile) : [],
      },
    };
  } catch (err) {
    return {
      name,
      kind,
      routes: routeKeys,
      file: '',
      env: 'plain',
      figures: { ...empty, error: String(err) },
    };
  }
}

/** Starts a fresh Node process that imports the bundle; resolves with its timings (bounded by a timeout). */
function coldStart(
  file: string,
  withMaps: boolean,
): Promise<{ importMs: number; sinceProcessStartMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, pathToFileURL(file).href], {
      cwd: join(file, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        ...(withMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
        AWS_REGION: 'us-east-1',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_LAMBDA_FUNCTION_NAME: 'parley-bench',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
        AWS_ACCESS_KEY_ID: 'parleybench',
        AWS_SECRET_ACCESS_KEY: 'parleybench',
        TABLE_NAME: 'parley-bench',
        PARLEY_SECRET: 'parley-bench-secret-0123456789',
        POWERTOOLS_SERVICE_NAME: 'parley-bench',
        LOG_LEVEL: 'INFO',
      },
    });
    let out = '';
    let errText = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (errText += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`exit ${code}: ${errText.slice(-400)}`);
        resolve(
          JSON.parse(out.trim().split('\n').pop() ?? '') as { importMs: number; sinceProcessStartMs: number },
        );
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

async function main(): Promise<BundlesResult> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const construct = readFileSync(join(ROOT, 'infra', 'constructs', 'handler-function.ts'), 'utf8');
  const drift = [
    ...CONSTRUCT_FRAGMENTS.filter((f) => !construct.includes(f)).map(
      (f) =>
        `infra/constructs/handler-function.ts no longer contains ${JSON.stringify(f)}: check the bench's cold starts`,
    ),
    ...ABSENT_FRAGMENTS.filter((f) => construct.includes(f)).map(
      (f) =>
        `infra/constructs/handler-function.ts now contains ${JSON.stringify(f)}: check the bench's cold starts`,
    ),
  ];

  // Every function of the route table and the triggers, once each, with the routes it serves.
  const byName = new Map<string, { kind: 'route' | 'trigger'; routes: string[] }>();
  for (const r of routes) {
    const f = byName.get(r.handler) ?? { kind: 'route' as const, routes: [] };
    f.routes.push(`${r.method} ${r.path}`);
    byName.set(r.handler, f);
  }
  for (const [key, name] of Object.entries(triggers))
    byName.set(name, { kind: 'trigger', routes: [`trigger: ${key}`] });

  progress(0.01, 'building bundles');
  const web = await webScriptFigures();
  const builds = await Promise.all([
    buildOne('baseline', BASELINE_ENTRY, 'baseline', [], STOCK_SDK_OPTIONS),
    ...[...byName].map(([name, f]) => {
      const entry = join(ROOT, 'functions', `${name}.ts`);
      if (!existsSync(entry))
        return Promise.resolve<Built>({
          name,
          kind: f.kind,
          routes: f.routes,
          file: '',
          env: 'plain',
          figures: {
            name,
            kind: f.kind,
            routes: f.routes,
            bytes: 0,
            gzipBytes: 0,
            mapBytes: 0,
            topInputs: [],
            error: 'no handler file',
          },
        });
      return buildOne(name, entry, f.kind, f.routes);
    }),
    // What-if: the baseline with Parley's credentials alias too, to show what the alias alone is worth.
    buildOne('baseline with the credentials alias', BASELINE_ENTRY, 'what-if', []),
  ]);
  const baselineBuild = builds[0];
  if (!baselineBuild) throw new Error('no baseline build');
  const consumerBuild = builds.find((b) => b.name === triggers.moderateComment);
  // What-ifs measured beside the real thing: the same bundles started with --enable-source-maps.
  const runnable: Built[] = builds.filter((b) => b.file !== '');
  if (consumerBuild?.file)
    runnable.push({
      ...consumerBuild,
      name: `${consumerBuild.name} ${MAPS_WHAT_IF}`,
      kind: 'what-if',
      env: 'source-maps',
    });
  if (baselineBuild.file)
    runnable.push({
      ...baselineBuild,
      name: `baseline ${MAPS_WHAT_IF}`,
      kind: 'what-if',
      env: 'source-maps',
    });

  const samples = new Map<string, { importMs: number[]; since: number[]; error?: string }>();
  for (const b of runnable) samples.set(b.name, { importMs: [], since: [] });
  // What-ifs run every other round (half the samples): they inform, they are not targets.
  const inRound = (b: Built, round: number) => b.kind !== 'what-if' || round % 2 === 0;
  const total = Array.from({ length: ROUNDS }, (_, r) => runnable.filter((b) => inRound(b, r)).length).reduce(
    (a, c) => a + c,
    0,
  );
  let done = 0;
  // One unmeasured start first: Node's own files into the page cache.
  await coldStart(baselineBuild.file, true).catch(() => undefined);
  for (let round = 0; round < ROUNDS; round++) {
    // A different order each round, so that drift in machine load spreads over all bundles alike.
    const order = runnable.filter((b) => inRound(b, round)).sort(() => Math.random() - 0.5);
    for (const b of order) {
      const s = samples.get(b.name)!;
      try {
        const t = await coldStart(b.file, b.env === 'source-maps');
        s.importMs.push(t.importMs);
        s.since.push(t.sinceProcessStartMs);
      } catch (err) {
        s.error = String(err);
      }
      done++;
      progress(0.05 + (0.95 * done) / total, `cold starts: round ${round + 1}/${ROUNDS}, ${b.name}`);
    }
  }

  const figures = (b: Built): BundleFigures => {
    const s = samples.get(b.name);
    return {
      ...b.figures,
      name: b.name,
      kind: b.kind,
      init: summarize(s?.importMs ?? []),
      sinceProcessStart: summarize(s?.since ?? []),
      sizeRatio: 0,
      gzipRatio: 0,
      initRatio: 0,
      ...(s?.error || b.figures.error ? { error: s?.error ?? b.figures.error } : {}),
    };
  };
  const baseline = figures(baselineBuild);
  const baseMaps = runnable.find((b) => b.name === `baseline ${MAPS_WHAT_IF}`);
  const baselineMaps = baseMaps ? figures(baseMaps) : undefined;
  const withRatios = (f: BundleFigures, base: BundleFigures): BundleFigures => ({
    ...f,
    sizeRatio: ratio(f.bytes, base.bytes),
    gzipRatio: ratio(f.gzipBytes, base.gzipBytes),
    initRatio: ratio(f.init.p50, base.init.p50),
  });
  const all = [...byName.keys()].map((name) => {
    const b = builds.find((x) => x.name === name)!;
    return withRatios(figures(b), baseline);
  });
  const whatIf = runnable
    .filter((b) => b.kind === 'what-if')
    .map((b) => withRatios(figures(b), b.env === 'source-maps' && baselineMaps ? baselineMaps : baseline));

  const { version } = (await import('esbuild')) as { version: string };
  const {
    banner: _banner,
    metafile: _metafile,
    logLevel: _logLevel,
    absWorkingDir: _cwd,
    ...shown
  } = ESBUILD_OPTIONS;
  return {
    rounds: ROUNDS,
    web,
    esbuild: {
      version,
      options: {
        ...shown,
        alias: { '@aws-sdk/credential-provider-node': relative(ROOT, LAMBDA_CREDENTIALS_MODULE) },
        banner: 'createRequire shim (as the construct)',
      },
    },
    nodeOptions: '',
    drift,
    baseline: withRatios(baseline, baseline),
    functions: all,
    whatIf,
    whatIfNotes: {
      'with the credentials alias':
        "the baseline bundled with Parley's options in full, the SDK's credential chain reduced to the environment provider as in every Parley function; against this stricter baseline the ratios are higher (see docs/performance.md)",
      [MAPS_WHAT_IF]:
        'the same bundle started with NODE_OPTIONS=--enable-source-maps, as the construct did until stop 61 (Node reads the map and measures every line of the bundle at import); its ratio is to the baseline also started with it',
    },
    targets: { sizeRatioMax: 1.5, initRatioMax: 1.5 },
  };
}

runSection(main);
