/**
 * What `cdk synth` prints when the deployer's own values are refused: the message alone, exit code 1, no
 * stack trace or source excerpt (infra/app.ts; a platform team's review at stop 46 found refusals raised by
 * the construct printed as uncaught exceptions). The app is run as the CDK CLI runs it, context included.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const outdir = mkdtempSync(join(tmpdir(), 'parley-refusal-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Runs the app as the CDK CLI does; resolves with its exit code and stderr (the cases run side by side). */
function synth(context: Record<string, unknown>): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSX_CLI, 'infra/app.ts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: outdir },
        timeout: 60_000,
      },
      (error, _stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}

describe.concurrent('a refused deployment value', () => {
  it.each([
    [{}, /consoleUrl is required/],
    [{ consoleUrl: 'http://news.example.com/' }, /is not an https URL/],
    [{ consoleUrl: 'https://news.example.com/', alarmEmial: 'ops@example.org' }, /Unknown key alarmEmial/],
  ])(
    '%j prints its message alone and exits 1',
    async (context, message) => {
      const { status, stderr } = await synth(context);
      expect(status).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
    60_000,
  );
});
