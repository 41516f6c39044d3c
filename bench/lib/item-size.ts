/**
 * DynamoDB's item size rules (developer guide, "Item sizes and formats"), for estimates the benchmark makes
 * beside what DynamoDB Local measures: attribute names count as UTF-8 strings; strings are UTF-8 bytes;
 * numbers about one byte per two significant digits plus one; booleans and null one byte; lists and maps
 * three bytes plus one per element plus their elements (map keys count as names); sets the sum of their
 * members. Values are plain JavaScript (the document client's view of an item).
 */
const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

function numberSize(n: number | bigint): number {
  const digits = String(n)
    .replace(/^-/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/** Size in bytes of one attribute value. */
export function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(value);
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set) {
    let n = 0;
    for (const member of value as Set<unknown>) n += valueSize(member);
    return n;
  }
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueSize(v), 0);
  if (typeof value === 'object') {
    let n = 3;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      n += 1 + utf8(k) + valueSize(v);
    }
    return n;
  }
  return 0;
}

/** Size in bytes of an item (names plus values of its top-level attributes). */
export function itemSize(item: Record<string, unknown>, only?: readonly string[]): number {
  let n = 0;
  for (const [k, v] of Object.entries(item)) {
    if (v === undefined || (only && !only.includes(k))) continue;
    n += utf8(k) + valueSize(v);
  }
  return n;
}

/** Write request units of a standard write of an item of `bytes` (1 KB units, rounded up, at least 1). */
export const writeUnits = (bytes: number): number => Math.max(1, Math.ceil(bytes / 1024));
/** Read request units of reading `bytes` in one request (4 KB units, rounded up, at least one; half when eventually consistent). */
export const readUnits = (bytes: number, consistent: boolean): number =>
  Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);
