/**
 * The normalised records the Disqus and WordPress parsers yield, one at a time, as a discriminated union
 * on `kind`. Plain types, no validation library: the parsers build every record themselves and the
 * importer stores them. Absent or empty optional values are `null`, never `''`.
 */

/** Which export a record came from. */
export type ImportSource = 'disqus' | 'wordpress';

/** A comment's state in the source, mapped onto the four states an import can carry. */
export type ImportState = 'approved' | 'pending' | 'spam' | 'deleted';

/**
 * An article the source hangs comments on. Disqus: a `<thread dsq:id>` with `<link>`, `<id>` (the
 * site's identifier), `<title>`, `<createdAt>`. WordPress: a post or page `<item>` with `wp:post_id`,
 * `<link>`, `<title>`, `wp:post_date_gmt` (WordPress has no identifier: always `null`).
 */
export interface ImportThread {
  readonly kind: 'thread';
  readonly source: ImportSource;
  readonly sourceId: string;
  readonly link: string | null;
  readonly identifier: string | null;
  readonly title: string | null;
  /** ISO 8601 UTC; `null` when the source has no date or one that cannot be read. */
  readonly createdAt: string | null;
}

/** One comment, with its thread and parent as source ids (the importer resolves them). */
export interface ImportComment {
  readonly kind: 'comment';
  readonly source: ImportSource;
  readonly sourceId: string;
  readonly threadSourceId: string;
  /** The comment it answers; not checked against the export (that would mean remembering every post). */
  readonly parentSourceId: string | null;
  readonly authorName: string | null;
  readonly authorEmail: string | null;
  /** ISO 8601 UTC with milliseconds, e.g. `2021-03-04T12:34:56.000Z`. */
  readonly createdAt: string;
  /**
   * True when the source gave no usable UTC date and `createdAt` is its local time read as UTC (WordPress
   * `wp:comment_date` when `wp:comment_date_gmt` is missing or `0000-00-00 00:00:00`); it may be off by
   * the site's UTC offset. Always false for Disqus, whose dates are UTC.
   */
  readonly createdAtAssumedUtc: boolean;
  /** The text as the source stores it, untrimmed: HTML for Disqus `<message>`, text or HTML for WordPress. */
  readonly body: string;
  readonly state: ImportState;
}

/** A record the parser could not use, and why; the parse goes on after it. */
export interface ImportSkip {
  readonly kind: 'skip';
  readonly source: ImportSource;
  /** The record's own id when it has one. */
  readonly sourceId: string | null;
  /** The line where the skipped element starts, to find it in the export. */
  readonly line: number;
  readonly reason: string;
}

export type ImportRecord = ImportThread | ImportComment | ImportSkip;

/** What the parsers read: a Node stream (`fs.createReadStream`), or any async iterable of text or bytes. */
export type ImportInput = AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream;
