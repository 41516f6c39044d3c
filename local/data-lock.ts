/**
 * One stack per data folder. Two `npm start`s on the same folder would run two DynamoDB Locals on one
 * database file and two stream pollers on one stream: requests that hang, answers from the wrong process,
 * and comments accepted by one stack lost to the other's writes. The first start takes a lock file in the
 * folder holding its process id; a second start finds a live process there and refuses with one line.
 *
 * A lock left by a stack that did not stop (killed, the machine restarted) names a process that is gone:
 * the next start takes it over. The lock is removed when the stack stops, and on any exit of the process.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside the data folder. */
export const LOCK_FILE = 'stack.lock';

/** Another running stack holds the data folder. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Another Parley stack (process ${pid}) is using ${dataDir}: stop it first, or start this one with ` +
        `--in-memory or another --data-dir. (If no stack is running, delete ${join(dataDir, LOCK_FILE)}.)`,
    );
  }
}

/** Whether a process with this id runs (one of another user's counts: signalling it is refused, not absent). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id a lock file names, or null when it names none (empty, torn, unreadable). */
function holder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder for this process; DataDirInUseError when a live process holds it. Returns the
 * release, which removes the lock if it is still this process's (idempotent; also run on exit).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const mine = `${process.pid}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holder(file);
      if (pid !== null && alive(pid)) throw new DataDirInUseError(dataDir, pid);
      if (attempt > 0) throw error;
      // Left by a stack that is gone: take it over (once; a start racing this one then finds ours).
      unlinkSync(file);
    }
  }
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    try {
      if (holder(file) === process.pid) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return release;
}
