/**
 * `npm run bench`: Parley's benchmark suite. Runs each section in a child process of its own (handlers read
 * their configuration once per process, and a crash or a stuck section must not take the others down),
 * shows progress, prints the figures with every target marked met or missed, writes
 * bench/results/latest.json and refreshes the figures block of docs/performance.md.
 *
 *   npm run bench                      everything (9 to 10 minutes on 2 cores: the budget fills what is left)
 *   npm run bench -- --quick           small sample sizes, a couple of minutes; writes results/quick.json only
 *   npm run bench -- --only requests,scale
 *   npm run bench -- --no-doc          leave docs/performance.md alone
 *
 * Sections: bundles (1), moderation (3, 8), idle (7, inputs), scale (5), e2e (6), import (9), requests (2, 4). Scale gets
 * an in-memory DynamoDB Local of its own; e2e and requests share another. The whole run has
 * a time budget (PARLEY_BENCH_BUDGET_S, default 540 s): the warm runs of `requests`, which come last, share
 * what is left of it, so on a busy machine they measure fewer than 2,000 invocations (the report says how
 * many) rather than overrun.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDynamoDBLocal, type DynamoDBLocal } from '../local/dynamodb-local';
import { DEADLINE_ENV, ENDPOINT_ENV, type SectionMessage } from './lib/ipc';
import { costs, render, targets, type Results } from './lib/report';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const DOC = join(ROOT, 'docs', 'performance.md');
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

interface SectionSpec {
  id: keyof Results;
  title: string;
  /** Rough share of the run, for the progress bar. */
  weight: number;
  timeoutSeconds: number;
  /** `shared`: the run's DynamoDB Local; `own`: a fresh one, stopped right after (no table drops to wait for). */
  dynamo: 'shared' | 'own' | false;
}

const SECTIONS: SectionSpec[] = [
  { id: 'bundles', title: 'bundles and cold start', weight: 150, timeoutSeconds: 900, dynamo: false },
  {
    id: 'moderation',
    title: 'moderation throughput and quality',
    weight: 12,
    timeoutSeconds: 120,
    dynamo: false,
  },
  { id: 'idle', title: 'idle resources (synth)', weight: 12, timeoutSeconds: 180, dynamo: false },
  // 210,000 items: a DynamoDB Local of its own, thrown away after (deleting such tables keeps Local busy for minutes).
  { id: 'scale', title: 'scale', weight: 140, timeoutSeconds: 900, dynamo: 'own' },
  { id: 'e2e', title: 'end to end', weight: 15, timeoutSeconds: 180, dynamo: 'shared' },
  // A ~200 MB export parsed and planned in this process (about 20 s on 2 cores): no table.
  { id: 'import', title: 'import of a 200 MB export', weight: 20, timeoutSeconds: 240, dynamo: false },
  // Last: its sample sizes adapt to the time left (see DEADLINE_ENV), so the run stays within its budget.
  {
    id: 'requests',
    title: 'capacity units and warm requests',
    weight: 170,
    timeoutSeconds: 900,
    dynamo: 'shared',
  },
];

const QUICK_ENV: Record<string, string> = {
  PARLEY_BENCH_COLD_ROUNDS: '3',
  PARLEY_BENCH_MODERATION_SECONDS: '1.5',
  PARLEY_BENCH_REQUESTS: '100',
  PARLEY_BENCH_WARMUP: '10',
  PARLEY_BENCH_DDB_CAP_MS: '3000',
  PARLEY_BENCH_COMPUTE_CAP_MS: '1000',
  PARLEY_BENCH_SCALE_SIZES: '100,1000,10000',
  PARLEY_BENCH_QUEUE_SIZES: '100,10000',
  PARLEY_BENCH_SCALE_ROUNDS: '40',
  PARLEY_BENCH_E2E_SAMPLES: '8',
  PARLEY_BENCH_IMPORT_MB: '20',
};

function parseArgs(argv: string[]) {
  const only =
    argv.find((a) => a.startsWith('--only'))?.split('=')[1] ??
    (argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined);
  return {
    quick: argv.includes('--quick'),
    noDoc: argv.includes('--no-doc'),
    only: only ? new Set(only.split(',')) : undefined,
  };
}

/** One progress line, redrawn in place on a terminal, printed every few seconds otherwise. */
class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private lastDraw = 0;
  private lastPrinted = '';
  private readonly start = Date.now();

  constructor(private readonly total: number) {}

  update(done: number, section: string, label: string): void {
    const now = Date.now();
    const fraction = Math.min(1, done / this.total);
    const elapsed = Math.round((now - this.start) / 1000);
    const bar = '#'.repeat(Math.round(fraction * 24)).padEnd(24, '.');
    const text = `[${bar}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, '0')}  ${section}: ${label}`;
    if (this.tty) {
      if (now - this.lastDraw < 150) return;
      this.lastDraw = now;
      const width = process.stderr.columns ?? 120;
      process.stderr.write(`\r\x1b[2K${text.slice(0, width - 1)}`);
    } else {
      const key = `${section}:${label.split(/[:(\d]/)[0]}`;
      if (key === this.lastPrinted && now - this.lastDraw < 15_000) return;
      this.lastPrinted = key;
      this.lastDraw = now;
      process.stderr.write(`${text}\n`);
    }
  }

  say(text: string): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`${text}\n`);
  }

  done(): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
  }
}

function runSection(
  spec: SectionSpec,
  env: NodeJS.ProcessEnv,
  log: NodeJS.WritableStream,
  onProgress: (fraction: number, label: string) => void,
  onNote: (text: string) => void,
): Promise<{ data?: unknown; error?: string }> {
  return new Promise((resolve) => {
    const file = join(ROOT, 'bench', 'sections', `${spec.id}.ts`);
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    let result: { data?: unknown; error?: string } = {};
    let buffer = '';
    const channel = child.stdio[3] as NodeJS.ReadableStream;
    channel.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        let msg: SectionMessage;
        try {
          msg = JSON.parse(line) as SectionMessage;
        } catch {
          continue;
        }
        if (msg.type === 'progress') onProgress(msg.fraction, msg.label);
        else if (msg.type === 'note') onNote(msg.text);
        else if (msg.type === 'result') result = { data: msg.data };
        else result = { error: msg.stack ?? msg.message };
      }
    });
    const timer = setTimeout(() => {
      result = { error: `timed out after ${spec.timeoutSeconds} s` };
      child.kill('SIGKILL');
    }, spec.timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!result.data && !result.error)
        result = { error: `exited with code ${code} without a result (see bench/results/bench.log)` };
      resolve(result);
    });
  });
}

function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const sections = SECTIONS.filter((s) => !args.only || args.only.has(s.id));
  mkdirSync(RESULTS_DIR, { recursive: true });
  const log = createWriteStream(join(RESULTS_DIR, 'bench.log'));
  const started = Date.now();
  const budgetSeconds = Number(process.env.PARLEY_BENCH_BUDGET_S ?? (args.quick ? 240 : 540));
  /** Leaves time for the report after the last section. */
  const deadline = started + budgetSeconds * 1000 - 10_000;
  const loadStart = loadavg();
  const progress = new Progress(sections.reduce((s, x) => s + x.weight, 0));
  progress.say(
    `Parley benchmark${args.quick ? ' (quick)' : ''}: ${sections.map((s) => s.id).join(', ')}. Load average ${loadStart.map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores; the log goes to bench/results/bench.log.`,
  );

  const results: Results = {};
  const errors: Record<string, string> = {};
  let dynamo: DynamoDBLocal | undefined;
  let own: DynamoDBLocal | undefined;
  const stopDynamo = async () => {
    const all = [dynamo, own];
    dynamo = undefined;
    own = undefined;
    for (const d of all) await d?.stop();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    progress.say(`Interrupted (${signal}); stopping DynamoDB Local.`);
    void stopDynamo().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let doneWeight = 0;
  try {
    for (const spec of sections) {
      if (spec.dynamo === 'shared' && !dynamo) {
        progress.update(doneWeight, 'DynamoDB Local', 'starting (in memory)');
        dynamo = await startDynamoDBLocal({ inMemory: true });
      }
      if (spec.dynamo === 'own') {
        progress.update(doneWeight, 'DynamoDB Local', `starting one for ${spec.id} (in memory)`);
        own = await startDynamoDBLocal({ inMemory: true });
      }
      const endpoint =
        spec.dynamo === 'own' ? own?.endpoint : spec.dynamo === 'shared' ? dynamo?.endpoint : undefined;
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...(args.quick ? QUICK_ENV : {}),
        ...(endpoint ? { [ENDPOINT_ENV]: endpoint } : {}),
        [DEADLINE_ENV]: String(deadline),
      };
      const t0 = Date.now();
      progress.update(doneWeight, spec.title, 'starting');
      const out = await runSection(
        spec,
        env,
        log,
        (fraction, label) => progress.update(doneWeight + spec.weight * fraction, spec.id, label),
        (text) => progress.say(`  ${spec.id}: ${text}`),
      );
      doneWeight += spec.weight;
      if (own) {
        const d = own;
        own = undefined;
        await d.stop();
      }
      const seconds = ((Date.now() - t0) / 1000).toFixed(0);
      if (out.error) {
        errors[spec.id] = out.error;
        progress.say(`✗ ${spec.title}: failed after ${seconds} s: ${out.error.split('\n')[0]}`);
      } else {
        (results as Record<string, unknown>)[spec.id] = out.data;
        progress.say(`✓ ${spec.title} (${seconds} s)`);
      }
    }
  } finally {
    await stopDynamo();
    progress.done();
    log.end();
  }

  const runSeconds = (Date.now() - started) / 1000;
  const ts = targets(results, runSeconds);
  const c = costs(results);
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']).split('\n').filter(Boolean).length;
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageStart: loadStart,
    loadAverageEnd: loadavg(),
  };
  const generatedAt = new Date().toISOString();
  const report = {
    version: 1,
    generatedAt,
    quick: args.quick,
    runSeconds,
    machine,
    git: { commit, uncommittedChanges: dirty },
    targets: ts,
    cost: c,
    errors,
    sections: results,
  };

  const header = `Run of ${generatedAt.slice(0, 16).replace('T', ' ')} UTC${args.quick ? ' (quick)' : ''}, commit ${commit}${dirty ? ` with ${dirty} uncommitted changes` : ''}, on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; load average ${machine.loadAverageStart.map((l) => l.toFixed(1)).join(' / ')} at the start. ${Math.floor(runSeconds / 60)} min ${Math.round(runSeconds % 60)} s.`;
  process.stdout.write(`\n${header}\n${render(results, ts, c, false, errors)}\n`);

  const name = args.quick ? 'quick.json' : args.only ? 'partial.json' : 'latest.json';
  const target = join(RESULTS_DIR, name);
  writeFileSync(`${target}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
  process.stdout.write(`\nWrote bench/results/${name}.\n`);

  if (!args.noDoc && !args.quick && !args.only && existsSync(DOC)) {
    const doc = readFileSync(DOC, 'utf8');
    const a = doc.indexOf(BEGIN);
    const b = doc.indexOf(END);
    if (a >= 0 && b > a) {
      const block = `${BEGIN}\n<!-- Generated by \`npm run bench\` (bench/run.ts); edits between these markers are overwritten. -->\n\n${header}\n${render(results, ts, c, true, errors)}\n\n${END}`;
      // Formatted as \`npm run format\` would, so that \`npm run lint\` stays green after every run.
      const prettier = await import('prettier');
      const options = (await prettier.resolveConfig(DOC)) ?? {};
      const text = await prettier.format(doc.slice(0, a) + block + doc.slice(b + END.length), {
        ...options,
        filepath: DOC,
      });
      writeFileSync(DOC, text);
      process.stdout.write('Updated the figures in docs/performance.md.\n');
    }
  }
  return Object.keys(errors).length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
