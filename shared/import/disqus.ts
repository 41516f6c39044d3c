/**
 * The Disqus XML export (`<disqus>`: categories, then every `<thread dsq:id>`, then every
 * `<post dsq:id>` pointing at its thread and parent by `dsq:id`), streamed into import records.
 *
 * Memory: the ids of the threads seen so far (one short string each), so that a post whose thread is
 * not in the export can be skipped here rather than fail later; nothing is kept per post. A post that
 * comes before its thread is therefore skipped too (Disqus writes every thread first).
 */
import { flag, isoTimestampOrNull, skip, textOrNull } from './fields';
import type { ImportComment, ImportInput, ImportRecord, ImportState } from './records';
import { parseXmlRecords, type CapturedRecord, type Emit, type XmlRecordFormat } from './xml-records';

const DISQUS_NAMESPACE = 'http://disqus.com';
const INTERNALS_NAMESPACE = 'http://disqus.com/disqus-internals';

/** Streams a Disqus export: threads, comments, and a skip for each record it cannot use. */
export function parseDisqus(input: ImportInput): AsyncGenerator<ImportRecord> {
  return parseXmlRecords(input, disqusFormat());
}

function disqusFormat(): XmlRecordFormat {
  const threadIds = new Set<string>();
  return {
    description: 'a Disqus export',
    root: 'disqus',
    prefixFor: (uri) => (uri === DISQUS_NAMESPACE ? '' : uri === INTERNALS_NAMESPACE ? 'dsq' : undefined),
    records: new Map([
      ['disqus/thread', { fields: ['@dsq:id', 'id', 'link', 'title', 'createdAt'], onClose: readThread }],
      [
        'disqus/post',
        {
          fields: POST_FIELDS,
          onClose: (post: CapturedRecord, emit: Emit) => emit(readPost(post, threadIds)),
        },
      ],
    ]),
  };

  function readThread(thread: CapturedRecord, emit: Emit): void {
    const sourceId = textOrNull(thread.field('@dsq:id'));
    if (!sourceId) return emit(skip('disqus', null, thread.line, 'thread without a dsq:id'));
    threadIds.add(sourceId);
    emit({
      kind: 'thread',
      source: 'disqus',
      sourceId,
      link: textOrNull(thread.field('link')),
      identifier: textOrNull(thread.field('id')),
      title: textOrNull(thread.field('title')),
      createdAt: isoTimestampOrNull(thread.field('createdAt')),
    });
  }
}

const POST_FIELDS = [
  '@dsq:id',
  'thread@dsq:id',
  'parent@dsq:id',
  'message',
  'createdAt',
  'isDeleted',
  'isSpam',
  'isApproved',
  'author/name',
  'author/email',
];

function readPost(post: CapturedRecord, threadIds: ReadonlySet<string>): ImportRecord {
  const sourceId = textOrNull(post.field('@dsq:id'));
  const rejected = (reason: string) => skip('disqus', sourceId, post.line, reason);
  if (!sourceId) return rejected('post without a dsq:id');
  const threadSourceId = textOrNull(post.field('thread@dsq:id'));
  if (!threadSourceId) return rejected('post without a thread');
  if (!threadIds.has(threadSourceId)) return rejected(`post for thread ${threadSourceId}, not in the export`);
  const createdAt = isoTimestampOrNull(post.field('createdAt'));
  if (!createdAt) return rejected(`unreadable createdAt "${post.field('createdAt') ?? ''}"`);
  const state = postState(post);
  if (typeof state !== 'string') return rejected(state.reason);
  const comment: ImportComment = {
    kind: 'comment',
    source: 'disqus',
    sourceId,
    threadSourceId,
    parentSourceId: textOrNull(post.field('parent@dsq:id')),
    authorName: textOrNull(post.field('author/name')),
    authorEmail: textOrNull(post.field('author/email')),
    createdAt,
    createdAtAssumedUtc: false,
    body: post.field('message') ?? '',
    state,
  };
  return comment;
}

/** Deleted wins over spam, spam over unapproved; a post without `isApproved` is approved. */
function postState(post: CapturedRecord): ImportState | { reason: string } {
  const deleted = flag(post.field('isDeleted'), false);
  const spam = flag(post.field('isSpam'), false);
  const approved = flag(post.field('isApproved'), true);
  if (deleted === undefined) return { reason: `unreadable isDeleted "${post.field('isDeleted')}"` };
  if (spam === undefined) return { reason: `unreadable isSpam "${post.field('isSpam')}"` };
  if (approved === undefined) return { reason: `unreadable isApproved "${post.field('isApproved')}"` };
  if (deleted) return 'deleted';
  if (spam) return 'spam';
  return approved ? 'approved' : 'pending';
}
