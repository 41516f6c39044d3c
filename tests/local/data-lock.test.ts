/**
 * One stack per data folder (local/data-lock.ts): a second start on a folder a live stack holds is refused
 * with one line naming the process, before Java starts; a lock left by a stack that is gone is taken over;
 * stopping releases it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from '../../local/data-lock';
import { silentLogger } from '../../local/log';
import { startLocalStack } from '../../local/stack';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the data folder lock', () => {
  it('refuses a second holder while the first lives, and lets the folder go when released', () => {
    const dir = folder();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    const second = (() => {
      try {
        lockDataDir(dir);
      } catch (error) {
        return error;
      }
    })();
    expect(second).toBeInstanceOf(DataDirInUseError);
    expect((second as Error).message).toBe(
      `Another Parley stack (process ${process.pid}) is using ${dir}: stop it first, or start this one with ` +
        `--in-memory or another --data-dir. (If no stack is running, delete ${join(dir, LOCK_FILE)}.)`,
    );
    release();
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock whose process is gone, or that names none', () => {
    const dir = folder();
    for (const left of [`${deadPid()}\n`, '', 'not a pid']) {
      writeFileSync(join(dir, LOCK_FILE), left);
      const release = lockDataDir(dir);
      expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
      release();
    }
  });

  it('keeps a second stack off a held folder before it starts DynamoDB Local', async () => {
    const dir = folder();
    // A live process other than this one holds it: the test runner's parent.
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    await expect(startLocalStack({ port: 0, dataDir: dir, logger: silentLogger })).rejects.toThrow(
      DataDirInUseError,
    );
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
    expect(existsSync(join(dir, 'dynamodb'))).toBe(false);
  });
});
