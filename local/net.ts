import { createServer } from 'node:net';

/** Asks the OS for a free TCP port on `host` (listen on port 0, read it back, close). */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('Could not read the free port back'))));
    });
  });
}

/** True when nothing listens on `host:port` yet (a quick probe; the real listen still handles the race). */
export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Strips the `::ffff:` prefix Node puts on IPv4 peers of a dual-stack socket. */
export const normalizeAddress = (address: string | undefined): string =>
  (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/** True for 127.0.0.0/8 and ::1 (after `normalizeAddress`). */
export const isLoopback = (address: string | undefined): boolean => {
  const a = normalizeAddress(address);
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
};

/** Resolves after `ms`, or at once when `signal` aborts (so loops can stop promptly). */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
