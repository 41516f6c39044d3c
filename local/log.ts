/**
 * The local runtime logs through this tiny interface so that tests can silence it and the CLI can keep
 * its output readable (one `[parley]` prefix, errors with their stack only when there is one).
 */
export interface Logger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

const describe = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);

/** Logs to the console with a `[parley]` prefix. */
export const consoleLogger: Logger = {
  info: (message) => console.log(`[parley] ${message}`),
  warn: (message, error) =>
    console.warn(`[parley] ${message}${error === undefined ? '' : `\n${describe(error)}`}`),
  error: (message, error) =>
    console.error(`[parley] ${message}${error === undefined ? '' : `\n${describe(error)}`}`),
};

/** Drops everything; for tests that assert on behaviour, not on log lines. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
