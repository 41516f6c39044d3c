/**
 * Copied-text records (shared/domain/copied-text.ts): one item per text, written by the stream consumer
 * after each decision and by a moderator's rejection, read by the consumer before the checks. Authors and
 * articles are string sets, so a redelivered record adds nothing twice.
 */
import type { TextsPort } from '../app/ports';
import { MAX_TEXT_AUTHORS, textExpiry, type TextRecord, type TextRejection } from '../domain/copied-text';
import { conditionally, type Dynamo } from './dynamo';
import { textKey } from './keys';

interface StoredText {
  authors?: Set<string>;
  articles?: Set<string>;
  lastAt: string;
  rejected?: TextRejection;
}

export class TextStore implements TextsPort {
  constructor(private readonly db: Dynamo) {}

  async textRecord(fingerprint: string): Promise<TextRecord | null> {
    const item = await this.db.get<StoredText>(textKey(fingerprint));
    if (!item) return null;
    return {
      authors: [...(item.authors ?? [])],
      articles: [...(item.articles ?? [])],
      lastAt: item.lastAt,
      ...(item.rejected ? { rejected: item.rejected } : {}),
    };
  }

  /**
   * Counts a post of the text: its author's tag and its article join the sets, and the record lives
   * `TEXT_DAYS` from now, unless a moderator's rejection keeps it longer. Past `MAX_TEXT_AUTHORS` nothing
   * is added (every threshold is passed already).
   */
  async noteText(fingerprint: string, post: { authorTag: string; articleId: string; now: Date }) {
    const values = {
      ':a': new Set([post.authorTag]),
      ':r': new Set([post.articleId]),
      ':now': post.now.toISOString(),
      ':max': MAX_TEXT_AUTHORS,
    };
    const room = 'attribute_not_exists(authors) OR size(authors) < :max';
    // Not rejected: the post moves the expiry on.
    const noted = await conditionally(
      this.db.update({
        Key: textKey(fingerprint),
        UpdateExpression: 'ADD authors :a, articles :r SET lastAt = :now, expiresAt = :ttl',
        ConditionExpression: `attribute_not_exists(rejected) AND (${room})`,
        ExpressionAttributeValues: { ...values, ':ttl': textExpiry(post.now) },
      }),
    );
    if (noted) return;
    // Rejected (its longer expiry stands) or full.
    await conditionally(
      this.db.update({
        Key: textKey(fingerprint),
        UpdateExpression: 'ADD authors :a, articles :r SET lastAt = :now',
        ConditionExpression: room,
        ExpressionAttributeValues: values,
      }),
    );
  }

  /** A moderator rejected a comment with this text (`rejection`), or took that back (null). */
  async markText(fingerprint: string, rejection: TextRejection | null, now: Date): Promise<void> {
    await this.db.update({
      Key: textKey(fingerprint),
      UpdateExpression: rejection
        ? 'SET rejected = :rejected, lastAt = if_not_exists(lastAt, :now), expiresAt = :ttl'
        : 'REMOVE rejected SET lastAt = if_not_exists(lastAt, :now), expiresAt = :ttl',
      ExpressionAttributeValues: {
        ...(rejection ? { ':rejected': rejection } : {}),
        ':now': now.toISOString(),
        ':ttl': textExpiry(now, rejection !== null),
      },
    });
  }
}
