import { readFileSync } from 'node:fs';
import type { ImportComment, ImportRecord, ImportSkip, ImportThread } from '../../../shared/import/records';

/** The bytes of a fixture export in tests/fixtures/import/. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
}

/** Every record a parser yields, in order. */
export async function collect(records: AsyncIterable<ImportRecord>): Promise<ImportRecord[]> {
  const all: ImportRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

/** `bytes` as an async stream of chunks of the given sizes (the last size repeats until the end). */
export function inChunks(bytes: Uint8Array, sizes: readonly number[]): AsyncIterable<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const size = Math.max(1, sizes[Math.min(i, sizes.length - 1)] ?? 1);
    chunks.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  return asStream(chunks);
}

/** These strings as an async stream. */
export function textStream(...chunks: string[]): AsyncIterable<string> {
  return asStream(chunks);
}

/** Each chunk arrives on a later microtask, as from a real stream. */
async function* asStream<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const chunk of chunks) yield await Promise.resolve(chunk);
}

export const threads = (records: ImportRecord[]) =>
  records.filter((r): r is ImportThread => r.kind === 'thread');
export const comments = (records: ImportRecord[]) =>
  records.filter((r): r is ImportComment => r.kind === 'comment');
export const skips = (records: ImportRecord[]) => records.filter((r): r is ImportSkip => r.kind === 'skip');

/** The comment with this source id; fails the test when there is none. */
export function commentById(records: ImportRecord[], sourceId: string): ImportComment {
  const found = comments(records).find((c) => c.sourceId === sourceId);
  if (!found) throw new Error(`no comment ${sourceId}`);
  return found;
}
