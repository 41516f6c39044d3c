/**
 * The WordPress export (WXR: an RSS `<channel>` whose `<item>`s are posts, pages and other content, each
 * with its `<wp:comment>`s inside), streamed into import records.
 *
 * A post or page item is a thread; an item of another type (attachment, …) becomes one only when it has
 * comments, and otherwise yields nothing. The thread is yielded when the item's first comment opens
 * (WXR writes the post's fields before its comments) or when the item closes. Memory: the fields of the
 * open item except its content, and of the open comment; nothing is kept once an item closes.
 */
import { isoTimestampOrNull, skip, textOrNull } from './fields';
import type { ImportComment, ImportInput, ImportRecord, ImportState } from './records';
import { parseXmlRecords, type CapturedRecord, type Emit, type XmlRecordFormat } from './xml-records';

/** WXR 1.0, 1.1 and 1.2 each have their own namespace URI. */
const WXR_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/?$/;
const ITEM = 'rss/channel/item';
const THREAD_TYPES = new Set(['post', 'page']);
const COMMENT_TYPES = new Set(['', 'comment']);
const STATES: Readonly<Record<string, ImportState>> = {
  '1': 'approved',
  '0': 'pending',
  spam: 'spam',
  trash: 'deleted',
};

/** Streams a WordPress export: threads, comments, and a skip for each record it cannot use. */
export function parseWordPress(input: ImportInput): AsyncGenerator<ImportRecord> {
  return parseXmlRecords(input, wordPressFormat());
}

/** The open item: whether its thread was decided yet, and its id once it was. */
interface ItemState {
  decided: boolean;
  threadSourceId: string | null;
}

function wordPressFormat(): XmlRecordFormat {
  let item: ItemState = { decided: false, threadSourceId: null };
  return {
    description: 'a WordPress export',
    root: 'rss',
    prefixFor: (uri) => (WXR_NAMESPACE.test(uri) ? 'wp' : undefined),
    records: new Map([
      [
        ITEM,
        {
          fields: ['wp:post_id', 'wp:post_type', 'link', 'title', 'wp:post_date_gmt'],
          onOpen: () => {
            item = { decided: false, threadSourceId: null };
          },
          onClose: (record: CapturedRecord, emit: Emit) => {
            const type = textOrNull(record.field('wp:post_type')) ?? 'post';
            if (THREAD_TYPES.has(type)) decideThread(record, emit);
          },
        },
      ],
      [
        `${ITEM}/wp:comment`,
        {
          fields: COMMENT_FIELDS,
          onOpen: (comment: CapturedRecord, emit: Emit) => {
            if (comment.enclosing) decideThread(comment.enclosing, emit);
          },
          onClose: (comment: CapturedRecord, emit: Emit) => emit(readComment(comment, item.threadSourceId)),
        },
      ],
    ]),
  };

  /** Yields the item's thread, or a skip when it has no id, once per item. */
  function decideThread(record: CapturedRecord, emit: Emit): void {
    if (item.decided) return;
    item.decided = true;
    const sourceId = textOrNull(record.field('wp:post_id'));
    if (!sourceId) return emit(skip('wordpress', null, record.line, 'item without a wp:post_id'));
    item.threadSourceId = sourceId;
    emit({
      kind: 'thread',
      source: 'wordpress',
      sourceId,
      link: textOrNull(record.field('link')),
      identifier: null,
      title: textOrNull(record.field('title')),
      createdAt: isoTimestampOrNull(record.field('wp:post_date_gmt')),
    });
  }
}

const COMMENT_FIELDS = [
  'wp:comment_id',
  'wp:comment_author',
  'wp:comment_author_email',
  'wp:comment_date',
  'wp:comment_date_gmt',
  'wp:comment_content',
  'wp:comment_approved',
  'wp:comment_type',
  'wp:comment_parent',
];

function readComment(comment: CapturedRecord, threadSourceId: string | null): ImportRecord {
  const sourceId = textOrNull(comment.field('wp:comment_id'));
  const rejected = (reason: string) => skip('wordpress', sourceId, comment.line, reason);
  if (!sourceId) return rejected('comment without a wp:comment_id');
  const type = comment.field('wp:comment_type')?.trim() ?? '';
  if (!COMMENT_TYPES.has(type)) return rejected(`wp:comment_type "${type}" is not a reader's comment`);
  const approved = comment.field('wp:comment_approved')?.trim() ?? '';
  const state = Object.hasOwn(STATES, approved) ? STATES[approved] : undefined;
  if (!state) return rejected(`unknown wp:comment_approved "${approved}"`);
  if (!threadSourceId) return rejected('comment on an item without a wp:post_id');
  const date = commentDate(comment);
  if (!date) return rejected('no readable date in wp:comment_date_gmt or wp:comment_date');
  const result: ImportComment = {
    kind: 'comment',
    source: 'wordpress',
    sourceId,
    threadSourceId,
    parentSourceId: parentId(comment.field('wp:comment_parent')),
    authorName: textOrNull(comment.field('wp:comment_author')),
    authorEmail: textOrNull(comment.field('wp:comment_author_email')),
    createdAt: date.createdAt,
    createdAtAssumedUtc: date.assumedUtc,
    body: comment.field('wp:comment_content') ?? '',
    state,
  };
  return result;
}

/** The GMT date, else the site's local date read as UTC (flagged), else nothing. */
function commentDate(comment: CapturedRecord): { createdAt: string; assumedUtc: boolean } | undefined {
  const gmt = isoTimestampOrNull(comment.field('wp:comment_date_gmt'));
  if (gmt) return { createdAt: gmt, assumedUtc: false };
  const local = isoTimestampOrNull(comment.field('wp:comment_date'));
  return local ? { createdAt: local, assumedUtc: true } : undefined;
}

/** WordPress writes 0 for a comment that answers none. */
function parentId(value: string | undefined): string | null {
  const id = textOrNull(value);
  return id === '0' ? null : id;
}
