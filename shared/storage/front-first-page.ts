/**
 * A page of a queue partition whose trusted items (EU DSA Art. 22) come first: their sort keys carry the
 * priority mark (`queueSortKey`, shared/domain/trusted-flagger.ts), so they are the key range below
 * `PRIORITY_END` and everything else the range above it. A page reads the front range, then (if it has room)
 * the rest, each in the order asked, so trusted items lead in either direction. The cursor is the last sort
 * key, which says in which range the next page starts: paging needs no state of its own.
 */
import type { Page } from '../app/ports';
import { PRIORITY_END, isPriorityKey, queueSortKey } from '../domain/trusted-flagger';
import type { Dynamo, IndexPageOptions, ItemsById } from './dynamo';

export async function frontFirstPage<T extends object>(
  db: Dynamo,
  index: string,
  partitionAttr: string,
  partition: string,
  opts: Pick<IndexPageOptions, 'limit' | 'forward' | 'afterId' | 'sortAttr'>,
  items: ItemsById,
): Promise<Page<T> & { ids: string[] }> {
  const inFront = opts.afterId === undefined || isPriorityKey(opts.afterId);
  const front: Page<T> & { ids: string[] } = inFront
    ? await db.indexPage<T>(index, partitionAttr, partition, { ...opts, beforeId: PRIORITY_END }, items)
    : { items: [], ids: [], lastId: null };
  if (front.lastId !== null) return front;
  const room = opts.limit - front.ids.length;
  const rest = await db.indexPage<T>(
    index,
    partitionAttr,
    partition,
    {
      limit: Math.max(room, 1),
      forward: opts.forward,
      afterId: inFront ? undefined : opts.afterId,
      afterKey: PRIORITY_END,
      sortAttr: opts.sortAttr,
    },
    items,
  );
  const lastFront = front.ids[front.ids.length - 1];
  // A full page of trusted items: the rest starts on the next page, if there is any.
  if (room === 0)
    return { ...front, lastId: rest.ids.length > 0 && lastFront ? queueSortKey(lastFront, true) : null };
  return { items: [...front.items, ...rest.items], ids: [...front.ids, ...rest.ids], lastId: rest.lastId };
}
