/**
 * A loopback proxy in front of DynamoDB Local that can fail chosen operations (by `X-Amz-Target`) with
 * DynamoDB's own 500 answer. Point a whole local stack at it (`dynamodbEndpoint`) to put the real
 * handlers, the poller and the SDK's retries through server errors.
 */
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultProxy {
  readonly url: string;
  /** Operations (e.g. `TransactWriteItems`) answered with a 500 while listed. */
  readonly failing: Set<string>;
  readonly stats: { forwarded: number; failed: number };
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const failing = new Set<string>();
  const stats = { forwarded: 0, failed: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      if (failing.has(operation)) {
        stats.failed++;
        res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(
          JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
            message: 'Injected fault',
          }),
        );
        return;
      }
      stats.forwarded++;
      const up = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent,
        },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
        },
      );
      up.on('error', (error) => res.destroy(error));
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    failing,
    stats,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
