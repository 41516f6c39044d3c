/**
 * vitest globalSetup of the `stack` project, which runs the browser files too: ONE headless Chromium for the run
 * (launching it per file cost about a second of CPU and of wall each), started when the first browser file asks
 * for it, so that a run without browser files starts none. Test files get the address of a small loopback server
 * as `inject('browserEndpointUrl')`; `launchBrowser()` asks it for the Chromium's WebSocket endpoint (launching
 * it on the first request) and connects.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let browser: Promise<BrowserServer> | undefined;
  const endpoints = createServer((_request, response) => {
    (browser ??= launchBrowserServer()).then(
      (server) => response.end(server.wsEndpoint()),
      (error: unknown) => {
        response.statusCode = 500;
        response.end(error instanceof Error ? error.message : String(error));
      },
    );
  });
  await new Promise<void>((resolve) => endpoints.listen(0, '127.0.0.1', resolve));
  project.provide('browserEndpointUrl', `http://127.0.0.1:${(endpoints.address() as AddressInfo).port}/`);
  return async () => {
    endpoints.close();
    if (browser) await (await browser).close();
  };
}
