/**
 * What the `semantic` prop tests share (`semantic.test.ts`, `semantic-endpoint.test.ts`): the synth of
 * the moderation construct on the fixture functions, and readers of a function's environment, timeout
 * and role statements.
 */
import type { Stack } from 'aws-cdk-lib';
import type { CommentModerationProps } from '../../infra/constructs/comment-moderation';
import {
  FIXTURE_FUNCTIONS,
  FIXTURE_ROUTES,
  FIXTURE_TRIGGERS,
  actionsOf,
  logicalIdOf,
  resourcesOf,
  statementsOfRole,
  synthModeration,
  type Statement,
  type Synthesized,
} from './support';

export const ENV = { env: { account: '123456789012', region: 'eu-west-1' } };
export const ENDPOINT_URL = 'https://moderation.news.example.com/judge';
export const MODERATION_FNS = [FIXTURE_TRIGGERS.moderateComment, FIXTURE_TRIGGERS.sweeper] as const;
export const HTTP_FNS = [...new Set(FIXTURE_ROUTES.map((r) => r.handler))];

export const synth = (props: CommentModerationProps | ((stack: Stack) => CommentModerationProps) = {}) =>
  synthModeration(
    (stack) => ({
      routes: FIXTURE_ROUTES,
      triggers: FIXTURE_TRIGGERS,
      functionsDirectory: FIXTURE_FUNCTIONS,
      ...(typeof props === 'function' ? props(stack) : props),
    }),
    ENV,
  );

export const fnProps = (site: Synthesized, handler: string) =>
  resourcesOf(site.template, 'AWS::Lambda::Function')[logicalIdOf(site.moderation.functions.get(handler)!)]!
    .Properties!;
export const envOf = (site: Synthesized, handler: string) =>
  (fnProps(site, handler)['Environment'] as { Variables: Record<string, unknown> }).Variables;
export const statementsOf = (site: Synthesized, handler: string): Statement[] =>
  statementsOfRole(site.template, logicalIdOf(site.moderation.functions.get(handler)!.role!));
/** CloudFormation's joins of pseudo parameters, as the deployed stack (ENV) would see them. */
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '123456789012',
};
const flat = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(flat);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('Fn::Join' in o) {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    return parts.map(flat).join(sep);
  }
  if (typeof o['Ref'] === 'string' && o['Ref'] in PSEUDO) return PSEUDO[o['Ref']];
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, flat(x)]));
};
/** The statements of a function's role with an action starting with `prefix`, pseudo parameters resolved. */
export const matching = (site: Synthesized, handler: string, prefix: string) =>
  statementsOf(site, handler)
    .filter((s) => actionsOf(s).some((a) => a.startsWith(prefix)))
    .map((s) => flat(s) as Statement);
export const allActions = (site: Synthesized) =>
  Object.values(resourcesOf(site.template, 'AWS::IAM::Policy')).flatMap((p) =>
    (p.Properties!['PolicyDocument'] as { Statement: Statement[] }).Statement.flatMap(actionsOf),
  );
export const bedrockResources = (site: Synthesized) =>
  Object.values(site.template.toJSON().Resources as Record<string, { Type: string }>).filter((r) =>
    r.Type.startsWith('AWS::Bedrock::'),
  );
