/**
 * One stack per data folder (local/data-lock.ts): a second start on a folder a live stack holds is refused
 * with one line naming the process, before Java starts; a lock left by a stack that is gone is taken over,
 * but only once the DynamoDB Local it names has gone too; stopping releases it.
 */
import { spawn, spawnSync } from 'node:child_process';
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

const lockText = (dir: string) => readFileSync(join(dir, LOCK_FILE), 'utf8');

describe('the data folder lock', () => {
  it('refuses a second holder while the first lives, names its database, and lets the folder go', async () => {
    const dir = folder();
    const lock = await lockDataDir(dir);
    expect(lockText(dir)).toBe(`${process.pid}\n`);
    lock.recordDatabase(4242);
    expect(lockText(dir)).toBe(`${process.pid} 4242\n`);
    const second = await lockDataDir(dir).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(DataDirInUseError);
    expect((second as Error).message).toBe(
      `Another Parley stack (process ${process.pid}) is using ${dir}: stop it first, or start this one with ` +
        `--in-memory or another --data-dir. (If no stack is running, delete ${join(dir, LOCK_FILE)}.)`,
    );
    lock.release();
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    (await lockDataDir(dir)).release();
  });

  it('takes over a lock whose stack and database are gone, or that names none', async () => {
    const dir = folder();
    for (const left of [`${deadPid()}\n`, `${deadPid()} ${deadPid()}\n`, '', 'not a pid']) {
      writeFileSync(join(dir, LOCK_FILE), left);
      const lock = await lockDataDir(dir);
      expect(lockText(dir)).toBe(`${process.pid}\n`);
      lock.release();
    }
  });

  it('waits for a killed stack’s database to go before taking its folder', async () => {
    const dir = folder();
    // A process standing for the old DynamoDB Local, gone after 300 ms (as the watchdog stops it).
    const database = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
    const gone = new Promise((resolve) => database.once('exit', resolve));
    writeFileSync(join(dir, LOCK_FILE), `${deadPid()} ${database.pid}\n`);
    const lock = await lockDataDir(dir);
    expect(database.exitCode ?? database.signalCode).not.toBeNull();
    await gone;
    lock.release();
  });

  it('keeps a second stack off a held folder before it starts DynamoDB Local', async () => {
    const dir = folder();
    // A live process other than this one holds it: the test runner's parent.
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    await expect(startLocalStack({ port: 0, dataDir: dir, logger: silentLogger })).rejects.toThrow(
      DataDirInUseError,
    );
    expect(lockText(dir)).toBe(`${process.ppid}\n`);
    expect(existsSync(join(dir, 'dynamodb'))).toBe(false);
  });
});
