/** The moderation consumer's loop over the table's stream records (decoding them: no SDK in the handler). */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { CommentRecord } from '../../shared/domain/comment';
import { commentFromImage } from '../../shared/storage/images';
import { loggableError, logger } from './logger';
import { publishDecisions } from './metrics';

/** The comment in a record's new image, or null when the record carries none. */
export function commentOfRecord(record: DynamoDBRecord): CommentRecord | null {
  const image = record.dynamodb?.NewImage;
  if (!image) return null;
  return commentFromImage(unmarshall(image as Record<string, AttributeValue>));
}

/**
 * Moderates the records' comments in order and stops at the first failure, reporting it as the batch's
 * failed item, so Lambda retries from there (records of one shard stay in order). `decide` answers the
 * comment's new status when it decided it; the counts by status are published as `Decisions`.
 */
export async function moderateInOrder(
  records: readonly DynamoDBRecord[],
  decide: (comment: CommentRecord) => Promise<string | undefined>,
): Promise<DynamoDBBatchResponse> {
  const outcomes = new Map<string, number>();
  try {
    for (const record of records) {
      try {
        const comment = commentOfRecord(record);
        const outcome = comment && (await decide(comment));
        if (outcome) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      } catch (error) {
        logger.error('moderation failed for a stream record', {
          sequenceNumber: record.dynamodb?.SequenceNumber,
          error: loggableError(error),
        });
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    return { batchItemFailures: [] };
  } finally {
    publishDecisions(outcomes);
  }
}
