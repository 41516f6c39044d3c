/**
 * The CLIs as a developer runs them: `npm start` prints its ready line, serves, hands out tokens through
 * `npm run token`, and on Ctrl-C (SIGINT to its process group) stops everything, Java included. Known
 * failures print one line.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../local/net';
import { tokenKeyFile } from '../../local/token-key';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
// npm scripts must find the pinned Node 24 first, as they do under `npm test`.
const PATH = [join(ROOT, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(':');
/**
 * The JVM options the run's own DynamoDB Local uses (tests/support/global-setup.ts says why: C1 only, the
 * serial collector), for the Java each `npm start` here starts. JAVA_TOOL_OPTIONS reaches that Java without
 * changing the command line the CLI builds (what the tests match Java by); its "Picked up …" line goes to
 * Java's stderr, which the CLI shows only when Java fails to start. These tests are about starting and
 * stopping, not about how fast Java runs: with the JVM's defaults this file took ~36 s of CPU, with
 * these ~27 s (measured back to back on the 2-core machine).
 */
const JAVA_TOOL_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH,
  FORCE_COLOR: '0',
  JAVA_TOOL_OPTIONS,
  ...extra,
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
});

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Run {
  // detached: its own process group, so we can signal the whole group as a terminal's Ctrl-C does.
  const child = spawn(command, args, {
    cwd: ROOT,
    env: env(extraEnv),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  // 'exit' can come before the last output is read (the pipes drain after it): wait for both streams to end, but
  // not past a bound, since a grandchild that inherited the pipes (DynamoDB Local) may hold them open.
  const drained = (stream: NodeJS.ReadableStream & { readableEnded: boolean }) =>
    new Promise<void>((done) => (stream.readableEnded ? done() : stream.once('end', () => done())));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      const bound = new Promise<void>((done) => setTimeout(done, 2_000).unref());
      void Promise.race([Promise.all([drained(child.stdout), drained(child.stderr)]), bound]).then(() =>
        resolve({ code, signal }),
      );
    }),
  );
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = run.output().match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Did not see ${pattern} in:\n${run.output()}`);
}

const javaProcessesOnPort = (port: string): string[] =>
  execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('DynamoDBLocal.jar') && new RegExp(`-port ${port}(\\s|$)`).test(line));

/** Alive = exists and is not a zombie (a killed child can linger unreaped where PID 1 does not reap). */
const isAlive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

const lines = (text: string): string[] => text.trim().split('\n').filter(Boolean);

/** Starts the stack, checks it serves, Ctrl-Cs it and checks that Java is gone. */
async function startAndInterrupt(
  start: Run,
  port: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  await waitFor(
    start,
    new RegExp(`^Parley local stack ready at http://127\\.0\\.0\\.1:${port}$`, 'm'),
    60_000,
  );
  const [, javaPid, javaPort] = start
    .output()
    .match(/DynamoDB Local \(pid (\d+)\) listening at http:\/\/127\.0\.0\.1:(\d+)/)!;
  expect(javaProcessesOnPort(javaPort!)).toHaveLength(1);

  const health = await fetch(`http://127.0.0.1:${port}/__local/health`);
  expect(await health.json()).toEqual({ status: 'ok' });

  process.kill(-start.child.pid!, 'SIGINT');
  const exit = await start.exited;
  expect(start.output()).toContain('SIGINT received, stopping');
  // The output says how Java was stopped (SIGTERM within the grace period, or SIGKILL) if this fails.
  expect(isAlive(Number(javaPid)), start.output()).toBe(false);
  expect(javaProcessesOnPort(javaPort!), start.output()).toEqual([]);
  await expect(fetch(`http://127.0.0.1:${port}/__local/health`)).rejects.toThrow();
  return exit;
}

/** local/start.ts run directly (not through npm), in memory, once it says it is ready. */
async function startedDirectly(): Promise<{ start: Run; port: number }> {
  const port = await findFreePort();
  const start = run(process.execPath, [TSX_CLI, 'local/start.ts', '--port', String(port), '--in-memory']);
  await waitFor(
    start,
    new RegExp(`^Parley local stack ready at http://127\\.0\\.0\\.1:${port}$`, 'm'),
    60_000,
  );
  return { start, port };
}

describe.concurrent('npm start', () => {
  it(
    'prints the ready line, serves, hands out tokens, and stops Java on Ctrl-C',
    { timeout: 90_000 },
    async () => {
      const port = await findFreePort();
      const start = run('npm', ['start', '--', '--port', String(port), '--in-memory']);
      await waitFor(
        start,
        new RegExp(`^Parley local stack ready at http://127\\.0\\.0\\.1:${port}$`, 'm'),
        60_000,
      );

      // The token route wants this start's key, published for this OS user only.
      const keyFile = tokenKeyFile(port);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      // And the data folder it sits in (the table's files, the secret) is this user's alone.
      expect(statSync(dirname(keyFile)).mode & 0o777).toBe(0o700);
      const keyless = await fetch(`http://127.0.0.1:${port}/__local/token`, {
        method: 'POST',
        body: '{"role":"admin"}',
      });
      expect(keyless.status).toBe(403);
      expect(await keyless.json()).toMatchObject({ error: { code: 'local_key_required' } });

      const token = run('npm', ['run', 'token', '--', '--role', 'moderator', '--port', String(port)]);
      expect((await token.exited).code).toBe(0);
      const jwt = lines(token.output()).at(-1)!;
      expect(decodeJwt(jwt)).toMatchObject({
        'cognito:groups': ['moderators'],
        iss: `http://127.0.0.1:${port}/local-issuer`,
      });

      const exit = await startAndInterrupt(start, port);
      // npm itself re-raises the SIGINT it forwarded once its script has exited.
      expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
      expect(existsSync(keyFile)).toBe(false);
    },
  );

  it('local/start.ts itself exits 0 after stopping everything on SIGINT', { timeout: 90_000 }, async () => {
    const { start, port } = await startedDirectly();
    expect(await startAndInterrupt(start, port)).toEqual({ code: 0, signal: null });
  });
});

describe.concurrent('npm start, when a part of it dies', () => {
  /** Starts local/start.ts in memory and returns it with its Java's pid once the stack is ready. */
  async function started(): Promise<{ start: Run; port: number; javaPid: number }> {
    const { start, port } = await startedDirectly();
    const [, javaPid] = start.output().match(/DynamoDB Local \(pid (\d+)\) listening/)!;
    return { start, port, javaPid: Number(javaPid) };
  }

  it('stops, saying why, and exits 1 when DynamoDB Local dies under it', { timeout: 90_000 }, async () => {
    const { start, port, javaPid } = await started();
    process.kill(javaPid, 'SIGKILL');
    expect(await start.exited).toEqual({ code: 1, signal: null });
    expect(start.output()).toMatch(
      /DynamoDB Local \(pid \d+\) exited \(SIGKILL\): the local stack cannot run without it/,
    );
    await expect(fetch(`http://127.0.0.1:${port}/__local/health`)).rejects.toThrow();
  });

  it(
    'leaves no Java behind when its whole process group is killed with SIGKILL',
    { timeout: 90_000 },
    async () => {
      const { start, javaPid } = await started();
      process.kill(-start.child.pid!, 'SIGKILL');
      await start.exited;
      // The watchdog, in a process group of its own, sends SIGTERM and then SIGKILL after 5 s.
      const deadline = Date.now() + 20_000;
      while (isAlive(javaPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(isAlive(javaPid)).toBe(false);
    },
  );
});

describe.concurrent('one-line failures', () => {
  it(
    'says in one line that Java 17+ is needed when there is no java, and exits 1',
    { timeout: 30_000 },
    async () => {
      const port = await findFreePort();
      const start = run(
        process.execPath,
        [TSX_CLI, 'local/start.ts', '--port', String(port), '--in-memory'],
        {
          JAVA_HOME: '/nonexistent-java-home',
        },
      );
      expect((await start.exited).code).toBe(1);
      expect(lines(start.output())).toEqual([
        expect.stringMatching(/^DynamoDB Local needs Java 17 or newer\b.*$/),
      ]);
    },
  );

  it('says in one line that the port is in use, and exits 1', { timeout: 30_000 }, async () => {
    const port = await findFreePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const start = run(process.execPath, [TSX_CLI, 'local/start.ts', '--port', String(port), '--in-memory']);
      expect((await start.exited).code).toBe(1);
      expect(lines(start.output())).toEqual([
        `Port ${port} on 127.0.0.1 is already in use: stop whatever is using it or pass --port <another port>.`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('npm run token says in one line when no stack answers', { timeout: 30_000 }, async () => {
    const port = await findFreePort();
    const token = run(process.execPath, [
      TSX_CLI,
      'local/token.ts',
      '--role',
      'admin',
      '--port',
      String(port),
    ]);
    expect((await token.exited).code).toBe(1);
    expect(lines(token.output())).toEqual([
      expect.stringContaining(`No Parley local stack answers on 127.0.0.1:${port}`),
    ]);
  });
});
