/**
 * The legacy scrub (shared/storage/legacy-scrub.ts, `npm run scrub-legacy`) against DynamoDB Local:
 * comment items as versions before issue 11 wrote them (an e-mail address in clear, a parent excerpt on a
 * reply) are rewritten as the current code writes them, everything else is left byte for byte, and a
 * second run finds nothing.
 */
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localClientConfig } from '../../local/aws';
import { ensureTable } from '../../local/table';
import { formatScrubReport, parseScrubArgs } from '../../scripts/scrub-legacy';
import { emailHashFor } from '../../shared/app/post-comment';
import { Dynamo } from '../../shared/storage/dynamo';
import { scrubLegacyPersonalData } from '../../shared/storage/legacy-scrub';
import { commentKey } from '../../shared/storage/keys';
import { uniqueTableName } from '../support/stack';

const SECRET = 'legacy-scrub-test-secret-0123456789abcdef';
const hash = (email: string) => emailHashFor(SECRET, email);

let client: DynamoDBClient;
let doc: DynamoDBDocumentClient;
let tableName: string;
let db: Dynamo;

const comment = (id: string, extra: Record<string, unknown>) => ({
  ...commentKey(id),
  entity: 'comment',
  id,
  authorName: `Reader ${id}`,
  body: `Text of ${id}.`,
  status: 'approved',
  version: 3,
  ...extra,
});
const read = async (id: string) =>
  (await doc.send(new GetCommand({ TableName: tableName, Key: commentKey(id), ConsistentRead: true }))).Item;

beforeAll(async () => {
  client = new DynamoDBClient(localClientConfig(inject('dynamodbEndpoint')));
  doc = DynamoDBDocumentClient.from(client);
  tableName = uniqueTableName('legacy-scrub');
  await ensureTable(client, tableName);
  db = new Dynamo({ client: doc, tableName });
  const items = [
    comment('c-email', { authorEmail: 'Old.Reader@Example.org ' }),
    comment('c-both', { authorEmail: 'kept@example.org', authorEmailHash: 'an-earlier-hash' }),
    comment('c-reply', { parentId: 'c-email', parentExcerpt: 'Text of c-email.' }),
    comment('c-current', { authorEmailHash: hash('new@example.org') }),
    // Not a comment: an attribute of the same name elsewhere is not the scrub's business.
    { PK: 'AUTHOR#a_x', SK: 'AUTHOR', authorEmail: 'never-written@example.org' },
  ];
  for (const Item of items) await doc.send(new PutCommand({ TableName: tableName, Item }));
});
afterAll(async () => {
  await client?.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
  client?.destroy();
});

describe('scrubbing what old versions stored', () => {
  it('counts without writing on a dry run', async () => {
    const before = await doc.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
    const report = await scrubLegacyPersonalData(db, { emailHash: hash, dryRun: true });
    expect(report).toEqual({ found: 3, scrubbed: 0, skipped: 0 });
    expect(formatScrubReport(report, true)).toMatch(/: 3 \(dry run: nothing written\)$/);
    const after = await doc.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
    expect(after.Items).toEqual(before.Items);
  });

  it('replaces the address by its keyed hash and drops parent excerpts, leaving the rest as it was', async () => {
    const untouched = await read('c-current');
    const report = await scrubLegacyPersonalData(db, { emailHash: hash });
    expect(report).toEqual({ found: 3, scrubbed: 3, skipped: 0 });
    // The hash a post makes: trimmed, lower-cased, keyed.
    expect(await read('c-email')).toEqual(
      comment('c-email', { authorEmailHash: hash('old.reader@example.org') }),
    );
    // An item that already had a hash keeps it; the version is not moved.
    expect(await read('c-both')).toEqual(comment('c-both', { authorEmailHash: 'an-earlier-hash' }));
    expect(await read('c-reply')).toEqual(comment('c-reply', { parentId: 'c-email' }));
    expect(await read('c-current')).toEqual(untouched);
    const author = await doc.send(
      new GetCommand({ TableName: tableName, Key: { PK: 'AUTHOR#a_x', SK: 'AUTHOR' } }),
    );
    expect(author.Item?.authorEmail).toBe('never-written@example.org');
  });

  it('finds nothing the second time', async () => {
    expect(await scrubLegacyPersonalData(db, { emailHash: hash })).toEqual({
      found: 0,
      scrubbed: 0,
      skipped: 0,
    });
  });
});

describe('npm run scrub-legacy', () => {
  it('reads --dry-run and the usual target options', () => {
    expect(parseScrubArgs(['--dry-run', '--table', 'parley-prod'])).toEqual({
      dryRun: true,
      target: { kind: 'aws', tableName: 'parley-prod', region: undefined },
    });
    expect(parseScrubArgs([]).dryRun).toBe(false);
    expect(() => parseScrubArgs(['--nope'])).toThrow(/Usage: npm run scrub-legacy/);
  });
});
