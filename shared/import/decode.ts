/**
 * Bytes to text for the import parsers, one chunk at a time: the encoding comes from a byte order mark
 * or the XML declaration (UTF-8 when neither says), then a streaming TextDecoder decodes, so a character
 * split across chunks comes out whole. Bytes that are not valid in the encoding become U+FFFD rather
 * than stopping a long import.
 */
import { ImportFormatError } from './errors';
import type { ImportInput } from './records';

/** How far into the file the XML declaration must end for its `encoding` to be honoured. */
const SNIFF_LIMIT = 1024;
const GREATER_THAN = 0x3e;
const BYTE_ORDER_MARK = '\ufeff';

/** The decoded text of `input`, chunk by chunk, without a leading byte order mark. */
export async function* decodeText(input: ImportInput): AsyncGenerator<string> {
  const bytes = new ByteDecoder();
  let atStart = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? bytes.flush() + chunk : bytes.push(chunk);
    if (atStart && text.length > 0) {
      if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
      atStart = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = bytes.flush();
  if (rest.length > 0) yield atStart && rest.startsWith(BYTE_ORDER_MARK) ? rest.slice(1) : rest;
}

/** Holds the first bytes until the encoding is known, then decodes as a stream. */
class ByteDecoder {
  private head: Uint8Array = new Uint8Array(0);
  private decoder: TextDecoder | undefined;

  push(chunk: Uint8Array): string {
    if (this.decoder) return this.decoder.decode(chunk, { stream: true });
    this.head = concat(this.head, chunk);
    if (!this.head.includes(GREATER_THAN) && this.head.length < SNIFF_LIMIT) return '';
    return this.start().decode(this.head, { stream: true });
  }

  /** Everything still held, e.g. at the end of the input or before a chunk that is already text. */
  flush(): string {
    if (this.decoder) return this.decoder.decode();
    if (this.head.length === 0) return '';
    return this.start().decode(this.head);
  }

  private start(): TextDecoder {
    const label = sniffEncoding(this.head);
    try {
      this.decoder = new TextDecoder(label);
    } catch {
      throw new ImportFormatError(`unsupported encoding "${label}"`, 1, 0);
    }
    return this.decoder;
  }
}

/** The encoding of a document from its first bytes (XML 1.0 appendix F, the cases exports use). */
export function sniffEncoding(head: Uint8Array): string {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)) {
    return 'utf-16le';
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)) {
    return 'utf-16be';
  }
  const ascii = new TextDecoder('latin1').decode(head);
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(ascii)?.[1];
  return declared?.toLowerCase() ?? 'utf-8';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice(); // the caller may reuse its buffer
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
