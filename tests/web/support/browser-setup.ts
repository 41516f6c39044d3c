/**
 * vitest globalSetup of the `browser` project: ONE headless Chromium for the run (launching it per file
 * cost about a second of CPU and of wall each). Its endpoint reaches test files as
 * `inject('browserWsEndpoint')`, which `launchBrowser()` connects to.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchBrowserServer();
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return () => server.close();
}
