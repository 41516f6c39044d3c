/**
 * What issue 16 adds to the stack: the token index GSI7 (keys only, keyed on the comment's own
 * `authorTokenHash`, no sort key, so DynamoDB back-fills it), the author routes' access to it, and the
 * e-mail look-up as the one function that may Scan the table.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { actionsOf, logicalIdOf, statementsOfRole, sharedDefaultSite, type Synthesized } from './support';

let site: Synthesized;
beforeAll(() => {
  site = sharedDefaultSite();
}, 60_000);

const roleOf = (handler: string) => logicalIdOf(site.moderation.functions.get(handler)!.role!);

describe('the personal-data routes in the stack', () => {
  it('the table has GSI7: keys only, partitioned on authorTokenHash alone, which is a string attribute', () => {
    site.template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: Match.arrayWith([
        Match.objectLike({
          IndexName: 'GSI7',
          KeySchema: [{ AttributeName: 'authorTokenHash', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        }),
      ]),
      AttributeDefinitions: Match.arrayWith([{ AttributeName: 'authorTokenHash', AttributeType: 'S' }]),
    });
  });

  it('the reader routes may query GSI7 and count their rate window; GET /me/export is granted as a writer', () => {
    for (const handler of ['me-export', 'me-erase']) {
      const statements = statementsOfRole(site.template, roleOf(handler));
      expect(JSON.stringify(statements), handler).toContain('/index/GSI7');
      expect(statements.flatMap(actionsOf), handler).toContain('dynamodb:UpdateItem');
    }
  });

  it('only the e-mail look-up may Scan, and only the table', () => {
    const scanners = routes
      .map((r) => r.handler)
      .filter((h) =>
        statementsOfRole(site.template, roleOf(h)).some((s) => actionsOf(s).includes('dynamodb:Scan')),
      );
    expect([...new Set(scanners)]).toEqual(['moderation-author-lookup']);
    const scan = statementsOfRole(site.template, roleOf('moderation-author-lookup')).find((s) =>
      actionsOf(s).includes('dynamodb:Scan'),
    )!;
    expect(JSON.stringify(scan.Resource)).not.toContain('/index/');
  });
});
