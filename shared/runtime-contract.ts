/**
 * What the functions, the constructs (infra/) and the local runtime (local/stack.ts) agree on at run time:
 * environment variable names, provider names, metric names, and the build-time expressions the bundler
 * replaces. One module, free of imports, so the CDK app reads it without loading function code, and a
 * renamed variable is renamed on both sides at once.
 */

/** Environment variables every function reads (functions/lib/config.ts validates them). */
export const ENV = {
  tableName: 'TABLE_NAME',
  region: 'AWS_REGION',
  /** The local runtime and tests only; on AWS the SDK finds DynamoDB itself. */
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  /** The salt and cursor key itself: the local runtime and tests only (AWS: `SECRET_ARN_ENV.parley`). */
  parleySecret: 'PARLEY_SECRET',
  /** One of TOXICITY_PROVIDERS. */
  toxicityProvider: 'TOXICITY_PROVIDER',
  toxicityTimeoutMs: 'TOXICITY_TIMEOUT_MS',
  /** Selects where the client address comes from: unset or `source-ip`, or `cloudfront`. */
  clientAddress: 'PARLEY_CLIENT_ADDRESS',
  logLevel: 'LOG_LEVEL',
} as const;

/** Powertools' own settings, set by the construct (and the local runtime) for every function. */
export const POWERTOOLS_ENV = {
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  metricsNamespace: 'POWERTOOLS_METRICS_NAMESPACE',
  metricsDisabled: 'POWERTOOLS_METRICS_DISABLED',
  tracerCaptureResponse: 'POWERTOOLS_TRACER_CAPTURE_RESPONSE',
  tracerCaptureError: 'POWERTOOLS_TRACER_CAPTURE_ERROR',
  loggerLogEvent: 'POWERTOOLS_LOGGER_LOG_EVENT',
} as const;

/** The environment variables naming each secret by ARN (functions/lib/secrets.ts reads them). */
export const SECRET_ARN_ENV = {
  /** PARLEY_SECRET: salt of stored hashes of personal data, key of the pagination-cursor MAC. */
  parley: 'PARLEY_SECRET_ARN',
  /** The value CloudFront adds to every origin request in CloudFront mode (functions/lib/client-ip.ts). */
  originVerify: 'PARLEY_ORIGIN_VERIFY_SECRET_ARN',
} as const;

/** Selects where the client address comes from (kept under its old name for its importers). */
export const CLIENT_ADDRESS_ENV = ENV.clientAddress;

/** Marks the answer of a request replayed for its Idempotency-Key (functions/lib/idempotent.ts). */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

/**
 * Response headers a browser script on another origin may read (the CORS expose list of the deployed API
 * and the local gateway): `retry-after` of a 429, the statements export's `x-next-cursor`, and whether a
 * post was a replay of an earlier one with the same Idempotency-Key.
 */
export const CORS_EXPOSED_HEADERS = ['retry-after', 'x-next-cursor', IDEMPOTENT_REPLAYED_HEADER] as const;

/** The origin custom header CloudFront adds (lower case, as API Gateway hands headers over). */
export const ORIGIN_VERIFY_HEADER = 'x-parley-origin-verify';

/** Toxicity scorers: `lexicon` runs offline (the default), `comprehend` calls DetectToxicContent. */
export const TOXICITY_PROVIDERS = ['lexicon', 'comprehend'] as const;
export type ToxicityProviderName = (typeof TOXICITY_PROVIDERS)[number];

/** Semantic providers, in their default check order (docs/providers.md). */
export const SEMANTIC_PROVIDER_NAMES = ['guardrail', 'llm', 'endpoint'] as const;
export type SemanticProviderName = (typeof SEMANTIC_PROVIDER_NAMES)[number];

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
 * The custom metrics Parley's functions publish (Powertools Metrics, embedded metric format): namespace
 * `Parley`, each with the default dimension `service` = POWERTOOLS_SERVICE_NAME and nothing else unless
 * listed. Alarms and the dashboard read exactly these names.
 */
export const PARLEY_METRICS = {
  namespace: 'Parley',
  /** Sweeper, each run: comments still `received` after the sweeper's grace period (before re-driving). */
  stuckReceived: 'StuckReceived',
  /** Sweeper, each run: age in seconds of the oldest `pending` comment (0 when the queue is empty). */
  oldestPendingAgeSeconds: 'OldestPendingAgeSeconds',
  /** Sweeper, each run: comments it decided. */
  sweptDecided: 'SweptDecided',
  /** Sweeper, each run: rejected comments purged past the retention period (docs/privacy.md). */
  retentionPurged: 'RetentionPurged',
  /** Sweeper, each run: rejected comments due for purging that it could not purge (retried next run). */
  retentionFailed: 'RetentionFailed',
  /** Consumer, per batch: count, with dimension `outcome` (approved|pending|rejected). */
  decisions: 'Decisions',
  /**
   * Any function, each time it finds the stored site policy invalid (functions/lib/deps.ts): it then serves
   * the last valid policy it read, or the defaults if it never read one.
   */
  policyInvalid: 'StoredPolicyInvalid',
  /** post-comment, each post dropped for its filled honeypot (functions/lib/metrics.ts). */
  honeypotDropped: 'HoneypotDropped',
} as const;

/** The dimension of `Decisions`. */
export const DECISIONS_DIMENSION = 'outcome';

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

/**
 * Whether Amazon Comprehend's client is in the bundle: the construct replaces this expression with the
 * deployment's toxicity provider, and a `lexicon` consumer or sweeper (the default) drops the branch that
 * imports the client (functions/lib/checks.ts), about 14 KB its cold start no longer compiles. Unbundled it
 * is unset: the client is imported on the first comment Comprehend scores.
 */
export const TOXICITY_CODE_DEFINE = 'process.env.PARLEY_TOXICITY_CODE';

/**
 * The local stack's token route and its moderator console agree on how the per-start key travels: in this
 * header of the token request, and in this fragment parameter of the console link `npm start` prints.
 */
export const LOCAL_KEY = { header: 'x-parley-local-key', fragment: 'local-key' } as const;
