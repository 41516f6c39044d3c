/**
 * An import file is the operator's, but it may come from anywhere: XML nested thousands deep cost time in
 * the square of its depth (40,000 levels, 280 KB, took 10 s). Exports nest a few levels, so a file nested
 * deeper than MAX_DEPTH is refused at once, with the line, as malformed XML is.
 */
import { describe, expect, it } from 'vitest';
import { parseDisqus } from '../../../shared/import/disqus';
import { ImportFormatError } from '../../../shared/import/errors';
import { parseWordPress } from '../../../shared/import/wordpress';
import { MAX_DEPTH } from '../../../shared/import/xml-records';
import { collect, textStream } from './support';

const DISQUS_OPEN = '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">';
const THREAD = '<thread dsq:id="t1"><link>https://news.example.com/a</link><title>A</title></thread>';
/** `depth` elements, each inside the last, under the root (which is one more level). */
const nested = (depth: number) => `${'<x a="1">\n'.repeat(depth)}text${'</x>'.repeat(depth)}`;
const disqus = (depth: number) => `${DISQUS_OPEN}\n${THREAD}${nested(depth)}</disqus>`;

describe('XML nested deeper than any export', () => {
  it('is read up to MAX_DEPTH levels, the records around it as ever', async () => {
    const records = await collect(parseDisqus(textStream(disqus(MAX_DEPTH - 1))));
    expect(records).toEqual([
      expect.objectContaining({ kind: 'thread', sourceId: 't1', link: 'https://news.example.com/a' }),
    ]);
  });

  it('is refused one level deeper, naming the line, after the records before it', async () => {
    const seen: string[] = [];
    const parse = async () => {
      // Line by line, as a file arrives in chunks: what was read before the fault is yielded first.
      const lines = disqus(MAX_DEPTH).split(/(?<=\n)/);
      for await (const r of parseDisqus(textStream(...lines))) seen.push(r.sourceId ?? '');
    };
    const error = await parse().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(/nested more than 256 deep/);
    // The root and MAX_DEPTH - 1 elements fit; the next one opens on line MAX_DEPTH + 1 of the file.
    expect(error).toMatchObject({ line: MAX_DEPTH + 1 });
    expect(seen).toEqual(['t1']);
  });

  it('refuses a file 40,000 levels deep as soon as it passes the limit', async () => {
    await expect(collect(parseWordPress(textStream(`<rss>${nested(40_000)}</rss>`)))).rejects.toThrow(
      ImportFormatError,
    );
  });
});
