/**
 * Which stream records start automatic moderation: a comment inserted as `received`, or modified INTO
 * `received` (an author's edit). The consumer's own writes move a comment out of `received`, so they
 * never match and the consumer never retriggers itself.
 *
 * These patterns are Lambda event-filtering patterns (the EventBridge pattern grammar). The CDK stack
 * passes them to the event source mapping as they are; the local stream poller evaluates them with
 * `matchesStreamFilters`, which implements the subset used here (exact values and `anything-but`).
 */
export type FilterPattern = { [key: string]: FilterPattern | readonly FilterValue[] };
type FilterValue = string | number | boolean | null | { 'anything-but': readonly (string | number)[] };

export const moderationStreamFilters: readonly FilterPattern[] = [
  {
    eventName: ['INSERT'],
    dynamodb: { NewImage: { entity: { S: ['comment'] }, status: { S: ['received'] } } },
  },
  {
    eventName: ['MODIFY'],
    dynamodb: {
      NewImage: { entity: { S: ['comment'] }, status: { S: ['received'] } },
      OldImage: { status: { S: [{ 'anything-but': ['received'] }] } },
    },
  },
];

function valueMatches(actual: unknown, allowed: readonly FilterValue[]): boolean {
  return allowed.some((rule) => {
    if (rule !== null && typeof rule === 'object') {
      return actual !== undefined && !rule['anything-but'].includes(actual as string | number);
    }
    return actual === rule;
  });
}

function patternMatches(event: unknown, pattern: FilterPattern): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    const actual =
      event !== null && typeof event === 'object' ? (event as Record<string, unknown>)[key] : undefined;
    return Array.isArray(rule)
      ? valueMatches(actual, rule as readonly FilterValue[])
      : patternMatches(actual, rule as FilterPattern);
  });
}

/** True when a stream record matches any pattern (Lambda ORs the filters of one mapping). */
export const matchesStreamFilters = (
  record: unknown,
  patterns: readonly FilterPattern[] = moderationStreamFilters,
): boolean => patterns.some((p) => patternMatches(record, p));
