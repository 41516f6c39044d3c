import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDisqus } from '../../../shared/import/disqus';
import type { ImportInput, ImportRecord } from '../../../shared/import/records';
import { parseWordPress } from '../../../shared/import/wordpress';
import { collect, commentById, fixtureBytes, inChunks, textStream, threads } from './support';

const PARSERS = [
  ['Disqus', 'disqus.xml', parseDisqus],
  ['WordPress', 'wordpress.xml', parseWordPress],
] as const;

describe.each(PARSERS)('%s parser across chunk boundaries', (_name, fixture, parse) => {
  const bytes = fixtureBytes(fixture);
  let whole: ImportRecord[];
  beforeAll(async () => {
    whole = await collect(parse(inChunks(bytes, [bytes.length])));
    expect(whole.length).toBeGreaterThan(15);
  });

  it('yields the same records when fed one byte at a time', async () => {
    expect(await collect(parse(inChunks(bytes, [1])))).toEqual(whole);
  });

  it('yields the same records for any split into chunks of random sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 60 }),
        async (sizes) => {
          expect(await collect(parse(inChunks(bytes, sizes)))).toEqual(whole);
        },
      ),
      { seed: 16, numRuns: 60 },
    );
  });

  it('yields the same records from text split at any UTF-16 code unit, surrogate pairs included', async () => {
    const text = new TextDecoder().decode(bytes);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 40 }),
        async (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), text.length];
          const pieces = points.slice(1).map((end, i) => text.slice(points[i], end));
          expect(await collect(parse(textStream(...pieces)))).toEqual(whole);
        },
      ),
      { seed: 16, numRuns: 60 },
    );
  });
});

describe('encodings', () => {
  const disqus = (message: string) =>
    `<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">` +
    `<thread dsq:id="1"/><post dsq:id="2"><message>${message}</message>` +
    `<createdAt>2024-05-06T07:08:09Z</createdAt><author><name>${message}</name></author><thread dsq:id="1"/></post></disqus>`;
  const bodyOf = async (input: ImportInput) => commentById(await collect(parseDisqus(input)), '2');

  it('honours an ISO-8859-1 declaration', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n${disqus('Café señor Müller')}`;
    const latin1 = new Uint8Array(Buffer.from(xml, 'latin1'));
    expect(latin1).not.toEqual(new Uint8Array(Buffer.from(xml, 'utf8')));
    expect(await bodyOf(inChunks(latin1, [1]))).toMatchObject({
      body: 'Café señor Müller',
      authorName: 'Café señor Müller',
    });
  });

  it('reads UTF-16 with a byte order mark, little- and big-endian', async () => {
    const xml = `\ufeff<?xml version="1.0" encoding="UTF-16"?>${disqus('Привет 👋')}`;
    const little = new Uint8Array(Buffer.from(xml, 'utf16le'));
    const big = new Uint8Array(little.length);
    for (let i = 0; i < little.length; i += 2) [big[i], big[i + 1]] = [little[i + 1]!, little[i]!];
    expect((await bodyOf(inChunks(little, [3]))).body).toBe('Привет 👋');
    expect((await bodyOf(inChunks(big, [5]))).body).toBe('Привет 👋');
  });

  it('drops a UTF-8 byte order mark, in bytes or in text', async () => {
    const xml = `\ufeff${disqus('ok')}`;
    expect((await bodyOf(inChunks(new TextEncoder().encode(xml), [1]))).body).toBe('ok');
    expect((await bodyOf(textStream('', xml.slice(0, 1), xml.slice(1)))).body).toBe('ok');
  });

  it('turns bytes invalid in UTF-8 into U+FFFD instead of stopping', async () => {
    const invalid = Buffer.from([0xff, 0xc3]);
    const parts = disqus('@')
      .split('@')
      .map((part) => Buffer.from(part));
    const bytes = Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [invalid, part])));
    expect((await bodyOf(inChunks(new Uint8Array(bytes), [7]))).body).toBe('\ufffd\ufffd');
  });

  it('keeps a CR LF split across chunks as one line break', async () => {
    const xml = disqus('a\r\nb');
    const at = xml.indexOf('\r') + 1;
    expect((await bodyOf(textStream(xml.slice(0, at), xml.slice(at)))).body).toBe('a\nb');
  });
});

describe('laziness', () => {
  it('yields the first thread before the input has ended', async () => {
    let ended = false;
    async function* slow(): AsyncGenerator<string> {
      yield '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">';
      yield '<thread dsq:id="1"><link>https://a.example/</link></thread>';
      await new Promise((resolve) => setTimeout(resolve, 1));
      yield '</disqus>';
      ended = true;
    }
    const records = parseDisqus(slow());
    const first = await records.next();
    expect(first.value).toMatchObject({ kind: 'thread', sourceId: '1' });
    expect(ended).toBe(false);
    expect(threads(await collect(records))).toEqual([]);
    expect(ended).toBe(true);
  });
});
