/**
 * A one-off migration for deployments that ran versions before issue 11 (docs/privacy.md, finding 3):
 * those stored a comment's e-mail address in clear (`authorEmail`) and a copy of the parent's text on a
 * reply (`parentExcerpt`). The current code never writes either and erases both on the author's delete;
 * this finds every comment item still carrying one and rewrites it as the current code would have
 * written it: `authorEmailHash` (the keyed hash a post stores, kept when already there), no address, no
 * excerpt.
 *
 * It reads the whole table (a Scan whose filter keeps only such items), so it is run once, by an
 * operator (`npm run scrub-legacy`). Each rewrite is conditional on the item still holding what was read,
 * and leaves `version` alone, so a moderator's decision in flight is not turned into a conflict. Running
 * it again finds nothing left and writes nothing.
 */
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalFailure } from './dynamo';
import type { Dynamo } from './dynamo';
import { commentKey } from './keys';

/** The attributes no current version writes; `authorEmail` is replaced by its keyed hash. */
export const LEGACY_ATTRIBUTES = ['authorEmail', 'parentExcerpt'] as const;

export interface ScrubReport {
  /** Comment items read by the Scan's filter as still holding a legacy attribute. */
  found: number;
  /** Rewritten (0 on a dry run). */
  scrubbed: number;
  /** Changed by someone else between the read and the write; a second run takes them. */
  skipped: number;
}

export interface ScrubOptions {
  /** The keyed hash of an e-mail address, exactly as a post stores it (`emailHashFor`). */
  emailHash: (email: string) => string;
  /** Count only. */
  dryRun?: boolean;
}

interface LegacyItem {
  PK: string;
  SK: string;
  authorEmail?: unknown;
  authorEmailHash?: unknown;
  parentExcerpt?: unknown;
}

/** Scrubs every comment item holding a legacy attribute; see the module comment. */
export async function scrubLegacyPersonalData(db: Dynamo, options: ScrubOptions): Promise<ScrubReport> {
  const report: ScrubReport = { found: 0, scrubbed: 0, skipped: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.client.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression:
          'SK = :comment AND (attribute_exists(authorEmail) OR attribute_exists(parentExcerpt))',
        ProjectionExpression: 'PK, SK, authorEmail, authorEmailHash, parentExcerpt',
        ExpressionAttributeValues: { ':comment': commentKey('').SK },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    for (const item of (page.Items ?? []) as LegacyItem[]) {
      report.found++;
      if (options.dryRun) continue;
      if (await scrubItem(db, item, options.emailHash)) report.scrubbed++;
      else report.skipped++;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return report;
}

/** One item's rewrite; false when the item changed since it was read. */
async function scrubItem(
  db: Dynamo,
  item: LegacyItem,
  emailHash: (email: string) => string,
): Promise<boolean> {
  const email =
    typeof item.authorEmail === 'string' && item.authorEmail.trim() !== '' ? item.authorEmail : null;
  const setHash = email !== null && item.authorEmailHash === undefined;
  const values: Record<string, unknown> = {};
  const conditions = ['attribute_exists(PK)'];
  if (email !== null) {
    conditions.push('authorEmail = :email');
    values[':email'] = email;
  }
  if (setHash) {
    conditions.push('attribute_not_exists(authorEmailHash)');
    values[':hash'] = emailHash(email);
  }
  try {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: { PK: item.PK, SK: item.SK },
        UpdateExpression: `${setHash ? 'SET authorEmailHash = :hash ' : ''}REMOVE ${LEGACY_ATTRIBUTES.join(', ')}`,
        ConditionExpression: conditions.join(' AND '),
        ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalFailure(error)) return false;
    throw error;
  }
}
