/** Defaults shared by the CLIs (kept dependency-free so `npm run token` starts fast). */
export const DEFAULT_PORT = 3000;
export const DEFAULT_TABLE_NAME = 'parley-local';
