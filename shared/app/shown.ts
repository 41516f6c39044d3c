/**
 * What readers see of a comment: whether it is published where they can read it. The public read, the
 * flags and the notices of illegal content all answer 404 for anything else, so none of them reveals that
 * an unpublished comment exists or takes a report about what nobody can see.
 */
import { isListed, type CommentRecord } from '../domain/comment';
import { CommentNotFoundError } from '../errors';
import { isId } from '../ids';
import type { DepsWith } from './deps';
import type { CommentsPort } from './ports';

/**
 * Whether readers see the thread `c` is in: a top-level comment is its own thread; a reply's thread shows
 * while its root is listed (published, or a tombstone kept for its replies). The replies of a root that
 * was rejected, is held again or is gone are hidden with it.
 */
export async function threadShown(
  deps: DepsWith<CommentsPort>,
  c: Pick<CommentRecord, 'parentId' | 'rootId'>,
): Promise<boolean> {
  if (c.parentId === null) return true;
  const root = await deps.repo.getComment(c.rootId);
  return root !== null && isListed(root);
}

/** Whether readers see `c`: published, in a thread that shows. */
export const isShown = async (
  deps: DepsWith<CommentsPort>,
  c: Pick<CommentRecord, 'status' | 'parentId' | 'rootId'>,
): Promise<boolean> => c.status === 'approved' && (await threadShown(deps, c));

/** The comment readers see under `id`; anything else (unknown, unpublished, hidden with its thread) is a 404. */
export async function shownComment(deps: DepsWith<CommentsPort>, id: string): Promise<CommentRecord> {
  const c = isId(id) ? await deps.repo.getComment(id) : null;
  if (!c || !(await isShown(deps, c))) throw new CommentNotFoundError();
  return c;
}
