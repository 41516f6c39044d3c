import { defineConfig } from 'vitest/config';
import ProjectOrderSequencer from './tests/support/sequencer';

/**
 * Three projects. `units` (domain, use cases with in-memory ports, detectors, CDK synthesis, the gateway on
 * fake handlers) share one module registry per worker thread: no stack, no environment to set. `stack`
 * runs everything that starts a local stack, DynamoDB Local, a CLI or a browser page, in forked worker processes
 * that run one file after the other and keep their modules (`isolate: false`): each file's stack builds its
 * handlers on dependencies of its own (`ownDependencies` in local/stack.ts), so the handlers' modules, the
 * SDK and the moderation checks are loaded once per worker instead of once per file. A process per file
 * cost about 1.7 s of CPU before the file's first test (the process, its imports, the first consumer
 * run): the forked workers took ~190 s of a full run's CPU then, ~65 s now. Before each file, a
 * setupFile gives it what a process of its own gave it: a fresh id clock, and a database of its own on
 * the run's DynamoDB Local (tests/support/per-file.ts says why). The browser files (tests/web) were a project of
 * their own with forks of their own; in `stack` they share its three forks, which saved the three other forks'
 * imports and first moderation runs (~1.35 s of CPU each for the checks alone; the forks' CPU over a whole run
 * went from 68–71 s to 65 s). Its globalSetup starts the one Chromium their files connect to when the first of
 * them asks, so a run without browser files starts none, and they keep their 60 s limit
 * (tests/web/support/timeout.ts). `own-process` keeps a process per file for the files listed in OWN_PROCESS.
 * Three workers on the 2-core machines: the stack and browser files wait on DynamoDB Local and Chromium
 * (other processes) much of the time, and a third worker fills that idle CPU. Measured on a quiet machine
 * before the two changes above, the whole run took 210 s with two workers, 181 s with three and 171 s
 * with four; three keeps the browser files' timeouts far from the limit. A full run now takes ~245–265 s
 * of CPU (it took ~405–490 s), most of it the forked workers, DynamoDB Local, the `units` threads and Chromium
 * (docs/architecture.md, "What `npm test` spends its time on").
 *
 * Files are queued project by project: `units`, `own-process`, then `stack` with the browser files first, each
 * group longest first (from the last run's durations); tests/support/sequencer.ts says why.
 */
/** Files of tests/local that need no table: the gateway on fake handlers, the authorizer, the load driver. */
const LOCAL_UNITS = [
  'data-lock',
  'gateway',
  'gateway-responses',
  'jwt-authorizer',
  'load-traffic',
  'local-surface',
  'stream-filter',
].map((name) => `tests/local/${name}.test.ts`);
const UNITS = [
  'tests/unit/**/*.test.ts',
  'tests/moderation/**/*.test.ts',
  // CDK synthesis: aws-cdk-lib is imported once per worker instead of once per file, and the default
  // synth of tests/infra/support.ts is shared by the files that read it.
  'tests/infra/**/*.test.ts',
  ...LOCAL_UNITS,
];
/**
 * Files that change process-wide state (environment, module mocks, globals, a prototype) or measure it (the
 * import's heap bound) keep a process each.
 */
const OWN_PROCESS = [
  'tests/unit/import/memory.test.ts',
  'tests/unit/secrets.test.ts',
  'tests/unit/semantic-lazy.test.ts',
  'tests/unit/client-ip.test.ts',
  // Times detectors on n and 4n characters: another file's garbage in a shared heap would skew the ratio.
  'tests/moderation/detectors/linear-time.test.ts',
  // Runs the real handlers on DynamoDB Local and patches DynamoDBDocumentClient.prototype.send meanwhile.
  'tests/infra/table-writes.test.ts',
  // Calls the functions' own `handler` exports, whose dependencies are made from process.env once per process.
  'tests/integration/moderation-consumer.test.ts',
  // Sets the handlers' log level before their logger is made, and runs the `handler` exports themselves.
  'tests/reliability/privacy.test.ts',
];
const STACK = ['bench', 'http', 'integration', 'load', 'local', 'reliability'].map(
  (dir) => `tests/${dir}/**/*.test.ts`,
);

/** The run's DynamoDB Local: one for every project that lists it (see the file). */
const DYNAMODB_SETUP = 'tests/support/global-setup.ts';
/** How `stack`, `browser` and `own-process` run their files. */
const FORKS = {
  // One DynamoDB Local (Java) for the whole run, shared by these projects; test files get their own tables
  // on it. The browser project adds its Chromium.
  globalSetup: [DYNAMODB_SETUP],
  // Each file's own database on that DynamoDB Local (see the file).
  setupFiles: ['tests/support/per-file.ts'],
  pool: 'forks' as const,
  // On CI only (`.ci/run` sets CI): a stack test that fails is run once more, and the reporter marks it as
  // retried. These tests time real processes (Java, Chromium) on a shared 2-core machine; a failure that
  // repeats is still a failure. Locally nothing is retried.
  retry: process.env.CI ? 1 : 0,
};

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // expect.poll returns as soon as its assertion holds; its default 1 s is too short for a browser page
    // or a stack to catch up when the 2-core machine is busy with other files (and Java, and Chromium).
    expect: { poll: { timeout: 10_000 } },
    maxWorkers: 3,
    sequence: { sequencer: ProjectOrderSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'units', include: UNITS, exclude: OWN_PROCESS, pool: 'threads', isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'stack',
          include: [...STACK, 'tests/web/**/*.test.ts', 'shared/**/*.test.ts', 'functions/**/*.test.ts'],
          exclude: [...LOCAL_UNITS, ...OWN_PROCESS],
          ...FORKS,
          setupFiles: [...FORKS.setupFiles, 'tests/web/support/timeout.ts'],
          isolate: false,
          globalSetup: [DYNAMODB_SETUP, 'tests/web/support/browser-setup.ts'],
        },
      },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS, ...FORKS } },
    ],
  },
});
