/**
 * `npm start`: runs the local stack until Ctrl-C.
 *
 *   npm start -- [--port N] [--in-memory] [--data-dir DIR]
 *
 * Prints `Parley local stack ready at http://127.0.0.1:PORT` once it serves requests. Known failures
 * (no Java, port taken, data folder in use by another stack, bad flags) print one line and exit 1.
 */
import { parseArgs } from 'node:util';
import { LOCAL_KEY } from '../shared/runtime-contract';
import { DataDirInUseError } from './data-lock';
import { JavaMissingError } from './dynamodb-local';
import { PortInUseError } from './gateway';
import { consoleLogger } from './log';
import { DEFAULT_PORT, startLocalStack, type LocalStack } from './stack';

const USAGE = 'Usage: npm start -- [--port N] [--in-memory] [--data-dir DIR]';

/** A repeated signal sooner than this is an echo of the first one, not a second Ctrl-C. */
const FORCE_AFTER_MS = 1_000;
/**
 * How long stopping may take before the process exits anyway: a database that stopped answering would
 * otherwise hold the stop (and the data folder's lock) until a second Ctrl-C. The exit hooks still stop
 * DynamoDB Local and release the lock; nothing accepted is lost (it waits in the data folder).
 */
const STOP_DEADLINE_MS = 15_000;

function exitIfStopHangs(): void {
  setTimeout(() => {
    consoleLogger.error(
      `Stopping took longer than ${STOP_DEADLINE_MS / 1000} s (is the database answering?): exiting anyway.`,
    );
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
}

class UsageError extends Error {}

function parseOptions(argv: string[]): { port: number; inMemory: boolean; dataDir?: string; help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'in-memory': { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be 0-65535. ${USAGE}`);
  return {
    port,
    inMemory: values['in-memory'],
    help: values.help,
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }

  // Filled once started; the signal handler, registered before, reads it.
  const running: { stack?: LocalStack } = {};
  let shutdownStartedAt: number | undefined;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (shutdownStartedAt !== undefined) {
      // The same Ctrl-C can arrive twice (from the terminal and relayed by tsx/npm): ignore an echo; a
      // deliberate second Ctrl-C forces the exit (the exit hook still kills DynamoDB Local).
      if (Date.now() - shutdownStartedAt > FORCE_AFTER_MS) process.exit(1);
      return;
    }
    shutdownStartedAt = Date.now();
    consoleLogger.info(`${signal} received, stopping…`);
    exitIfStopHangs();
    // Still starting: main() stops the stack as soon as it is up (Java included), then exits.
    if (running.stack === undefined) return;
    void running.stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        consoleLogger.error('Error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const stack = (running.stack = await startLocalStack({
    port: options.port,
    inMemory: options.inMemory,
    publishTokenKey: true,
    web: true,
    logger: consoleLogger,
    // Without its database the stack could only answer 500s: stop, and say how to go on (nothing accepted is
    // lost: the comments and their stream wait in the data directory for the next start).
    onDatabaseLost: (detail) => {
      if (shutdownStartedAt !== undefined) return;
      shutdownStartedAt = Date.now();
      exitIfStopHangs();
      consoleLogger.error(
        `${detail}: the local stack cannot run without it and is stopping. Run npm start again.`,
      );
      void running.stack?.stop().finally(() => process.exit(1));
    },
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
  }));
  if (shutdownStartedAt !== undefined) {
    await stack.stop();
    process.exit(0);
  }
  console.log(`Parley local stack ready at ${stack.url}`);
  console.log(`  Demo article:      ${stack.url}/`);
  // The key in the link's fragment: the browser keeps it to itself (no request, no log carries it), and
  // the console sends it to the token route, which takes no request without it (local-guard.ts).
  console.log(`  Moderator console: ${stack.url}/console/#${LOCAL_KEY.fragment}=${stack.tokenKey}`);
  consoleLogger.info(
    `Moderator token: npm run token -- --role moderator${options.port === DEFAULT_PORT ? '' : ` --port ${stack.port}`}`,
  );
}

main().catch((error: unknown) => {
  // Expected failures get their one-line message only; anything else keeps its stack for debugging.
  if (
    error instanceof JavaMissingError ||
    error instanceof PortInUseError ||
    error instanceof DataDirInUseError ||
    error instanceof UsageError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
