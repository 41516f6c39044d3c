/**
 * The per-start key of `POST /__local/token`. The gateway makes a random one each time it starts and
 * mints tokens only for requests that carry it; `npm start` writes it to `.data/token-key-<port>`
 * (mode 0600, removed again at stop) where `npm run token` reads it. Knowing the route is therefore not
 * enough: the caller must be able to read a file only this OS user can read.
 *
 * Kept dependency-free (no AWS SDK) so that `npm run token` starts fast.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCAL_KEY } from '../shared/runtime-contract';
import { DEFAULT_DATA_DIR } from './defaults';

/** The request header that carries the key. */
export const TOKEN_KEY_HEADER = LOCAL_KEY.header;

/** Where the stack on `port` publishes its key: one file per port, under the repo's `.data/`. */
export const tokenKeyFile = (port: number, dir: string = DEFAULT_DATA_DIR): string =>
  join(dir, `token-key-${port}`);

export const newTokenKey = (): string => randomBytes(32).toString('base64url');

/** Constant-time comparison of a presented key with the real one (hashes first: lengths may differ). */
export function isTokenKey(presented: string | string[] | undefined, key: string): boolean {
  if (typeof presented !== 'string' || presented === '') return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(key));
}

/** Writes the key readable by this user only (mode 0600), replacing whatever a stale stack left. */
export function writeTokenKey(file: string, key: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  writeFileSync(temporary, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

/** The key in `file`, or undefined when there is none (no stack, or one started without publishing). */
export function readTokenKey(file: string): string | undefined {
  try {
    const key = readFileSync(file, 'utf8').trim();
    return key === '' ? undefined : key;
  } catch {
    return undefined;
  }
}

/** Removes `file` if it still holds `key` (a newer stack on the same port keeps its own). */
export function removeTokenKey(file: string, key: string): void {
  if (readTokenKey(file) === key) rmSync(file, { force: true });
}
