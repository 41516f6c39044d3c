/**
 * A test stack for the storage integration suites: DynamoDB Local and the repository over its table, with
 * a consumer that does nothing, so the comments stay exactly as the tests write them.
 */
import type { CommentRecord } from '../../shared/domain/comment';
import type { NoticeRecord } from '../../shared/domain/notice';
import { newId, sha256 } from '../../shared/ids';
import { Repository } from '../../shared/storage/repository';
import { startTestStack, type TestStack } from './stack';

export async function startRepositoryStack(): Promise<{ stack: TestStack; repo: Repository }> {
  const stack = await startTestStack({
    loadConsumer: () => Promise.resolve(() => Promise.resolve({ batchItemFailures: [] })),
  });
  return { stack, repo: new Repository({ client: stack.doc, tableName: stack.tableName }) };
}

/**
 * Stores a root comment as a storage test writes it, past the pipeline: `approved` at version 2 unless
 * `over` says otherwise, dated now.
 */
export async function storedComment(
  repo: Repository,
  over: Partial<CommentRecord> & Pick<CommentRecord, 'articleId' | 'authorId'>,
): Promise<CommentRecord> {
  const id = over.id ?? newId();
  const at = new Date().toISOString();
  const c: CommentRecord = {
    entity: 'comment',
    id,
    parentId: null,
    rootId: id,
    authorName: 'A reader',
    authorTokenHash: 'hash',
    networkHash: 'net',
    body: 'A comment.',
    status: 'approved',
    version: 2,
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    replyCount: 0,
    firstReplies: [],
    ...over,
  };
  await repo.createComment(c);
  return c;
}

/** An open, anonymous notice of defamation on `c`. */
export const openNotice = (c: CommentRecord, over: Partial<NoticeRecord> = {}): NoticeRecord => ({
  entity: 'notice',
  id: newId(),
  commentId: c.id,
  articleId: c.articleId,
  category: 'defamation',
  explanation: 'It says false things about a named person.',
  anonymous: true,
  tokenHash: sha256(`notice-${newId()}`),
  status: 'received',
  receivedAt: new Date().toISOString(),
  ...over,
});
