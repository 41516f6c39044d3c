/**
 * The planner's index of planned comments (shared/import/plan.ts): for each source id planned so far,
 * the comment's id, its thread root, its status and its article, to place the replies that follow. It
 * is the one part of an import that grows with the export, so it is kept in typed arrays rather than a
 * Map of objects (about 182 bytes a comment as V8 strings, objects and map entries; here 34 to 40).
 *
 * Layout:
 * - Entries are numbered in the order they are added and stored in pages of PAGE_ENTRIES, one typed array
 *   per field (struct of arrays), 29 bytes an entry: the source id's 64-bit hash (two 32-bit halves), the
 *   comment id as 16 bytes (a ULID, shared/import/ulid-bytes.ts), its status as an index into
 *   COMMENT_STATUSES, and its thread: a reply holds the entry number of its thread root (≥ 0), a root
 *   holds its article as -1 - an index into `articleIds` (articles are per thread, far fewer than
 *   comments; a reply's article is its root's, as the planner only places a reply on its parent's
 *   article). Pages are never copied: the index grows one page at a time.
 * - The lookup table is open addressing with linear probing: a power-of-two Int32Array of entry
 *   number + 1 (0 is an empty slot), doubled (and rebuilt from the stored hashes) past 3/4 full.
 *
 * Source ids are known by their hash only: the first 8 bytes of their SHA-256. Two different ids with
 * the same 64-bit hash would be taken for one: for n ids the chance that any two collide is about
 * n² / 2⁶⁵, 3·10⁻⁸ for a million comments, 3·10⁻¹⁰ for 100,000. The consequence would be one comment
 * skipped as a `duplicate` (counted and named in the summary) or, for a reply whose own parent was not
 * planned, a reply placed under another comment of the same article. Storing the ids themselves for an
 * exact comparison would cost their length plus an offset, 14 to 16 more bytes a comment for Disqus's
 * 10- to 12-digit ids, and unbounded for arbitrary ones; at 3·10⁻⁸ the hash is the better trade. (The
 * hash is not keyed: an export made on purpose to collide, some 2³² hashes of work, would only misplace
 * its own comments.)
 */
import { hash } from 'node:crypto';
import { COMMENT_STATUSES, type CommentStatus } from '../domain/comment';
import { checkUlid, readUlid, ULID_BYTES, writeUlidBytes } from './ulid-bytes';

/** What the planner knows of a planned comment, to place a reply under it. */
export interface PlacedComment {
  readonly id: string;
  readonly rootId: string;
  readonly status: CommentStatus;
  readonly articleId: string;
  /** Its number in the index: a reply added under it shares its root. */
  readonly entry: number;
}

/** Entries per page: 4,096 × 29 bytes, about 116 KiB. */
const PAGE_ENTRIES = 2 ** 12;
const FIRST_TABLE_SLOTS = 2 ** 10;
const MAX_LOAD = 0.75;

/** One page of entries, one typed array per field. */
class Page {
  readonly hashes = new Uint32Array(PAGE_ENTRIES * 2);
  readonly ids = new Uint8Array(PAGE_ENTRIES * ULID_BYTES);
  /** A reply's root entry (≥ 0), or a root's article as -1 - its number in `articleIds`. */
  readonly threads = new Int32Array(PAGE_ENTRIES);
  readonly statuses = new Uint8Array(PAGE_ENTRIES);

  get byteLength(): number {
    const fields = [this.hashes, this.ids, this.threads, this.statuses];
    return fields.reduce((sum, field) => sum + field.byteLength, 0);
  }
}

/** A source id's 64-bit hash, as two unsigned 32-bit halves; `low` also picks the table slot. */
interface Hash64 {
  readonly high: number;
  readonly low: number;
}

function hashSourceId(sourceId: string): Hash64 {
  const digest = hash('sha256', sourceId, 'buffer');
  return { high: digest.readUInt32LE(0), low: digest.readUInt32LE(4) };
}

export class PlacedCommentIndex {
  private readonly pages: Page[] = [];
  private table = new Int32Array(FIRST_TABLE_SLOTS);
  private count = 0;
  private readonly articleIds: string[] = [];
  private readonly articleNumbers = new Map<string, number>();

  /** How many comments it holds. */
  get size(): number {
    return this.count;
  }

  /** The bytes of its typed arrays (what grows with the comments; the article ids are per thread). */
  get byteLength(): number {
    return this.table.byteLength + this.pages.reduce((sum, page) => sum + page.byteLength, 0);
  }

  has(sourceId: string): boolean {
    return this.find(hashSourceId(sourceId)) >= 0;
  }

  get(sourceId: string): PlacedComment | undefined {
    const entry = this.find(hashSourceId(sourceId));
    return entry < 0 ? undefined : this.placedAt(entry);
  }

  /**
   * Adds a planned comment: a thread of its own when `parent` is null, else a reply in the parent's
   * thread. Throws, changing nothing, when the source id is already there (the planner refuses
   * duplicates before), the id is not a canonical ULID, or a reply is not on its parent's article.
   */
  add(
    sourceId: string,
    comment: { id: string; status: CommentStatus; articleId: string },
    parent: PlacedComment | null,
  ): void {
    const key = hashSourceId(sourceId);
    if (this.find(key) >= 0) throw new Error(`source id ${sourceId} is already in the index`);
    if (parent !== null && parent.articleId !== comment.articleId)
      throw new Error(`source id ${sourceId}: a reply must be on its parent's article`);
    checkUlid(comment.id);
    const status = statusNumber(comment.status);
    if ((this.count + 1) / this.table.length > MAX_LOAD) this.doubleTable();
    const entry = this.count++;
    if (entry % PAGE_ENTRIES === 0) this.pages.push(new Page());
    const { page, at } = this.locate(entry);
    page.hashes[at * 2] = key.high;
    page.hashes[at * 2 + 1] = key.low;
    writeUlidBytes(comment.id, page.ids, at * ULID_BYTES);
    page.threads[at] =
      parent === null ? -1 - this.articleNumber(comment.articleId) : this.rootOf(parent.entry);
    page.statuses[at] = status;
    this.insertSlot(entry, key.low);
  }

  /** The entry of this hash, or -1. */
  private find(key: Hash64): number {
    const mask = this.table.length - 1;
    for (let slot = key.low & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]! - 1;
      if (entry < 0) return -1;
      const { page, at } = this.locate(entry);
      if (page.hashes[at * 2] === key.high && page.hashes[at * 2 + 1] === key.low) return entry;
    }
  }

  /** Puts an entry in the first empty slot from its hash's (the table always has one: load ≤ 3/4). */
  private insertSlot(entry: number, low: number): void {
    const mask = this.table.length - 1;
    let slot = low & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = entry + 1;
  }

  private doubleTable(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let entry = 0; entry < this.count; entry++) {
      const { page, at } = this.locate(entry);
      this.insertSlot(entry, page.hashes[at * 2 + 1]!);
    }
  }

  /** The page holding an entry and its position there. */
  private locate(entry: number): { page: Page; at: number } {
    return { page: this.pages[Math.floor(entry / PAGE_ENTRIES)]!, at: entry % PAGE_ENTRIES };
  }

  private rootOf(entry: number): number {
    const { page, at } = this.locate(entry);
    const thread = page.threads[at]!;
    return thread < 0 ? entry : thread;
  }

  /** The article of a root entry. */
  private articleOfRoot(root: number): string {
    const { page, at } = this.locate(root);
    return this.articleIds[-1 - page.threads[at]!]!;
  }

  private idOf(entry: number): string {
    const { page, at } = this.locate(entry);
    return readUlid(page.ids, at * ULID_BYTES);
  }

  private placedAt(entry: number): PlacedComment {
    const { page, at } = this.locate(entry);
    const root = this.rootOf(entry);
    return {
      id: this.idOf(entry),
      rootId: this.idOf(root),
      status: COMMENT_STATUSES[page.statuses[at]!]!,
      articleId: this.articleOfRoot(root),
      entry,
    };
  }

  private articleNumber(articleId: string): number {
    let number = this.articleNumbers.get(articleId);
    if (number === undefined) {
      number = this.articleIds.push(articleId) - 1;
      this.articleNumbers.set(articleId, number);
    }
    return number;
  }
}

function statusNumber(status: CommentStatus): number {
  const number = COMMENT_STATUSES.indexOf(status);
  if (number < 0) throw new RangeError(`unknown status ${String(status)}`);
  return number;
}
