import { randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export interface LambdaContextOptions {
  /** e.g. `parley-local-post-comment` */
  functionName: string;
  /** The function timeout; `getRemainingTimeInMillis` counts down from it. */
  timeoutMs: number;
  region: string;
  memoryLimitInMB?: number;
}

const ACCOUNT_ID = '000000000000';

const unsupported = (name: string) => (): never => {
  throw new Error(`context.${name}() is a legacy callback API; return a promise from the handler instead.`);
};

/** A fresh Lambda-like context for one invocation (new awsRequestId, deadline starting now). */
export function createLambdaContext(options: LambdaContextOptions): Context {
  const deadline = Date.now() + options.timeoutMs;
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: options.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${options.region}:${ACCOUNT_ID}:function:${options.functionName}`,
    memoryLimitInMB: String(options.memoryLimitInMB ?? 1024),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${options.functionName}`,
    logStreamName: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported('done'),
    fail: unsupported('fail'),
    succeed: unsupported('succeed'),
  };
}

/**
 * Runs `invoke` with a deadline like Lambda's timeout. Locally we cannot kill the running handler, so on
 * timeout its promise is abandoned (and later settles unobserved) and the caller gets a TimeoutError.
 */
export async function withTimeout<T>(timeoutMs: number, invoke: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LambdaTimeoutError(`Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`)),
      timeoutMs,
    );
  });
  const running = invoke();
  running.catch(() => {}); // a late rejection after a timeout must not become an unhandled rejection
  try {
    return await Promise.race([running, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The invocation ran longer than the function timeout. */
export class LambdaTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LambdaTimeoutError';
  }
}
