import { describe, expect, it } from 'vitest';
import { parseDisqus } from '../../../shared/import/disqus';
import { ImportFormatError } from '../../../shared/import/errors';
import type { ImportRecord } from '../../../shared/import/records';
import { parseWordPress } from '../../../shared/import/wordpress';
import { collect, fixtureBytes, inChunks, textStream } from './support';

const DISQUS_OPEN = '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">';

/** The error a parse ends with, and the records yielded before it. */
async function failure(
  records: AsyncIterable<ImportRecord>,
): Promise<{ error: unknown; before: ImportRecord[] }> {
  const before: ImportRecord[] = [];
  try {
    for await (const record of records) before.push(record);
  } catch (error) {
    return { error, before };
  }
  throw new Error('the parse did not fail');
}

describe('XML that is not well formed', () => {
  it('throws an ImportFormatError naming the line of a mismatched close tag', async () => {
    const xml = `${DISQUS_OPEN}\n<thread dsq:id="1">\n<link>x</title>\n</thread></disqus>`;
    const { error } = await failure(parseDisqus(textStream(xml)));
    expect(error).toBeInstanceOf(ImportFormatError);
    expect(error).toMatchObject({ line: 3 });
    expect((error as Error).message).toMatch(
      /^Cannot import: unexpected close tag\. \(line 3, column \d+\)$/,
    );
  });

  it('yields the records before the fault, then throws', async () => {
    const xml = `${DISQUS_OPEN}\n<thread dsq:id="1"/>\n<thread dsq:id="2"/>\n<post dsq:id="3" dsq:id="3"/></disqus>`;
    const { error, before } = await failure(parseDisqus(textStream(...xml.split(/(?<=\n)/))));
    expect(before.map((r) => r.sourceId)).toEqual(['1', '2']);
    expect(error).toMatchObject({ name: 'ImportFormatError', line: 4 });
  });

  it('throws on a truncated export, at its last line', async () => {
    const bytes = fixtureBytes('wordpress.xml');
    const { error } = await failure(parseWordPress(inChunks(bytes.slice(0, 3000), [512])));
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).reason).toMatch(/unclosed tag/);
    expect((error as ImportFormatError).line).toBeGreaterThan(40);
  });

  it.each([
    ['an undefined entity', `${DISQUS_OPEN}<thread dsq:id="1"><title>&nbsp;</title></thread></disqus>`, 1],
    ['an unbound prefix', '<disqus>\n<thread x:id="1"/></disqus>', 2],
    ['a stray ampersand', `${DISQUS_OPEN}\n\n<thread dsq:id="1"><title>A & B</title></thread></disqus>`, 3],
    ['an empty file', '', 1],
    // saxes notices stray text where the text ends.
    ['text that is not XML', 'id,author,message\n1,Amina,Hello', 2],
  ])('throws on %s', async (_case, xml, line) => {
    const { error } = await failure(parseDisqus(textStream(xml)));
    expect(error).toBeInstanceOf(ImportFormatError);
    expect(error).toMatchObject({ line });
  });

  it('throws when the export is not the format asked for', async () => {
    const { error } = await failure(parseDisqus(inChunks(fixtureBytes('wordpress.xml'), [1024])));
    expect((error as Error).message).toMatch(
      /expected a Disqus export \(root <disqus>\), found <rss> \(line 10,/,
    );
    const { error: other } = await failure(parseWordPress(inChunks(fixtureBytes('disqus.xml'), [1024])));
    expect((other as Error).message).toMatch(/expected a WordPress export \(root <rss>\), found <disqus>/);
  });

  it('throws on an encoding the runtime cannot decode', async () => {
    const xml = '<?xml version="1.0" encoding="x-no-such-charset"?><disqus/>';
    const { error } = await failure(parseDisqus(inChunks(new TextEncoder().encode(xml), [8])));
    expect(error).toMatchObject({ reason: 'unsupported encoding "x-no-such-charset"', line: 1 });
  });

  it('does not throw for records that are merely unusable', async () => {
    const xml = `${DISQUS_OPEN}<post/><post dsq:id="x"><createdAt>soon</createdAt></post><thread/></disqus>`;
    const records = await collect(parseDisqus(textStream(xml)));
    expect(records.map((r) => r.kind)).toEqual(['skip', 'skip', 'skip']);
  });
});
