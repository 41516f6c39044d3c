/**
 * The functions' structured logger (Powertools). What may be logged: codes, ids, counts, error names and
 * messages. Never comment bodies, names, e-mail addresses, tokens or addresses.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { POWERTOOLS_ENV } from '../../shared/runtime-contract';

export const logger = new Logger({ serviceName: process.env[POWERTOOLS_ENV.serviceName] ?? 'parley' });

/** An error as it may be logged: its kind and message, never the request that caused it. */
export const loggableError = (error: unknown) =>
  error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { value: String(error) };
