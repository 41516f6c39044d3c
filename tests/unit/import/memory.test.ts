import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDisqus } from '../../../shared/import/disqus';

const THREADS = 2_000;
const POSTS = 56_000;
const CHUNK_BYTES = 64 * 1024;
/**
 * The bound on heap growth while parsing the ~31 MB export. Measured on Node 24 (2 cores, 56,000 posts):
 * heapUsed peaks 13-23 MiB above the start (mostly garbage the collector has not reclaimed yet), and the
 * heap retained after a full collection grows by 0.8-0.9 MiB (the set of 2,000 thread ids and one chunk).
 * A parser that held every record until the end measured 109 MiB peak and 76 MiB retained: it fails.
 */
const HEAP_GROWTH_BOUND = 64 * 1024 * 1024;

/** A full garbage collection: --expose-gc for this process, then the `gc` a fresh context sees. */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const escapeFree = (i: number) =>
  `Comment ${i} on the Sahel: Согласна ${'lorem ipsum dolor sit amet '.repeat(8)}🙂`;

function* exportLines(): Generator<string> {
  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n';
  for (let t = 0; t < THREADS; t++) {
    yield (
      `<thread dsq:id="${t}"><id>article-${t}</id><link>https://news.example.org/a/${t}</link>` +
      `<title>Article ${t}</title><createdAt>2026-01-01T00:00:00Z</createdAt></thread>\n`
    );
  }
  for (let p = 0; p < POSTS; p++) {
    const parent = p % 3 === 0 ? '' : `<parent dsq:id="p${p - 1}"/>`;
    yield (
      `<post dsq:id="p${p}"><id/><message><![CDATA[<p>${escapeFree(p)}</p>]]></message>` +
      `<createdAt>2026-01-02T03:04:05Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>` +
      `<author><email>reader${p}@example.org</email><name>Reader ${p}</name></author>` +
      `<thread dsq:id="${p % THREADS}"/>${parent}</post>\n`
    );
  }
  yield '</disqus>\n';
}

/** The export in ~64 KB byte chunks, generated as it is read; counts the bytes it gave. */
function* generatedExport(size: { bytes: number }): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = '';
  for (const line of exportLines()) {
    pending += line;
    if (pending.length < CHUNK_BYTES) continue;
    const chunk = encoder.encode(pending);
    size.bytes += chunk.length;
    pending = '';
    yield chunk;
  }
  const last = encoder.encode(pending);
  size.bytes += last.length;
  yield last;
}

describe('parseDisqus memory', () => {
  it('parses a ~30 MB export generated on the fly within a bounded heap', async () => {
    const gc = collectGarbage();
    gc();
    const start = process.memoryUsage().heapUsed;
    const size = { bytes: 0 };
    const counts = { thread: 0, comment: 0, skip: 0 };
    let peak = 0;
    let peakRetained = 0;
    for await (const record of parseDisqus(Readable.from(generatedExport(size)))) {
      counts[record.kind]++;
      const seen = counts.thread + counts.comment + counts.skip;
      if (seen % 1_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - start);
      if (seen % 20_000 === 0) {
        gc();
        peakRetained = Math.max(peakRetained, process.memoryUsage().heapUsed - start);
      }
    }

    expect(size.bytes).toBeGreaterThan(30_000_000);
    expect(counts).toEqual({ thread: THREADS, comment: POSTS, skip: 0 });
    console.info(
      `import memory: ${(size.bytes / 1e6).toFixed(1)} MB parsed; heap growth peak ` +
        `${(peak / 2 ** 20).toFixed(1)} MiB, retained after GC ${(peakRetained / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(peak).toBeLessThan(HEAP_GROWTH_BOUND);
    expect(peakRetained).toBeLessThan(HEAP_GROWTH_BOUND);
  });
});
