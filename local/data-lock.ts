/**
 * One stack per data folder. Two `npm start`s on the same folder would run two DynamoDB Locals on one
 * database file and two stream pollers on one stream: requests that hang, answers from the wrong process,
 * and comments accepted by one stack lost to the other's writes. The first start takes a lock file in the
 * folder naming its process (and, once started, its DynamoDB Local's); a second start finds a live process
 * there and refuses with one line.
 *
 * A lock left by a stack that did not stop (killed, the machine restarted) names a process that is gone:
 * the next start takes it over, but not while the DynamoDB Local that lock names still runs on the folder
 * (a killed stack's watchdog stops it within seconds: the start waits for that, then stops it itself). The
 * lock is removed when the stack stops, and on any exit of the process.
 *
 * Taking over a stale lock is not one atomic step: the start checks that the file it removes is still the
 * stale one it read (same inode) just before removing it, which leaves a window of microseconds for two
 * starts racing over one stale lock, instead of the time between reading and removing.
 */
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The lock file's name inside the data folder. */
export const LOCK_FILE = 'stack.lock';

/** How long a start waits for a killed stack's DynamoDB Local to go before stopping it itself. */
const DATABASE_EXIT_WAIT_MS = 10_000;

/** Another running stack (or its DynamoDB Local) holds the data folder. */
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

/** What a lock file names: the stack's process and its DynamoDB Local's; null where it names none. */
interface Holder {
  pid: number | null;
  database: number | null;
  /** The file's inode when read, to tell it from a lock written since. */
  ino: number;
}

function readHolder(file: string): Holder | null {
  try {
    const ino = statSync(file).ino;
    const [pid, database] = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
    const valid = (n: number | undefined) => (Number.isInteger(n) && n! > 0 ? n! : null);
    return { pid: valid(pid), database: valid(database), ino };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether `pid` is a DynamoDB Local on `dataDir` (read from /proc where there is one; else unknown). */
function databaseOn(pid: number, dataDir: string): boolean | null {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((a) => a.includes('DynamoDBLocal')) && args.includes(resolve(dataDir, 'dynamodb'));
  } catch {
    return process.platform === 'linux' ? false : null;
  }
}

/**
 * Waits until the DynamoDB Local a stale lock names has gone (a killed stack's watchdog stops it); stops it
 * when it is still running on this folder after DATABASE_EXIT_WAIT_MS; DataDirInUseError when it runs and
 * cannot be told to be that database.
 */
async function waitForDatabase(dataDir: string, pid: number): Promise<void> {
  for (const until = Date.now() + DATABASE_EXIT_WAIT_MS; Date.now() < until; await sleep(100))
    if (!alive(pid)) return;
  if (databaseOn(pid, dataDir) !== true) throw new DataDirInUseError(dataDir, pid);
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
  if (alive(pid)) throw new DataDirInUseError(dataDir, pid);
}

/** The data folder taken for this process: release it, and name the DynamoDB Local started on it. */
export interface DataDirLock {
  /** Writes the DynamoDB Local's process into the lock, so a start after a crash waits for it to go. */
  recordDatabase(pid: number): void;
  /** Removes the lock if it is still this process's (idempotent; also run on exit). */
  release(): void;
}

/** Takes the data folder for this process; DataDirInUseError when a live stack holds it. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = readHolder(file);
    if (held?.pid != null && alive(held.pid)) throw new DataDirInUseError(dataDir, held.pid);
    if (attempt >= 3) throw new DataDirInUseError(dataDir, held?.pid ?? 0);
    if (held === null) continue; // removed meanwhile: try again
    if (held.database !== null) await waitForDatabase(dataDir, held.database);
    // Left by a stack that is gone: take it over, unless another start replaced it meanwhile.
    try {
      if (statSync(file).ino === held.ino) unlinkSync(file);
    } catch {
      // Gone already: the next attempt finds out who holds it now.
    }
  }
  let held = true;
  const ours = () => readHolder(file)?.pid === process.pid;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    try {
      if (ours()) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return {
    recordDatabase: (pid) => {
      if (held && ours()) writeFileSync(file, `${process.pid} ${pid}\n`, { mode: 0o600 });
    },
    release,
  };
}
