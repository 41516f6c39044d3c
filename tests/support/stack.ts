/**
 * Starts a local stack inside one test file: gateway on a free port and the stream poller, on the run's
 * shared DynamoDB Local (see global-setup.ts), with a table of its own. Usage:
 *
 *   let stack: TestStack;
 *   beforeAll(async () => (stack = await startTestStack()));
 *   afterAll(() => stack?.stop());
 *   // fetch(`${stack.url}/…`), await stack.drain() to wait for moderation,
 *   // headers: { authorization: `Bearer ${await stack.token('moderator')}` }
 *
 * One stack per test file. Test files of a project share worker processes (one file after the other), so
 * the stack builds its handlers on dependencies of its own (`ownDependencies`: each handler module's
 * `makeHandler` on this stack's table, endpoint and secret) rather than on those the modules' `handler`
 * exports make from process.env once per process.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ulid } from 'ulid';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expect, inject } from 'vitest';
import { localClientConfig } from '../../local/aws';
import type { HandlerLoader, HttpHandler, StreamHandler } from '../../local/handler-loader';
import type { BadTokenKind, LocalIssuer, LocalRole, MintOptions } from '../../local/jwt';
import { silentLogger, type Logger } from '../../local/log';
import { startLocalStack, type LocalStackOptions } from '../../local/stack';
import { buildWebAssets, type WebAsset } from '../../web/build';
import type { StreamPoller } from '../../local/stream-poller';
import type { Deps } from '../../shared/app/deps';
import type { CommentRecord } from '../../shared/domain/comment';
import { sha256 } from '../../shared/ids';
import { Dynamo } from '../../shared/storage/dynamo';
import { ImportStore } from '../../shared/storage/imports';
import { Repository } from '../../shared/storage/repository';
import { CachedPolicyStore } from '../../shared/storage/policy-store';
import { applyPolicyUpdate, defaultPolicy, type PolicyUpdate } from '../../shared/moderation/policy';
import { closeAgents, sendJson, type Reply } from './http';

export interface TestStackOptions {
  /** Readable part of the table name; default: the test file's name. A random suffix is always added. */
  name?: string;
  /** Fake HTTP handlers instead of functions/*.ts. */
  loadHandler?: HandlerLoader<HttpHandler>;
  /** A fake moderation consumer instead of functions/moderate-comment.ts. */
  loadConsumer?: () => Promise<StreamHandler>;
  gateway?: LocalStackOptions['gateway'];
  poller?: LocalStackOptions['poller'];
  /** Default: silent. Pass `consoleLogger` from local/log to see requests and errors. */
  logger?: Logger;
  /** Serve the web assets (demo page, widget, console) as `npm start` does; default off. */
  web?: boolean;
}

export interface TestStack {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly tableName: string;
  /** DynamoDB Local's endpoint. */
  readonly endpoint: string;
  /** Low-level and document clients on the test's table's DynamoDB Local. */
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  readonly poller: StreamPoller;
  readonly issuer: LocalIssuer;
  /** The token route's per-start key (what `npm start` puts in the console's link). */
  readonly tokenKey: string;
  /** The dependencies this stack's handlers run on (its table, its secret). */
  readonly deps: Deps;
  /** Waits until everything written so far has gone through the stream consumer. */
  drain(timeoutMs?: number): Promise<void>;
  /** A valid moderator/admin/none token for this stack's local issuer. */
  token(role?: LocalRole, options?: Omit<MintOptions, 'role'>): Promise<string>;
  /** A token the gateway must refuse (expired, wrong issuer, alg none, …). */
  badToken(kind: BadTokenKind): Promise<string>;
  /** Sets an article's moderation mode and/or closes it, as a moderator would. */
  setArticle(articleId: string, settings: { mode?: 'pre' | 'post' | null; closed?: boolean }): Promise<void>;
  /**
   * Writes the site policy: the defaults with `update` merged over them. Every request of a test comes
   * from one loopback address, so suites that post a lot lift the rate and flood limits this way.
   */
  setPolicy(update: PolicyUpdate): Promise<void>;
  /**
   * One HTTP request to the gateway (`sendJson` of tests/support/http.ts): a body other than a string is
   * sent as JSON; `token` becomes a bearer Authorization header.
   */
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
  /** Stops gateway and poller and deletes the table. */
  stop(): Promise<void>;
}

export interface RequestOptions {
  body?: unknown;
  token?: string | undefined;
  headers?: Record<string, string> | undefined;
  /** Source address on the loopback network (another reader's network: `127.0.9.1`). */
  localAddress?: string | undefined;
}

/**
 * The poller settings of test stacks: the stack's own idle pause (1 s; a write through the gateway and
 * `drain()` both wake the poller at once, so only writes made around the API wait for it), and quick
 * retries. A quiet stream polled every 250 ms cost DynamoDB Local and the test process about a fifth of
 * a core for the whole life of every stack file.
 */
export const TEST_POLLER = { retryDelayMs: 10 } as const;

/** The shared DynamoDB Local of this test run. */
export function sharedDynamoDBEndpoint(): string {
  const endpoint = inject('dynamodbEndpoint') ?? process.env.PARLEY_TEST_DYNAMODB_ENDPOINT;
  if (!endpoint)
    throw new Error('No shared DynamoDB Local: is tests/support/global-setup.ts in vitest.config.ts?');
  return endpoint;
}

/** A table name unique to this test file and call (DynamoDB allows [A-Za-z0-9_.-], 3–255). */
export function uniqueTableName(name?: string): string {
  const fromFile = basename(expect.getState().testPath ?? 'test').replace(/\.test\.ts$/, '');
  const readable = (name ?? fromFile).replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 60);
  return `parley-test-${readable}-${randomBytes(4).toString('hex')}`;
}

/**
 * The web assets, built once per worker process: the forked workers keep their modules from file to file
 * (`isolate: false`), so every browser file's stack serves the same in-memory build.
 */
let built: Promise<WebAsset[]> | undefined;
const webAssets = (): Promise<WebAsset[]> => (built ??= buildWebAssets());

/** Starts a stack for this test file; see the module comment. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const endpoint = sharedDynamoDBEndpoint();
  const tableName = uniqueTableName(options.name);
  const stack = await startLocalStack({
    port: 0,
    inMemory: true,
    dynamodbEndpoint: endpoint,
    tableName,
    logger: options.logger ?? silentLogger,
    poller: { ...TEST_POLLER, ...options.poller },
    ownDependencies: true,
    ...(options.gateway ? { gateway: options.gateway } : {}),
    ...(options.loadHandler ? { loadHandler: options.loadHandler } : {}),
    ...(options.loadConsumer ? { loadConsumer: options.loadConsumer } : {}),
    ...(options.web === true ? { web: await webAssets() } : {}),
  });
  const deps = stack.deps;
  if (!deps) throw new Error('A test stack runs its handlers on dependencies of its own');
  const client = new DynamoDBClient(localClientConfig(endpoint, stack.region));
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const repo = new Repository({ client: doc, tableName });
  const policies = new CachedPolicyStore({ client: doc, tableName });

  let stopping: Promise<void> | undefined;
  return {
    url: stack.url,
    tableName,
    endpoint,
    client,
    doc,
    poller: stack.poller,
    issuer: stack.issuer,
    tokenKey: stack.tokenKey,
    deps,
    drain: (timeoutMs) => stack.poller.drain(timeoutMs),
    token: (role = 'moderator', mintOptions = {}) => stack.issuer.mint({ ...mintOptions, role }),
    badToken: (kind) => stack.issuer.mintBad(kind),
    setPolicy: async (update) => {
      await policies.write(applyPolicyUpdate(defaultPolicy(), update), { id: 'test' }, new Date());
    },
    setArticle: async (articleId, settings) => {
      await repo.putArticleSettings(articleId, settings);
    },
    request: (method, path, options = {}) =>
      sendJson(stack.url, method, path, options.body, {
        headers: {
          ...options.headers,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      }),
    stop: () =>
      (stopping ??= (async () => {
        await stack.stop();
        closeAgents();
        // Free the shared in-memory database; the table is this file's alone.
        await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => {});
        client.destroy();
      })()),
  };
}

/**
 * Writes a comment posted and rejected at `at` (long ago, for retention) through the storage layer: stored
 * as an import stores a rejected comment, with the queue counter and the author's history moved and an
 * audit event, and never seen by the stream consumer (it only takes comments entering `received`).
 */
export async function seedRejected(
  stack: Pick<TestStack, 'doc' | 'tableName'>,
  at: Date,
  over: Partial<CommentRecord> = {},
): Promise<string> {
  // Not `newId`: its ids never go back in time within a process, and this one must be as old as `at`.
  const id = ulid(at.getTime());
  const time = at.toISOString();
  const comment: CommentRecord = {
    entity: 'comment',
    id,
    articleId: 'retention-seed',
    parentId: null,
    rootId: id,
    authorId: 'a_seeded',
    authorName: 'Seeded Reader',
    authorTokenHash: sha256(`token-${id}`),
    networkHash: 'net-seeded',
    body: 'Rejected long ago.',
    status: 'rejected',
    publicReason: 'spam',
    version: 2,
    createdAt: time,
    updatedAt: time,
    editedAt: null,
    replyCount: 0,
    firstReplies: [],
    ...over,
  };
  await new ImportStore(new Dynamo({ client: stack.doc, tableName: stack.tableName })).importComment(
    comment,
    at,
  );
  return id;
}
