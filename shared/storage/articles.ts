/** Articles: moderation settings and the approved-comment counter the listing and the counter show. */
import type { ArticlesPort } from '../app/ports';
import type { Dynamo, TransactItem } from './dynamo';
import { articleKey } from './keys';
import { articleOf, type ArticleRecord } from './records';

/** Moves an article's approved count, in a transition's transaction. */
export const articleCounter = (db: Dynamo, articleId: string, d: number): TransactItem =>
  db.updateItem({
    Key: articleKey(articleId),
    UpdateExpression: 'SET entity = if_not_exists(entity, :e), articleId = :a ADD totalApproved :d',
    ExpressionAttributeValues: { ':e': 'article', ':a': articleId, ':d': d },
  });

export class ArticleStore implements ArticlesPort {
  constructor(private readonly db: Dynamo) {}

  async getArticle(articleId: string): Promise<ArticleRecord> {
    return articleOf(articleId, await this.db.get<Partial<ArticleRecord>>(articleKey(articleId)));
  }

  /** Sets an article's moderation mode (null inherits the site policy) and whether it is closed. */
  async putArticleSettings(
    articleId: string,
    settings: { mode?: 'pre' | 'post' | null | undefined; closed?: boolean | undefined },
  ): Promise<ArticleRecord> {
    const sets = ['entity = if_not_exists(entity, :e)', 'articleId = :a'];
    const values: Record<string, unknown> = { ':e': 'article', ':a': articleId };
    if (settings.mode !== undefined) {
      sets.push('#mode = :mode');
      values[':mode'] = settings.mode;
    }
    if (settings.closed !== undefined) {
      sets.push('closed = :closed');
      values[':closed'] = settings.closed;
    }
    await this.db.update({
      Key: articleKey(articleId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ExpressionAttributeValues: values,
      ...(settings.mode !== undefined ? { ExpressionAttributeNames: { '#mode': 'mode' } } : {}),
    });
    return this.getArticle(articleId);
  }

  /** Approved-comment counts for up to 100 articles in one BatchGetItem. */
  async countApproved(articleIds: readonly string[]): Promise<Record<string, number>> {
    // The most read route: only the counter comes back.
    const items = await this.db.getMany(
      articleIds.map((id) => articleKey(id)),
      ['totalApproved'],
    );
    return Object.fromEntries(articleIds.map((id, i) => [id, Number(items[i]?.totalApproved ?? 0)]));
  }
}
