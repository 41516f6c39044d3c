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

/**
 * A memo keyed by object identity that keeps its last few entries, for what is derived from a comment's
 * token list (phrase hits, cue scans, obfuscated windows): the checks of one comment share them, and the
 * lists come from `tokensOf`, which keeps as many.
 *
 * Not a WeakMap: with its entries keyed by token lists, the young-generation collector kept their
 * values (and what they point to) alive past the comment, so they were copied and promoted, and only a
 * full collection freed them. Measured on the civil bench: about 20 MB promoted between two scavenges
 * of 20 ms each, against 13 MB and 13 ms with this memo.
 */
export class RecentMap<K extends object, V> {
  private readonly keys: K[] = [];
  private readonly values: V[] = [];

  constructor(private readonly size = 4) {}

  get(key: K): V | undefined {
    for (let q = 0; q < this.keys.length; q++) if (this.keys[q] === key) return this.values[q];
    return undefined;
  }

  set(key: K, value: V): void {
    const q = this.keys.indexOf(key);
    if (q >= 0) {
      this.values[q] = value;
      return;
    }
    if (this.keys.length >= this.size) {
      this.keys.shift();
      this.values.shift();
    }
    this.keys.push(key);
    this.values.push(value);
  }
}
