/**
 * The SDK's credential chain as Parley's bundles have it. The esbuild alias in
 * infra/constructs/bundling.ts bundles this module in place of `@aws-sdk/credential-provider-node`, the
 * default chain every AWS SDK client imports.
 *
 * On Lambda the credentials of the function's role are in the environment (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), which is the first place the default chain looks. The rest of
 * that chain (SSO, INI files, credential processes, web identity, instance metadata, with the STS and SSO
 * clients they embed) is about 100 KB that every cold start would parse for nothing.
 *
 * Nothing imports this file directly: the local runtime and the tests run the sources unbundled, with the
 * SDK's full chain.
 */
import { fromEnv, type FromEnvInit } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init: FromEnvInit = {}) => fromEnv(init);
