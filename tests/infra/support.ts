import { fileURLToPath } from 'node:url';
import { App, CfnElement, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { CommentModeration, type CommentModerationProps } from '../../infra/constructs/comment-moderation';
import type { RouteDefinition } from '../../functions/routes';

/**
 * The CDK's own switches that stop it recording a stack trace beside every CloudFormation element and stack
 * (`aws:cdk:creationStack` metadata) and every annotation: the traces go to the cloud assembly's metadata,
 * which no test here reads, and capturing them (with the test runner's source-mapped stack traces) was about
 * 4 s of the CPU of tests/infra. Templates, annotations and cdk-nag findings are the same without them.
 */
const NO_STACK_TRACES = {
  'aws:cdk:disable-stack-trace': true,
  'aws:cdk:disable-creation-stack-traces': true,
} as const;

/**
 * An app whose stacks skip asset bundling (the CDK's own switch, as `cdk synth --exclusively` uses): these
 * tests assert on the template, not on code. app-synth.test.ts bundles the real functions, and
 * function-bundles.test.ts the fixture handlers. `context`: CDK context, as `cdk synth -c key=value` gives it.
 *
 * Nor do these apps run the CDK's built-in CloudFormation schema validation (`builtinCloudFormationValidation`):
 * it only ever warns, never fails a synth, and it was about a seventh of the CPU of tests/infra (a WebAssembly
 * validator run on every synthesized template). app-synth.test.ts runs it on the real app and fails on any finding.
 */
export const unbundledApp = (context: Record<string, unknown> = {}): App =>
  new App({
    context: { ...NO_STACK_TRACES, 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: false,
  });

export interface Synthesized {
  readonly app: App;
  readonly stack: Stack;
  readonly moderation: CommentModeration;
  readonly template: Template;
}

/** Where the tests' consoles are served (the construct requires it when it creates the app client). */
export const CONSOLE_URL = 'https://news.example.com/moderation/';

/**
 * One CommentModeration in its own stack, synthesized once (share it across a file's tests); `consoleUrl`
 * defaults to CONSOLE_URL. Props that need the stack (imported resources) can be built from it.
 */
export function synthModeration(
  props: CommentModerationProps | ((stack: Stack) => CommentModerationProps) = {},
  stackProps: StackProps = {},
): Synthesized {
  const app = unbundledApp();
  const stack = new Stack(app, 'Site', stackProps);
  const moderation = new CommentModeration(stack, 'Moderation', {
    consoleUrl: CONSOLE_URL,
    ...(typeof props === 'function' ? props(stack) : props),
  });
  return { app, stack, moderation, template: Template.fromStack(stack) };
}

let defaultSite: Synthesized | undefined;

/**
 * `synthModeration()` with no options, synthesized once per worker and shared by every file that asks
 * (the `units` project keeps one module registry per worker). Read it only: add nothing to its app.
 */
export function sharedDefaultSite(): Synthesized {
  return (defaultSite ??= synthModeration());
}

/** Handler stand-ins, so route-table tests do not depend on the real handlers being mid-edit. */
export const FIXTURE_FUNCTIONS = fileURLToPath(new URL('./fixtures/functions/', import.meta.url));

/** A route table with one route of each kind, served by the fixture handlers. */
export const FIXTURE_ROUTES: readonly RouteDefinition[] = [
  { method: 'GET', path: '/articles/{articleId}/comments', handler: 'fake-read', auth: 'public' },
  { method: 'POST', path: '/articles/{articleId}/comments', handler: 'fake-post', auth: 'public' },
  { method: 'GET', path: '/moderation/queue', handler: 'fake-moderation', auth: 'moderator' },
  {
    method: 'POST',
    path: '/moderation/comments/{commentId}/decision',
    handler: 'fake-moderation',
    auth: 'moderator',
  },
  { method: 'PUT', path: '/moderation/policy', handler: 'fake-admin', auth: 'admin' },
];
export const FIXTURE_TRIGGERS = { moderateComment: 'fake-consumer', sweeper: 'fake-sweeper' } as const;

export interface NagFinding {
  readonly rule: string;
  readonly severity: string;
  readonly paths: readonly string[];
}

/** Unacknowledged AwsSolutions and Serverless findings (errors and warnings) anywhere under `scope`. */
export function nagFindings(scope: IConstruct): NagFinding[] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    pack.validateScope(scope).violations.map((v) => ({
      rule: v.ruleName,
      severity: v.severity ?? 'error',
      paths: v.violatingResources.map((r) => r.constructPath ?? '?'),
    })),
  );
}

/** Every acknowledgement (rule id → reason) recorded anywhere under `scope`. */
export function acknowledgements(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
          path: c.node.path,
          id,
          reason,
        })),
      ),
  );
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; [k: string]: unknown }>;

/** The template's resources of one type, by logical id. */
export const resourcesOf = (template: Template, type: string): Resources =>
  template.findResources(type) as Resources;

/** The logical id of a construct's CloudFormation resource (a function, a role, a queue …). */
export function logicalIdOf(construct: IConstruct): string {
  const child = construct.node.defaultChild;
  if (!CfnElement.isCfnElement(child))
    throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return Stack.of(construct).getLogicalId(child);
}

export interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
}

/** The statements of the inline (default) policy attached to a function's role. */
export function statementsOfRole(template: Template, roleLogicalId: string): Statement[] {
  return Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties?.['Roles']).includes(`"${roleLogicalId}"`))
    .flatMap((p) => (p.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement);
}

export const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);
