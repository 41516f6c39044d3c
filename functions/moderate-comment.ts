import middy from '@middy/core';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { moderateComment } from '../shared/app/moderate';
import { commentFromImage } from '../shared/storage/images';
import { deps } from './lib/deps';

/**
 * Stream consumer: automatic moderation of received comments. Records arrive already filtered by the
 * event source mapping. Processing stops at the first failure and reports it, so Lambda retries from
 * there (records of one shard stay in order); records already decided are skipped on redelivery.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
  for (const record of event.Records) {
    try {
      await moderateRecord(record);
    } catch (error) {
      console.error(
        JSON.stringify({
          level: 'ERROR',
          message: 'moderation failed for a stream record',
          sequenceNumber: record.dynamodb?.SequenceNumber,
          error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
        }),
      );
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
});

async function moderateRecord(record: DynamoDBRecord): Promise<void> {
  const image = record.dynamodb?.NewImage;
  if (!image) return;
  const comment = commentFromImage(unmarshall(image as Record<string, AttributeValue>));
  if (comment) await moderateComment(deps(), comment);
}
