/**
 * The stream poller's records (`stream-poller.ts`) as Lambda sees them: Streams API records wrapped in
 * Lambda's DynamoDB event shape, and the consumer's partial batch response read back.
 */
import type {
  AttributeValue as StreamAttributeValue,
  _Record as SdkStreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

export type BatchOutcome = { ok: true } | { ok: false; firstFailed: number; reason: string; threw: boolean };

/** Stream attribute values from the SDK (binary as Uint8Array) → Lambda's JSON shape (binary as base64). */
function toLambdaValue(value: StreamAttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  return value; // S, N, SS, NS, BOOL, NULL are identical in both shapes
}

const toLambdaImage = (image: Record<string, StreamAttributeValue>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaValue(value)]));

/** Wraps one Streams API record as Lambda's DynamoDB event source delivers it. */
export function toLambdaRecord(record: SdkStreamRecord, streamArn: string, region: string): DynamoDBRecord {
  const db = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    // DynamoDB Local reports the pseudo-region `ddblocal`; Lambda reports the table's region.
    awsRegion: region,
    dynamodb: {
      ...(db.ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: db.ApproximateCreationDateTime.getTime() / 1000 }
        : {}),
      ...(db.Keys ? { Keys: toLambdaImage(db.Keys) } : {}),
      ...(db.NewImage ? { NewImage: toLambdaImage(db.NewImage) } : {}),
      ...(db.OldImage ? { OldImage: toLambdaImage(db.OldImage) } : {}),
      SequenceNumber: db.SequenceNumber,
      SizeBytes: db.SizeBytes,
      StreamViewType: db.StreamViewType,
    },
    ...(record.userIdentity ? { userIdentity: record.userIdentity } : {}),
    eventSourceARN: streamArn,
  };
}

/**
 * Reads the consumer's answer as Lambda does: nothing / empty `batchItemFailures` is success; failures
 * restart the batch at the earliest failed record; an identifier that names no record of the batch
 * makes the whole batch a failure.
 */
export function interpretBatchResponse(result: unknown, batch: readonly DynamoDBRecord[]): BatchOutcome {
  if (result === null || typeof result !== 'object' || !('batchItemFailures' in result)) return { ok: true };
  const failures: unknown = result.batchItemFailures;
  if (failures === null || failures === undefined || (Array.isArray(failures) && failures.length === 0))
    return { ok: true };
  if (!Array.isArray(failures))
    return { ok: false, firstFailed: 0, reason: 'batchItemFailures is not an array', threw: false };
  let firstFailed = Number.POSITIVE_INFINITY;
  for (const failure of failures as unknown[]) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const index =
      typeof id === 'string' && id !== '' ? batch.findIndex((r) => r.dynamodb?.SequenceNumber === id) : -1;
    if (index === -1)
      return {
        ok: false,
        firstFailed: 0,
        reason: `invalid itemIdentifier ${JSON.stringify(id)}`,
        threw: false,
      };
    firstFailed = Math.min(firstFailed, index);
  }
  return { ok: false, firstFailed, reason: 'reported in batchItemFailures', threw: false };
}
