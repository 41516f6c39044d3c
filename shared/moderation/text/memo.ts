/**
 * A function of a comment body with a memo of its last few results: the checks of one comment all read
 * the same body, so each derived form (normalised text, tokens) is computed once per comment.
 */
export function memoLast<T>(fn: (source: string) => T, size = 4): (source: string) => T {
  const keys: string[] = [];
  const values: T[] = [];
  return (source) => {
    for (let q = 0; q < keys.length; q++) if (keys[q] === source) return values[q]!;
    const value = fn(source);
    if (keys.length >= size) {
      keys.shift();
      values.shift();
    }
    keys.push(source);
    values.push(value);
    return value;
  };
}

/** A value computed on first use, then kept: for tables and schemas a cold start may never need. */
export function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}
