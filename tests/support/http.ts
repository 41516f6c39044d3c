/**
 * Raw HTTP to the local gateway for tests: any source address on 127/8 (each gets a keep-alive agent of
 * its own), any bytes in path and body, and the answer's status, headers, text, parsed JSON and time.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: any;
  ms: number;
}

export interface SendOptions {
  method: string;
  /** Sent as it is: the caller encodes (or deliberately mis-encodes) it. Only bytes 0x21–0xFF. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Source address on the loopback network, e.g. `127.0.9.1`; default 127.0.0.1. */
  localAddress?: string;
  timeoutMs?: number;
}

const agents = new Map<string, Agent>();
const agentFor = (localAddress: string): Agent => {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 64, localAddress });
    agents.set(localAddress, agent);
  }
  return agent;
};

/** Closes the keep-alive sockets of every source address used so far. */
export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

/** One HTTP request to `baseUrl` (the gateway), with raw control over path, headers, body and source. */
export function send(baseUrl: string, opts: SendOptions): Promise<Reply> {
  const url = new URL(baseUrl);
  const localAddress = opts.localAddress ?? '127.0.0.1';
  const started = performance.now();
  return new Promise<Reply>((resolve, reject) => {
    const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: opts.method,
        path: opts.path,
        agent: agentFor(localAddress),
        headers: {
          ...opts.headers,
          ...(body === undefined ? {} : { 'content-length': String(body.length) }),
        },
        timeout: opts.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: any;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json,
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${opts.method} ${opts.path} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** A JSON request: `body` is serialised unless it is already a string or Buffer. */
export function sendJson(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  extra: Omit<SendOptions, 'method' | 'path' | 'body'> = {},
): Promise<Reply> {
  const hasBody = body !== undefined;
  return send(baseUrl, {
    ...extra,
    method,
    path,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...extra.headers },
    ...(hasBody
      ? { body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) }
      : {}),
  });
}
