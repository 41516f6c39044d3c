/**
 * Parley's one way in to zod: `zod/mini`, with zod's English messages switched on.
 *
 * Why mini. Every Lambda function imports its schemas at cold start. The classic API (`import { z } from
 * 'zod'`) builds a method-rich object for every schema and drags in the JSON-schema converter and every
 * method's code; in a bundle with source maps it costs about 16 ms more to import than `zod/mini` before a
 * single schema is declared (docs/performance.md). Mini declares the same schemas with functions instead of
 * methods (`z.optional(z.string().check(z.maxLength(5)))` for `z.string().max(5).optional()`); the
 * definitions, parsing and messages are zod's core, the same as classic's.
 *
 * Why this module. Mini loads no locale, so every issue would read "Invalid input"; the API's 400 details
 * are zod's English messages ("Too small: expected string to have >=1 characters"), so the locale is
 * configured here, once, before any schema in the project can parse. Import it as a namespace,
 * `import * as z from '../zod'`, so esbuild keeps only what is used; ESLint forbids importing `zod` or
 * `zod/mini` anywhere else (eslint.config.js).
 */
import { NEVER, config, pipe, registry, string, transform, type ZodMiniType } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

export * from 'zod/mini';
// The class of the errors `parse` throws, for `instanceof`. Reached as `z.core.$ZodError` it would make
// esbuild keep all of zod's core namespace, every locale included (ESLint forbids `z.core` as a value).
export { $ZodError } from 'zod/v4/core';

/**
 * A string holding a JSON document, parsed and then validated by `schema`; text that does not parse is
 * one issue with `message`. Structured settings arrive this way in environment variables
 * (functions/lib/config.ts) and CDK context (infra/context.ts).
 */
export const jsonText = <T extends ZodMiniType>(schema: T, message: string) =>
  pipe(
    pipe(
      string(),
      transform((text: string, ctx): unknown => {
        try {
          return JSON.parse(text);
        } catch {
          ctx.issues.push({ code: 'custom', message, input: text });
          return NEVER;
        }
      }),
    ),
    schema,
  );

/**
 * What the OpenAPI document says of a schema whose parsing JSON Schema cannot show (digits read as a
 * number, text trimmed before it is checked): scripts/openapi.ts writes this instead of what it derives.
 */
export const documented = registry<Record<string, unknown>>();

/** `schema`, documented in the OpenAPI document as `json`. */
export const documentAs = <T extends ZodMiniType>(schema: T, json: Record<string, unknown>): T => {
  documented.add(schema, json);
  return schema;
};

/** Keywords the OpenAPI document adds to what it derives from a schema (`documentAlso`). */
export const documentedAlso = registry<Record<string, unknown>>();

/** `schema`, documented as JSON Schema derives it plus `json` (`minProperties` for a refinement's rule). */
export const documentAlso = <T extends ZodMiniType>(schema: T, json: Record<string, unknown>): T => {
  documentedAlso.add(schema, json);
  return schema;
};
