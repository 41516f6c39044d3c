/**
 * The moderation stream filter, evaluated on records shaped exactly as the local poller (and Lambda)
 * delivers them.
 */
import { describe, expect, it } from 'vitest';
import type { DynamoDBRecord } from 'aws-lambda';
import { matchesStreamFilters, moderationStreamFilters } from '../../shared/moderation/stream-filter';

type Image = Record<string, { S: string }>;

const comment = (status: string): Image => ({
  PK: { S: 'COMMENT#01J0' },
  SK: { S: 'COMMENT' },
  entity: { S: 'comment' },
  status: { S: status },
});

const record = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  images: { NewImage?: Image; OldImage?: Image },
): DynamoDBRecord => ({
  eventID: '1',
  eventName,
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'us-east-1',
  eventSourceARN: 'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/x',
  dynamodb: { SequenceNumber: '1', SizeBytes: 10, StreamViewType: 'NEW_AND_OLD_IMAGES', ...images },
});

describe('moderationStreamFilters', () => {
  it('matches a comment inserted as received', () => {
    expect(matchesStreamFilters(record('INSERT', { NewImage: comment('received') }))).toBe(true);
  });

  it('matches a comment moved back INTO received (an edit re-entering moderation)', () => {
    const r = record('MODIFY', { OldImage: comment('approved'), NewImage: comment('received') });
    expect(matchesStreamFilters(r, moderationStreamFilters)).toBe(true);
  });

  it('does not match the consumer’s own write out of received', () => {
    expect(
      matchesStreamFilters(
        record('MODIFY', { OldImage: comment('received'), NewImage: comment('approved') }),
      ),
    ).toBe(false);
  });

  it('does not match a modification that stays in received (e.g. a counter on the item)', () => {
    expect(
      matchesStreamFilters(
        record('MODIFY', { OldImage: comment('received'), NewImage: comment('received') }),
      ),
    ).toBe(false);
  });

  it('does not match other entities, other statuses or removals', () => {
    const article: Image = {
      PK: { S: 'ARTICLE#a' },
      SK: { S: 'ARTICLE' },
      entity: { S: 'article' },
      status: { S: 'received' },
    };
    expect(matchesStreamFilters(record('INSERT', { NewImage: article }))).toBe(false);
    expect(matchesStreamFilters(record('INSERT', { NewImage: comment('approved') }))).toBe(false);
    expect(matchesStreamFilters(record('REMOVE', { OldImage: comment('received') }))).toBe(false);
    expect(matchesStreamFilters(record('MODIFY', { NewImage: comment('received') }))).toBe(false); // no old image
  });
});
