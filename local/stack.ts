/**
 * The whole local stack in one call: DynamoDB Local (started or reused), the handlers' environment, the
 * table, the gateway and the stream poller — what `npm start` runs and what tests start per file.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DEFAULT_DATA_DIR, DEFAULT_PORT, DEFAULT_TABLE_NAME } from './defaults';
import { DEFAULT_LOCAL_REGION, localClientConfig, localCredentials } from './aws';
import { lockDataDir } from './data-lock';
import { startDynamoDBLocal, type DynamoDBLocal } from './dynamodb-local';
import { PortInUseError, startGateway, type Gateway, type GatewayOptions } from './gateway';
import {
  FUNCTIONS_DIR,
  createHandlerLoader,
  type HandlerLoader,
  type HttpHandler,
  type StreamHandler,
} from './handler-loader';
import { createLambdaContext } from './lambda-context';
import { triggers } from '../functions/routes';
import type { Deps } from '../shared/app/deps';
import { ENV, POWERTOOLS_ENV } from '../shared/runtime-contract';
import type { LocalIssuer } from './jwt';
import { consoleLogger, type Logger } from './log';
import { createStaticSite } from './static-site';
import { buildWebAssets, type WebAsset } from '../web/build';
import { isPortFree } from './net';
import { startStreamPoller, type StreamPoller, type StreamPollerOptions } from './stream-poller';
import { ensureTable } from './table';
import { removeTokenKey, tokenKeyFile, writeTokenKey } from './token-key';

export { DEFAULT_DATA_DIR, DEFAULT_PORT, DEFAULT_TABLE_NAME };

export interface LocalStackOptions {
  /** Gateway port; default 3000, 0 for any free port. */
  port?: number;
  /** Throwaway data: DynamoDB Local in memory, and nothing written under `dataDir`. */
  inMemory?: boolean;
  /** Default `.data/` at the repo root: DynamoDB files, the secret, stream checkpoints, dead letters. */
  dataDir?: string;
  /** Use this DynamoDB Local instead of starting one (tests share one per run). */
  dynamodbEndpoint?: string;
  /** Called if the DynamoDB Local this stack started exits while the stack runs (`npm start` then stops). */
  onDatabaseLost?: (detail: string) => void;
  tableName?: string;
  region?: string;
  /** Default: a random one, persisted in `<dataDir>/secret` unless in memory. */
  secret?: string;
  /**
   * Build each handler with its module's `makeHandler` on dependencies of this stack's own (its table,
   * endpoint, region and secret, read at start) instead of running the module's `handler`, whose
   * dependencies are made from process.env once per process. Then several stacks can run one after the
   * other in one process (test files sharing a worker), each on its own table. Default off: `npm start`
   * runs the `handler` exports, as Lambda does.
   */
  ownDependencies?: boolean;
  /** Test seams: fake handlers instead of functions/*.ts. */
  loadHandler?: HandlerLoader<HttpHandler>;
  loadConsumer?: () => Promise<StreamHandler>;
  /** Extra gateway settings (e.g. `routes` for tests). */
  gateway?: Pick<GatewayOptions, 'routes' | 'audience' | 'jwtAlg' | 'functionTimeoutMs'>;
  /**
   * Write the token route's per-start key to `.data/token-key-<port>` (mode 0600, removed at stop) so
   * that `npm run token` can use it; `npm start` does, test stacks do not. Always the repo's `.data/`
   * (the CLI knows only the port), also with `inMemory` or another `dataDir`: it is not data.
   */
  publishTokenKey?: boolean;
  /** How often the sweeper runs (moderates comments stuck in `received`); default 60 s, 0 turns it off. */
  sweepIntervalMs?: number;
  /** Extra poller settings (e.g. faster polling in tests). */
  poller?: Pick<
    StreamPollerOptions,
    'pollIntervalMs' | 'maxAttempts' | 'retryDelayMs' | 'batchSize' | 'functionTimeoutMs'
  >;
  logger?: Logger;
  /**
   * Serve the web assets (demo article at `/`, widget, console) beside the API: `true` builds them in memory at
   * start (`npm start` does), or the assets themselves, built once by the caller (test workers share one build
   * across their files' stacks). Test stacks serve them only when they ask.
   */
  web?: boolean | readonly WebAsset[];
}

export interface LocalStack {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** DynamoDB Local's endpoint. */
  readonly endpoint: string;
  readonly tableName: string;
  readonly region: string;
  readonly poller: StreamPoller;
  readonly issuer: LocalIssuer;
  /** The key `POST /__local/token` requires (header `x-parley-local-key`). */
  readonly tokenKey: string;
  /** With `ownDependencies`, the dependencies the stack's handlers run on. */
  readonly deps: Deps | undefined;
  /** Stops the poller, the gateway and (if this stack started it) DynamoDB Local. Idempotent. */
  stop(): Promise<void>;
}

/** Reads `<dataDir>/secret`, creating it (mode 0600) on first use, so cursors survive restarts. */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * Sets what the handlers read at module scope. Must run before any handler module is imported; the
 * credentials are dummies so that nothing can reach a real AWS account.
 */
export function setHandlerEnvironment(env: {
  tableName: string;
  endpoint: string;
  region: string;
  secret: string;
}): void {
  process.env[ENV.tableName] = env.tableName;
  process.env[ENV.dynamodbEndpoint] = env.endpoint;
  process.env[ENV.region] = env.region;
  process.env.AWS_DEFAULT_REGION = env.region;
  process.env[ENV.parleySecret] = env.secret;
  const credentials = localCredentials();
  process.env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  // CloudWatch metrics (EMF lines) mean nothing locally; keep the console for requests and errors.
  process.env[POWERTOOLS_ENV.metricsDisabled] ??= 'true';
  process.env[POWERTOOLS_ENV.serviceName] ??= 'parley-local';
}

/** The handlers' dependencies, made from the environment `setHandlerEnvironment` has just set. */
async function dependenciesFromEnvironment(): Promise<Deps> {
  // Imported here, not at the top: the functions' modules read process.env when they load.
  const [{ buildDeps }, { loadConfig }] = await Promise.all([
    import('../functions/lib/deps'),
    import('../functions/lib/config'),
  ]);
  return buildDeps(loadConfig());
}

/**
 * The stack's poller pauses this long on a quiet stream. A write through the API wakes it at once, so
 * the pause only delays what is written around the API (an import into a running stack, the sweeper's
 * retries); each pass costs DynamoDB Local a few milliseconds of CPU, which a short pause pays all day.
 */
export const IDLE_POLL_MS = 1_000;

/** Starts the local stack; on failure everything already started is stopped again. */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const logger = options.logger ?? consoleLogger;
  const port = options.port ?? DEFAULT_PORT;
  const inMemory = options.inMemory ?? false;
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  const region = options.region ?? DEFAULT_LOCAL_REGION;

  // Fail before the slow Java start when the port is obviously taken (listen still handles the race).
  if (port !== 0 && !(await isPortFree(port))) throw new PortInUseError(port, '127.0.0.1');
  // The data folder holds the table's files, the secret and the dead letters: the developer's alone (an
  // earlier version left it, and DynamoDB Local's files in it, readable by every user of the machine).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);

  const cleanups: (() => Promise<void>)[] = [];
  const stopAll = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        logger.error('Error while stopping the local stack', error);
      }
    }
  };

  try {
    let endpoint = options.dynamodbEndpoint;
    if (endpoint === undefined) {
      // One stack per data folder (data-lock.ts); in memory, nothing in it is shared but the secret.
      const lock = inMemory ? null : await lockDataDir(dataDir);
      if (lock) cleanups.push(() => Promise.resolve(lock.release()));
      const ddb: DynamoDBLocal = await startDynamoDBLocal({
        inMemory,
        dataDir: join(dataDir, 'dynamodb'),
        logger,
        ...(options.onDatabaseLost ? { onLost: options.onDatabaseLost } : {}),
      });
      cleanups.push(() => ddb.stop());
      lock?.recordDatabase(ddb.pid);
      endpoint = ddb.endpoint;
    }

    const secret =
      options.secret ?? (inMemory ? randomBytes(32).toString('base64url') : persistedSecret(dataDir));
    setHandlerEnvironment({ tableName, endpoint, region, secret });
    const deps = options.ownDependencies === true ? await dependenciesFromEnvironment() : undefined;
    const loadFunction = <T extends (...args: never[]) => unknown>(): HandlerLoader<T> =>
      createHandlerLoader<T>(FUNCTIONS_DIR, deps && (() => deps));

    const client = new DynamoDBClient(localClientConfig(endpoint, region));
    try {
      const table = await ensureTable(client, tableName);
      if (table.created) logger.info(`Created table ${tableName}`);
      if (table.addedIndexes.length > 0)
        logger.info(`Added indexes ${table.addedIndexes.join(', ')} to ${tableName}`);
    } finally {
      client.destroy();
    }

    const site =
      options.web === true
        ? createStaticSite(await buildWebAssets())
        : options.web
          ? createStaticSite(options.web)
          : undefined;
    // A write through the API wakes the poller (started below), so its comment is moderated at once
    // however long the poller's idle pause.
    let wakePoller = (): void => {};
    const gateway: Gateway = await startGateway({
      port,
      region,
      logger,
      afterWrite: () => wakePoller(),
      ...(site ? { site } : {}),
      ...options.gateway,
      loadHandler: options.loadHandler ?? loadFunction<HttpHandler>(),
    });
    cleanups.push(() => gateway.close());
    if (options.publishTokenKey === true) {
      const keyFile = tokenKeyFile(gateway.port);
      const removeKey = (): void => removeTokenKey(keyFile, gateway.tokenKey);
      writeTokenKey(keyFile, gateway.tokenKey);
      process.once('exit', removeKey); // also on a forced exit (a second Ctrl-C)
      cleanups.push(() => {
        process.removeListener('exit', removeKey);
        removeKey();
        return Promise.resolve();
      });
    }

    const loadConsumer = loadFunction<StreamHandler>();
    const poller = startStreamPoller({
      endpoint,
      tableName,
      region,
      logger,
      pollIntervalMs: IDLE_POLL_MS,
      ...options.poller,
      loadConsumer: options.loadConsumer ?? (() => loadConsumer(triggers.moderateComment)),
      ...(inMemory
        ? {}
        : {
            checkpointFile: join(dataDir, 'stream-checkpoints.json'),
            deadLetterFile: join(dataDir, 'dead-letters.jsonl'),
          }),
    });
    cleanups.push(() => poller.stop());
    wakePoller = () => poller.wake();

    // The scheduled sweeper, as EventBridge would run it on AWS.
    const sweepEvery = options.sweepIntervalMs ?? 60_000;
    if (sweepEvery > 0) {
      const loadSweeper = loadFunction<(event: unknown, context: unknown) => Promise<unknown>>();
      let sweeping = false;
      const timer = setInterval(() => {
        if (sweeping) return;
        sweeping = true;
        loadSweeper(triggers.sweeper)
          .then((sweep) =>
            sweep(
              { source: 'local.scheduler' },
              createLambdaContext({ functionName: triggers.sweeper, timeoutMs: 60_000, region }),
            ),
          )
          .catch((error: unknown) => logger.error(`Sweeper failed: ${String(error)}`))
          .finally(() => {
            sweeping = false;
          });
      }, sweepEvery);
      timer.unref();
      cleanups.push(() => {
        clearInterval(timer);
        return Promise.resolve();
      });
    }

    let stopping: Promise<void> | undefined;
    return {
      url: gateway.url,
      port: gateway.port,
      endpoint,
      tableName,
      region,
      poller,
      issuer: gateway.issuer,
      tokenKey: gateway.tokenKey,
      deps,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
