/**
 * Reading field values from an export: trimmed text, dates normalised to ISO 8601 UTC, yes/no flags,
 * and the skip record. Shared by the Disqus and WordPress parsers.
 */
import type { ImportSkip, ImportSource } from './records';

/** The trimmed value, or null when absent or blank. */
export function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `2021-03-04T12:34:56Z`, `2021-03-04 12:34:56` (no zone: read as UTC), with or without seconds,
 * fractions or an offset, as `2021-03-04T12:34:56.000Z`; null when absent, impossible (month 13,
 * 31 February) or WordPress's `0000-00-00 00:00:00` for "no date".
 */
export function isoTimestampOrNull(value: string | undefined): string | null {
  const match = TIMESTAMP.exec(value?.trim() ?? '');
  if (!match) return null;
  const parts = match.slice(1, 7).map((part) => Number(part ?? 0));
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const date = new Date(utc);
  // Date.UTC rolls 31 February over into March and years below 100 into the 1900s: refuse both.
  const exact =
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return exact ? new Date(utc - offsetMillis(match[8])).toISOString() : null;
}

function offsetMillis(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return (digits.startsWith('-') ? -1 : 1) * minutes * 60_000;
}

/** `true`/`1` and `false`/`0` (any case); absent or blank is `whenBlank`; anything else is undefined. */
export function flag(value: string | undefined, whenBlank: boolean): boolean | undefined {
  const normalised = value?.trim().toLowerCase() ?? '';
  if (normalised === '') return whenBlank;
  if (normalised === 'true' || normalised === '1') return true;
  if (normalised === 'false' || normalised === '0') return false;
  return undefined;
}

/** The record for an element the parser cannot use. */
export function skip(
  source: ImportSource,
  sourceId: string | null,
  line: number,
  reason: string,
): ImportSkip {
  return { kind: 'skip', source, sourceId, line, reason };
}
