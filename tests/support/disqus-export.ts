/**
 * A large Disqus export generated on the fly, never held whole: the import's memory test
 * (tests/unit/import/memory.test.ts) and the import bench section (bench/sections/import.ts) stream it
 * into the parser. Every post is valid and distinct (its own id, author and e-mail) and imports: a third
 * are thread roots, each followed by a reply and a reply to that reply in the same thread; threads are
 * filled in turn.
 */

export interface DisqusExportShape {
  threads: number;
  posts: number;
}

/** Bytes of text per chunk handed to the parser, as a file stream's 64 KiB reads. */
const CHUNK_CHARS = 64 * 1024;

const messageOf = (i: number) =>
  `Comment ${i} on the Sahel: Согласна ${'lorem ipsum dolor sit amet '.repeat(8)}🙂`;

function threadLine(t: number): string {
  return (
    `<thread dsq:id="${t}"><id>article-${t}</id><link>https://news.example.org/a/${t}</link>` +
    `<title>Article ${t}</title><createdAt>2026-01-01T00:00:00Z</createdAt></thread>\n`
  );
}

function postLine(p: number, threads: number): string {
  const parent = p % 3 === 0 ? '' : `<parent dsq:id="p${p - 1}"/>`;
  return (
    `<post dsq:id="p${p}"><id/><message><![CDATA[<p>${messageOf(p)}</p>]]></message>` +
    `<createdAt>2026-01-02T03:04:05Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>` +
    `<author><email>reader${p}@example.org</email><name>Reader ${p}</name></author>` +
    `<thread dsq:id="${Math.floor(p / 3) % threads}"/>${parent}</post>\n`
  );
}

function* exportLines({ threads, posts }: DisqusExportShape): Generator<string> {
  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n';
  for (let t = 0; t < threads; t++) yield threadLine(t);
  for (let p = 0; p < posts; p++) yield postLine(p, threads);
  yield '</disqus>\n';
}

/**
 * The export as UTF-8 chunks of about 64 KiB, made as they are read; `size.bytes` counts the bytes
 * handed out so far.
 */
export function* generatedDisqusExport(
  shape: DisqusExportShape,
  size: { bytes: number },
): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = '';
  for (const line of exportLines(shape)) {
    pending += line;
    if (pending.length < CHUNK_CHARS) continue;
    const chunk = encoder.encode(pending);
    size.bytes += chunk.length;
    pending = '';
    yield chunk;
  }
  const last = encoder.encode(pending);
  size.bytes += last.length;
  yield last;
}

/** Posts per thread in the generated exports (the memory test's 56,000 posts on 2,000 threads). */
const POSTS_PER_THREAD = 28;

/** A shape whose export comes to about `bytes` (within a few per cent: ids grow longer as they count). */
export function disqusExportOfSize(bytes: number): DisqusExportShape {
  const encoder = new TextEncoder();
  const sample = 100_000;
  const perPost =
    encoder.encode(postLine(sample + 1, 1)).length +
    encoder.encode(threadLine(sample)).length / POSTS_PER_THREAD;
  const posts = Math.max(1, Math.round(bytes / perPost));
  return { threads: Math.max(1, Math.round(posts / POSTS_PER_THREAD)), posts };
}
