/**
 * The functions' structured logger (Powertools). What may be logged: codes, ids, counts, error names and
 * messages. Never comment bodies, names, e-mail addresses, tokens or addresses.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import { POWERTOOLS_ENV } from '../../shared/runtime-contract';
import { sourceMappedStack } from './stack-map';

export const logger = new Logger({ serviceName: process.env[POWERTOOLS_ENV.serviceName] ?? 'parley' });

/**
 * An error as it may be logged: its kind, message and stack (mapped to the sources, stack-map.ts), never the
 * request that caused it.
 */
export const loggableError = (error: unknown) =>
  error instanceof Error
    ? {
        name: error.name,
        message: error.message,
        stack: error.stack === undefined ? undefined : sourceMappedStack(error.stack),
      }
    : { value: String(error) };

/** Logs an error nothing handled (the HTTP error middleware's 500, the sweeper's failed run). */
export const logUnhandledError = (error: unknown): void => {
  logger.error('unhandled error', { error: loggableError(error) });
};

/**
 * For a function no HTTP middleware answers for (the sweeper): an error that ends the invocation is logged
 * with its mapped stack, then rethrown for Lambda to count and report.
 */
export const logUnhandledErrors = <E, R>(): MiddlewareObj<E, R> => ({
  onError: (request) => logUnhandledError(request.error),
});
