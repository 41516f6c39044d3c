/** Defaults shared by the CLIs (kept dependency-free so `npm run token` starts fast). */
import { fileURLToPath } from 'node:url';

export const DEFAULT_PORT = 3000;
export const DEFAULT_TABLE_NAME = 'parley-local';
/** `.data/` at the repo root, wherever the process was started from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data/', import.meta.url));
