import type { RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ENV, PARLEY_METRICS, POWERTOOLS_ENV, SECRET_ARN_ENV } from '../../shared/runtime-contract';
import type { CommentsTable, TableAccess } from './comments-table';
import { HandlerFunction, handlerEntry, type HandlerFunctionProps } from './handler-function';
import type { ModerationMonitoring } from './moderation-monitoring';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface HandlerRegistryProps {
  /** The `service` dimension of Parley's metrics (Powertools service name). */
  readonly serviceName: string;
  readonly logLevel: LogLevel;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** Where the handler files live (`<name>.ts`). */
  readonly functionsDirectory: string;
  readonly table: CommentsTable;
  /** PARLEY_SECRET, whose ARN and read grant only `secretReaders` get. */
  readonly secret: secretsmanager.ISecret;
  readonly secretReaders: ReadonlySet<string>;
  /** Every function joins the dashboard as it is created; the non-HTTP ones get alarms too. */
  readonly monitoring: ModerationMonitoring;
}

/** Settings a caller may give a handler's function when it creates it. */
export type HandlerOptions = Partial<
  Pick<
    HandlerFunctionProps,
    'timeout' | 'description' | 'reservedConcurrentExecutions' | 'bundlingDefine' | 'bundledFiles'
  >
>;

/**
 * The Lambda functions of one CommentModeration, one per handler name whatever the number of routes or
 * triggers it serves. Not a construct: the functions are created in the scope given (ids `Fn-<handler>`),
 * where their logical ids have always been, and the API, the consumer and the sweeper all draw on it.
 */
export class HandlerRegistry {
  /** Each handler's function and the table access levels granted to it so far. */
  private readonly handlers = new Map<
    string,
    { readonly fn: HandlerFunction; readonly access: Set<TableAccess> }
  >();
  private readonly defaults: Omit<HandlerFunctionProps, 'entry'>;

  constructor(
    private readonly scope: Construct,
    private readonly props: HandlerRegistryProps,
  ) {
    this.defaults = {
      environment: {
        [POWERTOOLS_ENV.serviceName]: props.serviceName,
        [POWERTOOLS_ENV.metricsNamespace]: PARLEY_METRICS.namespace,
        // Traces must not carry comment bodies or personal data: no response or error capture, no event log.
        [POWERTOOLS_ENV.tracerCaptureResponse]: 'false',
        [POWERTOOLS_ENV.tracerCaptureError]: 'false',
        [POWERTOOLS_ENV.loggerLogEvent]: 'false',
        [ENV.logLevel]: props.logLevel,
        // No secret here: the functions that need PARLEY_SECRET get its ARN and read it at run time.
      },
      // Lambda's own filter stays at INFO (DEBUG if asked): it gives every line without a `level` field the
      // level INFO, and Powertools Metrics' EMF lines have none, so at WARN it would drop every Parley
      // metric. The logger filters the application's lines by LOG_LEVEL itself.
      logLevel:
        props.logLevel === 'DEBUG' ? lambda.ApplicationLogLevel.DEBUG : lambda.ApplicationLogLevel.INFO,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
    };
  }

  /** Every function, by handler name. */
  public get functions(): ReadonlyMap<string, lambda.IFunction> {
    return new Map([...this.handlers].map(([name, h]) => [name, h.fn.function]));
  }

  /**
   * The function of a handler, created on first use (with `options`; later calls cannot change them); each
   * call adds its table access level.
   */
  public add(name: string, access: TableAccess, options: HandlerOptions = {}): lambda.Function {
    let handler = this.handlers.get(name);
    if (!handler) {
      const fn = new HandlerFunction(this.scope, `Fn-${name}`, {
        ...this.defaults,
        ...options,
        entry: handlerEntry(name, this.props.functionsDirectory),
      });
      handler = { fn, access: new Set() };
      this.handlers.set(name, handler);
      if (this.props.secretReaders.has(name)) {
        fn.function.addEnvironment(SECRET_ARN_ENV.parley, this.props.secret.secretArn);
        this.props.secret.grantRead(fn.function);
      }
      // HTTP functions are watched through the API's 5xx alarms; the others have nobody else.
      this.props.monitoring.monitorFunction(name, fn.function, { alarms: access === 'consume' });
    }
    if (!handler.access.has(access)) {
      this.props.table.grant(handler.fn.function, access);
      handler.access.add(access);
    }
    return handler.fn.function;
  }
}
