/**
 * Privacy and log hygiene. A full flow runs through the gateway with the handlers in this process —
 * posts from several networks with e-mail addresses and Idempotency-Keys, replies, the author's view,
 * edit and delete, flags, moderator decisions, a ban, refused requests, and a spell of DynamoDB server
 * errors (a proxy in front of DynamoDB Local) so that the error paths log too. Everything written to the
 * console, stdout and stderr meanwhile is captured and searched for the comment bodies, names, e-mail
 * addresses, author tokens and raw IP addresses used; afterwards every attribute of every item in the
 * table is searched for the raw addresses (only salted hashes may be stored) and the author tokens.
 */
import { randomBytes } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localClientConfig } from '../../local/aws';
import { consoleLogger } from '../../local/log';
import { startLocalStack, type LocalStack } from '../../local/stack';
import { TEST_POLLER, sharedDynamoDBEndpoint, uniqueTableName } from '../support/stack';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { closeAgents, scanTable, sendJson, stableJson, updatePolicy, type Reply } from './support';

// Consonants only: a hex tag ran digits together often enough (about 2% of tags, `f0263197`) to read as a
// phone number, so the first post was held as personal data and the reply to it was refused.
const tag = Array.from(randomBytes(8), (b) => 'bcdghjkmnpqrtvwz'[b % 16]).join('');
const IPS = ['127.0.77.13', '127.0.78.21', '127.0.79.5', '127.0.80.9', '127.0.81.250'];
const secrets = {
  bodies: [] as string[],
  names: [] as string[],
  emails: [] as string[],
  tokens: [] as string[],
};

let stack: LocalStack;
let proxy: FaultProxy;
let client: DynamoDBClient;
let doc: DynamoDBDocumentClient;
const captured: string[] = [];
let restore: (() => void) | undefined;

/** Captures console.* and process.stdout/stderr writes until `restore()`. */
function capture() {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const originals = methods.map((m) => console[m].bind(console));
  methods.forEach((m) => {
    console[m] = (...args: unknown[]) => {
      captured.push(
        args
          .map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.stack}` : stableJson(a)))
          .join(' '),
      );
    };
  });
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const grab = (chunk: unknown) => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  process.stdout.write = grab;
  process.stderr.write = grab;
  restore = () => {
    methods.forEach((m, i) => (console[m] = originals[i]!));
    process.stdout.write = out;
    process.stderr.write = err;
    restore = undefined;
  };
}

const from = (
  ip: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => sendJson(stack.url, method, path, body, { localAddress: ip, headers });

function secretPost(i: number, ip: string, extra: Record<string, unknown> = {}) {
  const body = `Secret body ${tag}-${i}: the minister's aide leaked it.`;
  const name = `Secret Name ${tag}-${i}`;
  const email = `reader.${tag}.${i}@example.org`;
  secrets.bodies.push(body);
  secrets.names.push(name);
  secrets.emails.push(email);
  return from(
    ip,
    'POST',
    `/articles/priv-${tag}/comments`,
    { authorName: name, body, authorEmail: email, ...extra },
    {
      // A strong key (the contract asks for one), the same for the retry of the same post.
      'idempotency-key': `priv${tag}${String(i).padStart(4, '0')}abcdefghijklmnop`,
    },
  );
}

const flows: Record<string, number> = {};
const count = (r: Reply) => (flows[r.status] = (flows[r.status] ?? 0) + 1);

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG'; // whatever the handlers log, at any level, is searched
  const endpoint = sharedDynamoDBEndpoint();
  proxy = await startFaultProxy(endpoint);
  const tableName = uniqueTableName('privacy');
  client = new DynamoDBClient(localClientConfig(endpoint));
  doc = DynamoDBDocumentClient.from(client);
  capture();
  stack = await startLocalStack({
    port: 0,
    inMemory: true,
    dynamodbEndpoint: proxy.url,
    tableName,
    logger: consoleLogger,
    sweepIntervalMs: 0,
    poller: TEST_POLLER,
  });
  await updatePolicy(doc, tableName, {
    rateLimits: { networkPerMinute: 1000, authorPerMinute: 100 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
  });
}, 60_000);

afterAll(async () => {
  restore?.();
  closeAgents();
  await stack?.stop();
  await proxy?.close();
  await client?.send(new DeleteTableCommand({ TableName: stack.tableName })).catch(() => undefined);
  client?.destroy();
});

describe('a full flow', () => {
  it('logs no bodies, names, e-mail addresses, author tokens or raw IPs, and stores no raw IPs or tokens', async () => {
    const mod = await stack.issuer.mint({ role: 'moderator', sub: 'priv-mod' });
    const auth = { authorization: `Bearer ${mod}` };
    const a = `/articles/priv-${tag}/comments`;

    // Posts from several networks, with a retry of each (Idempotency-Key), and a reply.
    const posted: { id: string; token: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await secretPost(i, IPS[i]!);
      count(res);
      expect(res.status).toBe(202);
      count(
        await secretPost(i, IPS[i]!).then(
          (r) => (secrets.bodies.pop(), secrets.names.pop(), secrets.emails.pop(), r),
        ),
      );
      posted.push({ id: res.json.comment.id, token: res.json.authorToken });
      secrets.tokens.push(res.json.authorToken);
    }
    await stack.poller.drain();
    const reply = await secretPost(4, IPS[4]!, { parentId: posted[0]!.id });
    count(reply);
    expect(reply.status, JSON.stringify(reply.json)).toBe(202);
    secrets.tokens.push(reply.json.authorToken);
    await stack.poller.drain();

    // The author's own view, an edit, a delete; reading with a wrong token.
    count(
      await from(IPS[1]!, 'GET', `/comments/${posted[1]!.id}`, undefined, {
        'x-author-token': posted[1]!.token,
      }),
    );
    const edited = `Secret edit ${tag}: with a correction.`;
    secrets.bodies.push(edited);
    count(
      await from(
        IPS[1]!,
        'PATCH',
        `/comments/${posted[1]!.id}`,
        { body: edited },
        { 'x-author-token': posted[1]!.token },
      ),
    );
    count(
      await from(IPS[2]!, 'DELETE', `/comments/${posted[2]!.id}`, undefined, {
        'x-author-token': posted[2]!.token,
      }),
    );
    count(
      await from(IPS[3]!, 'GET', `/comments/${posted[3]!.id}`, undefined, {
        'x-author-token': posted[0]!.token,
      }),
    );
    await stack.poller.drain();

    // Readers flag, moderators read the queue and history, decide, ban.
    for (const ip of IPS.slice(1))
      count(
        await from(ip, 'POST', `/comments/${posted[0]!.id}/flags`, {
          reason: 'misinformation',
          note: `Secret note ${tag}`,
        }),
      );
    secrets.bodies.push(`Secret note ${tag}`);
    count(await from(IPS[0]!, 'GET', `/moderation/queue?queue=reported`, undefined, auth));
    count(await from(IPS[0]!, 'GET', `/moderation/queue?queue=approved`, undefined, auth));
    count(
      await from(
        IPS[0]!,
        'POST',
        `/moderation/comments/${posted[0]!.id}/decision`,
        { action: 'reject', reason: 'misinformation', note: `Moderator note ${tag}` },
        auth,
      ),
    );
    count(
      await from(
        IPS[0]!,
        'POST',
        `/moderation/comments/${posted[0]!.id}/decision`,
        { action: 'approve', expectedVersion: 1 },
        auth,
      ),
    );
    count(await from(IPS[0]!, 'GET', `/moderation/comments/${posted[0]!.id}/history`, undefined, auth));
    const queue = await from(IPS[0]!, 'GET', '/moderation/queue?queue=approved', undefined, auth);
    const authorId = queue.json.items[0]?.author.id as string;
    count(
      await from(
        IPS[0]!,
        'POST',
        `/moderation/authors/${authorId}/ban`,
        { reason: `Banned ${tag}`, rejectPending: true },
        auth,
      ),
    );

    // Refused requests that carry personal data.
    count(
      await from(
        IPS[0]!,
        'POST',
        a,
        `{"authorName":"Secret Name ${tag}-x","body":"Secret body ${tag}-broken`,
      ),
    );
    count(
      await from(IPS[0]!, 'POST', a, {
        authorName: `Secret Name ${tag}-y`,
        body: `Secret body ${tag}-bad`,
        authorEmail: `not an email ${tag}`,
      }),
    );
    count(
      await from(IPS[0]!, 'POST', a, {
        authorName: `Secret Name ${tag}-z`,
        body: `Secret body ${tag}-honeypot`,
        website: 'http://x.example',
      }),
    );

    // A spell of DynamoDB server errors: the SDK retries, then handlers, the consumer and the poller log.
    proxy.failing.add('TransactWriteItems');
    proxy.failing.add('PutItem');
    for (let i = 5; i < 8; i++) count(await secretPost(i, IPS[i % IPS.length]!));
    proxy.failing.add('GetItem');
    count(
      await from(IPS[0]!, 'GET', `/comments/${posted[3]!.id}`, undefined, {
        'x-author-token': posted[3]!.token,
      }),
    );
    proxy.failing.clear();
    // One more accepted comment whose moderation meets errors, so the consumer logs its failures.
    const late = await secretPost(8, IPS[0]!);
    count(late);
    expect(late.status, JSON.stringify(late.json)).toBe(202);
    secrets.tokens.push(late.json.authorToken);
    const failedBefore = proxy.stats.failed;
    proxy.failing.add('TransactWriteItems');
    // Until the consumer's write has failed once, or for the 1.5 s this used to pause when the consumer
    // had already moderated the comment (nothing below depends on which).
    await vi
      .waitUntil(() => proxy.stats.failed > failedBefore, { timeout: 1_500, interval: 20 })
      .catch(() => {});
    proxy.failing.clear();
    await stack.poller.drain(30_000);

    restore?.();
    const logs = captured.join('\n');
    console.log(
      `[reliability] privacy: ${captured.length} log writes (${logs.length} chars) over ${Object.values(flows).reduce((s, n) => s + n, 0)} requests ${JSON.stringify(flows)}; proxy failed ${proxy.stats.failed} DynamoDB calls; dead letters ${stack.poller.deadLetters.length}`,
    );
    // The flow did log — requests, and errors from the handlers and the consumer — so the search means something.
    expect(flows[500]).toBeGreaterThanOrEqual(1);
    expect(logs).toMatch(/→ 202/);
    expect(logs).toMatch(/error/i);

    const leaks: string[] = [];
    const search = (haystack: string, what: string, values: string[]) => {
      for (const v of values) if (haystack.includes(v)) leaks.push(`${what}: ${v}`);
    };
    search(logs, 'body in logs', [...secrets.bodies, `Secret body ${tag}`, `Moderator note ${tag}`]);
    search(logs, 'name in logs', [...secrets.names, `Secret Name ${tag}`]);
    search(logs, 'e-mail in logs', [...secrets.emails, `not an email ${tag}`]);
    search(logs, 'author token in logs', secrets.tokens);
    search(logs, 'raw IP in logs', IPS);
    expect(leaks).toEqual([]);

    // The table: no raw address anywhere (not even the /24 it belongs to), no author token.
    const items = await scanTable(doc, stack.tableName);
    const stored = items.map((i) => stableJson(i)).join('\n');
    expect(items.filter((i) => i.SK === 'COMMENT').length).toBeGreaterThanOrEqual(5);
    search(stored, 'raw IP in table', [
      ...IPS,
      ...IPS.map((ip) => `${ip.split('.').slice(0, 3).join('.')}.0/24`),
    ]);
    search(stored, 'author token in table', secrets.tokens);
    expect(leaks).toEqual([]);
    expect(stored).toMatch(/"networkHash":"[A-Za-z0-9_-]{22}"/);
    // E-mail addresses are never stored, only a keyed hash.
    search(stored, 'e-mail in table', secrets.emails);
    expect(leaks).toEqual([]);
  }, 120_000);
});

describe('deleting a comment', () => {
  // Networks of their own: the flow above bans an author, and with them their network for a day.
  const DEL_IPS = ['127.0.90.1', '127.0.91.1', '127.0.92.1', '127.0.93.1', '127.0.94.1'];

  it("erases every copy of its text, name and e-mail: item, evidence, notes, flags, replies' context", async () => {
    const mod = await stack.issuer.mint({ role: 'moderator', sub: 'priv-del-mod' });
    const auth = { authorization: `Bearer ${mod}` };
    const del = `del${tag}`;
    const body = `Erasable words ${del}: see https://erasable-${del}.example/page for the leak.`;
    const name = `Erasable Name ${del}`;
    const email = `erasable.${del}@example.org`;
    const a = `/articles/priv-del-${tag}/comments`;
    const posted = await from(DEL_IPS[4]!, 'POST', a, { authorName: name, body, authorEmail: email });
    expect(posted.status).toBe(202);
    const id = posted.json.comment.id as string;
    await stack.poller.drain();
    // A moderator decides with a note that quotes it; readers flag it with notes that quote it.
    const decided = await from(
      DEL_IPS[4]!,
      'POST',
      `/moderation/comments/${id}/decision`,
      { action: 'approve', note: `Moderator note quoting "Erasable words ${del}"` },
      auth,
    );
    expect(decided.status).toBe(200);
    for (const ip of [DEL_IPS[3]!, DEL_IPS[2]!]) {
      const flagged = await from(ip, 'POST', `/comments/${id}/flags`, {
        reason: 'abuse',
        note: `Reader note: "Erasable words ${del}" is a leak`,
      });
      expect(flagged.status).toBe(202);
    }
    // A reply, whose moderators see the parent's text beside it while the parent exists.
    const reply = await from(DEL_IPS[3]!, 'POST', a, {
      authorName: 'Replier',
      body: 'A reply that stays.',
      parentId: id,
    });
    expect(reply.status).toBe(202);
    await stack.poller.drain();
    await from(DEL_IPS[4]!, 'PUT', `/moderation/articles/priv-del-${tag}/settings`, { mode: 'pre' }, auth);

    const items = async () => (await scanTable(doc, stack.tableName)).map((i) => stableJson(i)).join('\n');
    expect(await items()).toContain(`Erasable words ${del}`); // the copies exist before deletion

    const gone = await from(DEL_IPS[4]!, 'DELETE', `/comments/${id}`, undefined, {
      'x-author-token': posted.json.authorToken,
    });
    expect(gone.status).toBe(200);
    await stack.poller.drain();

    const stored = await items();
    for (const fragment of [`Erasable words ${del}`, `erasable-${del}.example`, name, email, del])
      expect(stored, `"${fragment}" survived the deletion`).not.toContain(fragment);
    // The reply is still there, and its context now shows that the parent is gone.
    const queue = await from(
      DEL_IPS[4]!,
      'GET',
      `/moderation/queue?queue=approved&articleId=priv-del-${tag}`,
      undefined,
      auth,
    );
    const item = queue.json.items.find(
      (i: { comment: { id: string } }) => i.comment.id === reply.json.comment.id,
    );
    if (item) expect(item.parent).toEqual({ id, excerpt: null });
  }, 60_000);
});
