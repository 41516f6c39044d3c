/**
 * How a section (a child process of bench/run.ts) talks to the runner: JSON lines on file descriptor 3,
 * so that whatever the handlers log on stdout/stderr never mixes with them. Run on its own
 * (`npx tsx bench/sections/x.ts`), a section prints its progress and result on stderr/stdout instead.
 */
import { fstatSync, writeSync } from 'node:fs';

/** Set by bench/run.ts for the sections: the endpoint of the run's one in-memory DynamoDB Local. */
export const ENDPOINT_ENV = 'PARLEY_BENCH_DDB_ENDPOINT';
/** Set by bench/run.ts: when (epoch ms) the run's time budget ends; elastic work shares what is left. */
export const DEADLINE_ENV = 'PARLEY_BENCH_DEADLINE_MS';

/** Milliseconds left in the run's budget (a section run on its own has 10 minutes). */
export const timeLeft = (): number => {
  const deadline = Number(process.env[DEADLINE_ENV] ?? Number.NaN);
  return Number.isFinite(deadline) ? deadline - Date.now() : 600_000 - process.uptime() * 1000;
};

export type SectionMessage =
  | { type: 'progress'; fraction: number; label: string }
  | { type: 'note'; text: string }
  | { type: 'result'; data: unknown }
  | { type: 'error'; message: string; stack?: string };

const hasChannel = ((): boolean => {
  try {
    return fstatSync(3).isFIFO() || fstatSync(3).isSocket();
  } catch {
    return false;
  }
})();

export function send(message: SectionMessage): void {
  if (hasChannel) {
    writeSync(3, `${JSON.stringify(message)}\n`);
    return;
  }
  if (message.type === 'progress')
    process.stderr.write(`[${(message.fraction * 100).toFixed(0).padStart(3)}%] ${message.label}\n`);
  else if (message.type === 'note') process.stderr.write(`${message.text}\n`);
  else if (message.type === 'error') process.stderr.write(`${message.stack ?? message.message}\n`);
  else process.stdout.write(`${JSON.stringify(message.data, null, 2)}\n`);
}

let lastProgress = 0;

/** Progress within the section (0..1) and what it is doing; throttled to a few messages a second. */
export function progress(fraction: number, label: string): void {
  const now = Date.now();
  if (now - lastProgress < 250 && fraction < 1) return;
  lastProgress = now;
  send({ type: 'progress', fraction: Math.min(1, Math.max(0, fraction)), label });
}

export const note = (text: string): void => send({ type: 'note', text });

/**
 * Runs a section's main function, reports its result (or error) and ends the process, so that no open
 * socket or timer can keep a section alive after it is done.
 */
export function runSection(main: () => Promise<unknown>): void {
  main().then(
    (data) => {
      send({ type: 'result', data });
      process.exit(0);
    },
    (err: unknown) => {
      send({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
        ...(err instanceof Error && err.stack ? { stack: err.stack } : {}),
      });
      process.exit(1);
    },
  );
}
