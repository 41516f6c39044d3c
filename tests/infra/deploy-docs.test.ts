/**
 * docs/deploy.md says what each table access level may write; a platform team signs off against that
 * table, so it must say what the synthesized policies grant (they are built from `TABLE_WRITES`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_WRITES, type WritingAccess } from '../../infra/constructs/comments-table';

/** A level's writes as the doc's table writes them: actions joined by `/`, partitions in list order. */
function describeWrites(level: WritingAccess): string {
  const groups = new Map<string, string[]>();
  for (const write of TABLE_WRITES[level]) {
    const actions = write.actions
      .map((a) => a.replace('dynamodb:', '').replace('Item', '').toLowerCase())
      .join('/');
    groups.set(actions, [...(groups.get(actions) ?? []), `\`${write.partition}\``]);
  }
  return [...groups].map(([actions, partitions]) => `${actions} ${partitions.join(', ')}`).join('; ');
}

describe('docs/deploy.md, Permissions', () => {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const rows = new Map(
    [...doc.matchAll(/^\| `(\w+)`\s*\|[^|]*\|[^|]*\|\s*(.*?)\s*\|$/gm)].map((m) => [m[1]!, m[2]!]),
  );

  it('lists every writing level with exactly the writes TABLE_WRITES grants it', () => {
    for (const level of Object.keys(TABLE_WRITES) as WritingAccess[])
      expect(rows.get(level), level).toBe(describeWrites(level));
  });

  it('lists the levels that write nothing as writing nothing', () => {
    expect(rows.get('read')).toBe('none');
    expect(rows.get('review')).toBe('none');
  });
});
