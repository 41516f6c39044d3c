import { join } from 'node:path';
import { Duration, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PROJECT_ROOT } from './bundling';
import { FunctionBundles } from './function-bundles';

/** Where handler files live: `functions/<name>.ts`, each exporting `handler`. */
export const FUNCTIONS_DIR = join(PROJECT_ROOT, 'functions');

/** The file of a handler named in the route table or `triggers`. */
export const handlerEntry = (name: string, dir: string = FUNCTIONS_DIR): string => join(dir, `${name}.ts`);

export interface HandlerFunctionProps {
  /** The handler's source file (inside this checkout), exporting `handler`. */
  readonly entry: string;
  /** Environment shared by every Parley function (Powertools config, secret, log level). */
  readonly environment: Readonly<Record<string, string>>;
  /** Application log level, mirrored into Lambda's own log-level filter. */
  readonly logLevel: lambda.ApplicationLogLevel;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default - unreserved */
  readonly reservedConcurrentExecutions?: number;
  /** @default - no description */
  readonly description?: string;
  /**
   * Expressions the bundler replaces at build time (esbuild `define`), e.g. text too long for the
   * environment. Values are JavaScript source: JSON-encode strings.
   * @default - none
   */
  readonly bundlingDefine?: Readonly<Record<string, string>>;
  /**
   * Files (paths relative to the checkout root) copied beside the bundle's `index.mjs`, for code that
   * reads them at run time rather than parsing them with the bundle (the classifier's weights).
   * @default - none
   */
  readonly bundledFiles?: readonly string[];
}

/**
 * One Parley handler as a Lambda function: nodejs24.x on arm64, an esbuild bundle (minified, ESM, AWS SDK
 * v3 inside, a source map beside it, read when an error is logged), JSON logs into its own log group, X-Ray tracing, and a role of its own that
 * starts with nothing but writing to that log group.
 */
export class HandlerFunction extends Construct {
  public readonly function: lambda.Function;
  public readonly role: iam.Role;
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    // Our own role instead of AWSLambdaBasicExecutionRole, whose logs grant is on every log group.
    this.role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);

    this.function = new lambda.Function(this, 'Function', {
      // Built with the app's other functions in one esbuild run (function-bundles.ts, options in
      // bundling.ts): index.mjs exporting `handler`, its source map, and `bundledFiles` beside it.
      code: FunctionBundles.of(this).code(this, {
        entry: props.entry,
        define: props.bundlingDefine ?? {},
        files: props.bundledFiles ?? [],
      }),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: props.logLevel,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      tracing: lambda.Tracing.ACTIVE,
      ...(props.description === undefined ? {} : { description: props.description }),
      ...(props.reservedConcurrentExecutions === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
      // No NODE_OPTIONS=--enable-source-maps: Node would read the map and measure every line of the bundle at
      // each cold start. Logged errors are mapped to the sources when they happen (functions/lib/stack-map.ts).
      environment: { ...props.environment },
    });

    // Why these cdk-nag findings do not apply (each reason is the written record of the decision).
    const role = this.role.node.tryFindChild('DefaultPolicy');
    if (role) {
      Validations.of(role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'X-Ray PutTraceSegments/PutTelemetryRecords (and, where granted, dynamodb:ListStreams and ' +
          'comprehend:DetectToxicContent) support no resource-level permissions: AWS requires "*". ' +
          'tests/infra asserts that no other action has a "*" resource.',
      });
    }
    Validations.of(this.function).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'HTTP functions are invoked synchronously by API Gateway, the consumer by a stream event source ' +
        'mapping (with its own on-failure SQS destination): a function DLQ never sees them. The sweeper alone ' +
        'is invoked asynchronously, by its schedule: its event invoke config retries nothing (the next run ' +
        'redoes the sweep) and its Errors alarm reports a failed run, so a DLQ would hold only stale ticks.',
    });
  }
}
