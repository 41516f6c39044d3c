import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { Deps } from '../shared/app/deps';
import { moderateComment } from '../shared/app/moderate';
import type { ModerationCheck } from '../shared/moderation/types';
import { checks as containerChecks } from './lib/checks';
import { deps as containerDeps } from './lib/deps';
import { moderateInOrder } from './lib/stream-records';

/**
 * Stream consumer: automatic moderation of received comments. Records arrive already filtered by the
 * event source mapping. Processing stops at the first failure and reports it, so Lambda retries from
 * there; records already decided are skipped on redelivery.
 */
export const makeHandler = (
  deps: () => Deps = containerDeps,
  checks: () => readonly ModerationCheck[] = containerChecks,
) =>
  middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler((event) =>
    moderateInOrder(event.Records, async (comment) => {
      const outcome = await moderateComment(deps(), comment, checks());
      return outcome.result === 'decided' ? outcome.comment.status : undefined;
    }),
  );

export const handler = makeHandler();
