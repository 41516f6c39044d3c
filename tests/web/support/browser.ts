/**
 * Headless Chromium for the browser suites, from Debian, driven by playwright-core. Never downloads a browser.
 * Debian's headless shell (`chromium-headless-shell`, Chromium's "old" headless build) when it is installed,
 * as `.ci/run` does, else Debian's full `chromium`: the shell ran the browser files in about half the CPU
 * (the `browser` project alone: 156 s → 82 s of CPU, 81 s → 45 s of wall time on the 2-core machine), as
 * it carries none of the full browser's UI and its per-page processes start lighter. Both pass every file. The flags keep Chromium off the
 * network it cannot reach here (background services, component updates, QUIC).
 *
 * One Chromium serves the whole run: the `stack` project's globalSetup (browser-setup.ts) starts it as a
 * Playwright browser server when the first browser file asks, and each test file connects to it and works in
 * contexts of its own (a context is as separate as a fresh browser: cookies, storage, cache). Without that
 * server (a file run outside the project) a file launches its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's Chromium gives its WebSocket endpoint (browser-setup.ts); absent outside the project. */
    browserEndpointUrl?: string;
  }
}

/** Where Debian puts the two builds, lightest first. */
const DEBIAN_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export const CHROMIUM_PATH =
  process.env.PARLEY_CHROMIUM ?? DEBIAN_CHROMIUMS.find((path) => existsSync(path)) ?? DEBIAN_CHROMIUMS[1]!;

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

function launchOptions(): LaunchOptions {
  if (!hasChromium()) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium-headless-shell) or set PARLEY_CHROMIUM.`,
    );
  }
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** Starts the run's shared Chromium (see the module comment). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/**
 * The run's Chromium when there is one, else a Chromium of this file's own. Either way `close()` when
 * done: on the shared one it closes this file's contexts and disconnects.
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = inject('browserEndpointUrl');
  if (shared !== undefined) {
    const answer = await fetch(shared);
    const endpoint = await answer.text();
    if (!answer.ok) throw new Error(`The run's Chromium did not start: ${endpoint}`);
    return chromium.connect(endpoint);
  }
  return chromium.launch(launchOptions());
}
