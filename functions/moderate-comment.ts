import middy from '@middy/core';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { moderateComment } from '../shared/app/moderate';
import { commentFromImage } from '../shared/storage/images';
import { checks } from './lib/checks';
import { deps } from './lib/deps';
import { loggableError, logger } from './lib/logger';

// The `service` dimension comes from POWERTOOLS_SERVICE_NAME, set by the construct.
const metrics = new Metrics({ namespace: 'Parley' });

/**
 * Stream consumer: automatic moderation of received comments. Records arrive already filtered by the
 * event source mapping. Processing stops at the first failure and reports it, so Lambda retries from
 * there (records of one shard stay in order); records already decided are skipped on redelivery.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
  const outcomes = new Map<string, number>();
  try {
    for (const record of event.Records) {
      try {
        const outcome = await moderateRecord(record);
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
});

/** The comment's new status when this record decided it; undefined when there was nothing to do. */
async function moderateRecord(record: DynamoDBRecord): Promise<string | undefined> {
  const image = record.dynamodb?.NewImage;
  if (!image) return undefined;
  const comment = commentFromImage(unmarshall(image as Record<string, AttributeValue>));
  if (!comment) return undefined;
  const outcome = await moderateComment(deps(), comment, checks());
  return outcome.result === 'decided' ? outcome.comment.status : undefined;
}

/** `Decisions` by `outcome`, one EMF line per outcome per batch, for the dashboard. */
function publishDecisions(outcomes: Map<string, number>) {
  for (const [outcome, count] of outcomes) {
    const single = metrics.singleMetric();
    single.addDimension('outcome', outcome);
    single.addMetric('Decisions', MetricUnit.Count, count);
  }
}
