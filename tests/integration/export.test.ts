/**
 * The whole site out and back (scripts/export.ts `exportToFile`, scripts/import.ts `restoreExport`,
 * shared/storage/site-export.ts) against DynamoDB Local: a small site made through the HTTP API is
 * exported, restored into a fresh empty table, and both tables are compared item by item, minus the
 * ephemeral items (idempotency records, rate windows, network bans), which the export leaves out.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../local/table';
import { exportToFile } from '../../scripts/export';
import { restoreExport } from '../../scripts/import';
import { Dynamo } from '../../shared/storage/dynamo';
import { ExportFileError, TableNotEmptyError, isEphemeral } from '../../shared/storage/site-export';
import { startTestStack, uniqueTableName, type TestStack } from '../support/stack';

type Item = Record<string, unknown>;

const OPEN = '2026-12-export-open';
const HELD = '2026-12-export-held';
const EMAIL = 'reader.one@example.org';

let stack: TestStack;
let dir: string;
let file: string;
let exported: number;
let restoredName: string;
let source: Dynamo;
let restored: Dynamo;

/** Every item of a table, in key order. */
async function scanTable(tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const out = await stack.doc.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  const key = (i: Item) => `${String(i.PK)}\n${String(i.SK)}`;
  return items.sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

const lasting = async (tableName: string) => (await scanTable(tableName)).filter((i) => !isEphemeral(i));

async function post(articleId: string, body: Record<string, unknown>): Promise<string> {
  const res = await stack.request('POST', `/articles/${articleId}/comments`, { body });
  expect(res.status).toBe(202);
  return (res.json as { comment: { id: string } }).comment.id;
}

beforeAll(async () => {
  stack = await startTestStack();
  const mod = await stack.token('moderator', { sub: 'mod-1', name: 'Mia Moderator' });
  const admin = await stack.token('admin', { sub: 'admin-1', name: 'Ada Admin' });
  // A policy update and an article setting, as moderators make them.
  const policy = await stack.request('PUT', '/moderation/policy', {
    token: admin,
    body: { flagThreshold: 3 },
  });
  expect(policy.status).toBe(200);
  const settings = await stack.request('PUT', `/moderation/articles/${HELD}/settings`, {
    token: mod,
    body: { mode: 'pre' },
  });
  expect(settings.status).toBe(200);

  const approved = await post(OPEN, {
    authorName: 'Reader One',
    authorEmail: EMAIL,
    body: 'A thoughtful remark on the piece.',
  });
  await post(HELD, { authorName: 'Reader Two', body: 'Held for a human by pre-moderation.' });
  // Long enough to have a copied-text record, which the moderator's rejection marks.
  const rejected = await post(OPEN, {
    authorName: 'Reader Three',
    body: 'Published, then rejected by a moderator who checked its claims.',
  });
  await stack.drain();
  await post(OPEN, { authorName: 'Reader Four', body: 'A reply to the first one.', parentId: approved });
  const decision = await stack.request('POST', `/moderation/comments/${rejected}/decision`, {
    token: mod,
    body: { action: 'reject', reason: 'misinformation', note: 'Checked.' },
  });
  expect(decision.status).toBe(200);
  const flag = await stack.request('POST', `/comments/${approved}/flags`, { body: { reason: 'spam' } });
  expect(flag.status).toBeLessThan(300);
  await stack.drain();

  source = new Dynamo({ client: stack.doc, tableName: stack.tableName });
  dir = mkdtempSync(join(tmpdir(), 'parley-export-'));
  file = join(dir, 'site.jsonl');
  exported = await exportToFile(source, file, () => new Date('2027-01-05T09:00:00.000Z'));

  restoredName = uniqueTableName('export-restore');
  await ensureTable(stack.client, restoredName);
  restored = new Dynamo({ client: stack.doc, tableName: restoredName });
});
afterAll(async () => {
  if (restoredName)
    await stack?.client.send(new DeleteTableCommand({ TableName: restoredName })).catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
  await stack?.stop();
});

describe('npm run export', () => {
  it("refuses a file it cannot write in one line, not Node's error object", async () => {
    const missing = join(tmpdir(), 'parley-no-such-folder', 'site.jsonl');
    await expect(exportToFile(source, missing)).rejects.toThrow(ExportFileError);
    await expect(exportToFile(source, missing)).rejects.toThrow(
      /^Cannot write .*: ENOENT, its folder does not exist\.$/,
    );
    await expect(exportToFile(source, tmpdir())).rejects.toThrow(/EISDIR, it is a folder/);
  });

  it('writes a file only its owner can read (the whole site: names, notices, policy)', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes every lasting item, one a line, and a trailer with their count', async () => {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(exported + 1);
    expect(JSON.parse(lines[lines.length - 1]!)).toEqual({
      'parley-export': 1,
      exportedAt: '2027-01-05T09:00:00.000Z',
      items: exported,
    });
    const items = lines.slice(0, -1).map((l) => JSON.parse(l) as Item);
    const all = await scanTable(stack.tableName);
    // The site had ephemeral items (at least the rate windows of the posts): none was exported.
    expect(all.some(isEphemeral)).toBe(true);
    expect(items.some(isEphemeral)).toBe(false);
    expect(all.some((i) => String(i.PK).startsWith('TEXT#'))).toBe(true);
    const kinds = new Set(items.map((i) => `${String(i.PK).split('#')[0]}/${String(i.SK).split('#')[0]}`));
    for (const kind of [
      'ARTICLE/ARTICLE',
      'COMMENT/COMMENT',
      'COMMENT/EVENT',
      'COMMENT/FLAG',
      'AUTHOR/AUTHOR',
      'POLICY/SITE',
    ])
      expect(kinds).toContain(kind);
    // Decision records and index attributes travel with the comments.
    const comments = items.filter((i) => i.SK === 'COMMENT');
    expect(comments.map((c) => c.status).sort()).toEqual(['approved', 'approved', 'pending', 'rejected']);
    expect(comments.every((c) => typeof c.GSI4PK === 'string')).toBe(true);
    expect(comments.find((c) => c.status === 'rejected')).toMatchObject({ publicReason: 'misinformation' });
  });

  it('holds no secret and no e-mail address', () => {
    const text = readFileSync(file, 'utf8');
    const secret = process.env.PARLEY_SECRET;
    expect(secret && secret.length >= 32).toBe(true);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
  });
});

describe('npm run import -- --format parley', () => {
  it('checks the whole file first: a file cut short writes nothing', async () => {
    const cut = join(dir, 'cut.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(cut, `${lines.slice(0, -2).join('\n')}\n`);
    await expect(restoreExport(cut, restored)).rejects.toThrow(ExportFileError);
    expect(await scanTable(restoredName)).toEqual([]);
  });

  it('restores the site into an empty table: both tables equal, item by item', async () => {
    expect(await restoreExport(file, restored)).toBe(exported);
    const before = await lasting(stack.tableName);
    const after = await lasting(restoredName);
    expect(after).toHaveLength(exported);
    expect(after).toEqual(before);
  });

  it('refuses a table that is not empty, unless forced', async () => {
    await expect(restoreExport(file, restored)).rejects.toThrow(TableNotEmptyError);
    await expect(restoreExport(file, source)).rejects.toThrow(/is not empty/);
    expect(await restoreExport(file, restored, true)).toBe(exported);
    expect(await lasting(restoredName)).toEqual(await lasting(stack.tableName));
  });
});
