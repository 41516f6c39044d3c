/**
 * Names the construct (infra/) and the functions agree on: the environment variables it sets and the
 * header CloudFront adds. Kept free of imports, so the CDK app reads them without loading function code.
 */

/** The environment variables naming each secret by ARN (functions/lib/secrets.ts reads them). */
export const SECRET_ARN_ENV = {
  /** PARLEY_SECRET: salt of stored hashes of personal data, key of the pagination-cursor MAC. */
  parley: 'PARLEY_SECRET_ARN',
  /** The value CloudFront adds to every origin request in CloudFront mode (functions/lib/client-ip.ts). */
  originVerify: 'PARLEY_ORIGIN_VERIFY_SECRET_ARN',
} as const;

/** Selects where the client address comes from: unset or `source-ip`, or `cloudfront`. */
export const CLIENT_ADDRESS_ENV = 'PARLEY_CLIENT_ADDRESS';

/** The origin custom header CloudFront adds (lower case, as API Gateway hands headers over). */
export const ORIGIN_VERIFY_HEADER = 'x-parley-origin-verify';

/**
 * The semantic providers' settings (docs/providers.md, "Wiring"): set by the construct on the stream consumer
 * and the sweeper only, read by functions/lib/config.ts (`loadSemanticConfig`). All optional: without
 * `SEMANTIC_PROVIDERS` no semantic check runs.
 */
export const SEMANTIC_ENV = {
  /** Comma list in check order: `guardrail`, `llm`, `endpoint`. */
  providers: 'SEMANTIC_PROVIDERS',
  /** JSON `{ "tokens"?: TokenPrices, "guardrail"?: GuardrailPrices }`. */
  prices: 'SEMANTIC_PRICES',
  guardrailId: 'BEDROCK_GUARDRAIL_ID',
  guardrailVersion: 'BEDROCK_GUARDRAIL_VERSION',
  guardrailTimeoutMs: 'GUARDRAIL_TIMEOUT_MS',
  /** JSON: overrides of the guardrail provider's action map (which findings reject rather than hold). */
  guardrailActions: 'GUARDRAIL_ACTIONS',
  /** JSON `{ "<denied topic name>": "<category>" }`, set when the guardrail has topics of its own. */
  guardrailTopics: 'GUARDRAIL_TOPICS',
  llmModelId: 'LLM_JUDGE_MODEL_ID',
  llmTimeoutMs: 'LLM_JUDGE_TIMEOUT_MS',
  llmMaxCostUsd: 'LLM_JUDGE_MAX_COST_USD',
  siteName: 'SITE_NAME',
  /** A digest of the guidelines bundled into the function (which text is deployed; never the text). */
  llmGuidelinesSha256: 'LLM_JUDGE_GUIDELINES_SHA256',
  endpointUrl: 'MODERATION_ENDPOINT_URL',
  endpointSecretArn: 'MODERATION_ENDPOINT_SECRET_ARN',
  /** The HMAC secret itself: the local runtime and tests only (the construct passes the ARN). */
  endpointSecret: 'MODERATION_ENDPOINT_SECRET',
  endpointTimeoutMs: 'MODERATION_ENDPOINT_TIMEOUT_MS',
} as const;

/**
 * The newsroom's guidelines for the LLM judge are too long for Lambda's 4 KB of environment: the construct
 * bundles them into the consumer and the sweeper by replacing this expression at build time (esbuild
 * `define`). Unset, the judge uses DEFAULT_GUIDELINES.
 */
export const GUIDELINES_DEFINE = 'process.env.PARLEY_JUDGE_GUIDELINES';

/**
 * Whether the semantic providers' code is in the bundle: the construct replaces this expression with
 * `"omitted"` in a consumer or sweeper built without semantic providers, and esbuild then drops the branches
 * that import them (functions/lib/checks.ts), so such a bundle is exactly what it was before they existed.
 * Unbundled (the local runtime, tests) it is unset: everything is available.
 */
export const SEMANTIC_CODE_DEFINE = 'process.env.PARLEY_SEMANTIC_CODE';
export const SEMANTIC_CODE_OMITTED = 'omitted';
export const SEMANTIC_CODE_BUNDLED = 'bundled';
