// One cold start: a fresh Node process imports a bundle and reports how long the import took (the
// Lambda init phase for a bundle whose work is done at module scope) and how long since process start.
// Started by bench/sections/bundles.ts with the environment Lambda gives the functions.
import { performance } from 'node:perf_hooks';

const url = process.argv[2];
const start = performance.now();
const mod = await import(url);
const importMs = performance.now() - start;
if (typeof mod.handler !== 'function') throw new Error(`${url} exports no handler`);
process.stdout.write(`${JSON.stringify({ importMs, sinceProcessStartMs: performance.now() })}\n`);
