/**
 * What `cdk synth` prints when the deployer's own values are refused: the message alone, exit code 1, no
 * stack trace or source excerpt (infra/app.ts; a platform team's review at stop 46 found refusals raised by
 * the construct printed as uncaught exceptions). The app is run as the CDK CLI runs it, context included.
 */
import { spawnSync } from 'node:child_process';
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

function synth(context: Record<string, unknown>) {
  const out = spawnSync(process.execPath, [TSX_CLI, 'infra/app.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: outdir },
    timeout: 60_000,
  });
  return { status: out.status, stderr: out.stderr };
}

describe('a refused deployment value', () => {
  it.each([
    [{}, /consoleUrl is required/],
    [{ consoleUrl: 'http://news.example.com/' }, /is not an https URL/],
    [{ consoleUrl: 'https://news.example.com/', alarmEmial: 'ops@example.org' }, /Unknown key alarmEmial/],
  ])(
    '%j prints its message alone and exits 1',
    (context, message) => {
      const { status, stderr } = synth(context);
      expect(status).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
    60_000,
  );
});
