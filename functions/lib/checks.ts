/**
 * The automatic checks with the providers the deployment chose: the offline lexicon or Amazon Comprehend
 * for toxicity, and the semantic providers (docs/providers.md) when `SEMANTIC_PROVIDERS` names any. Only the
 * stream consumer and the sweeper import this, so the HTTP functions' bundles carry neither the lexicon nor
 * the Comprehend or Bedrock clients.
 *
 * The semantic providers are built lazily: each check's provider is imported (and its SDK client created)
 * the first time a comment reaches it, so a consumer with no semantic provider configured never evaluates
 * the Bedrock client or the Secrets Manager client, and one with only the endpoint never the Bedrock client.
 * A provider that cannot be built (its module, its secret) fails that comment's call, which the semantic
 * check holds as `degraded` like any other provider failure; the next comment tries again. A consumer or
 * sweeper the construct builds without semantic providers does not carry their code at all (see `load`).
 */
import type {
  ComprehendClient,
  DetectToxicContentCommand,
  DetectToxicContentCommandInput,
} from '@aws-sdk/client-comprehend';
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { comprehendProvider } from '../../shared/moderation/toxicity/comprehend';
import { lexiconProvider } from '../../shared/moderation/toxicity/lexicon';
import type { ToxicityProvider } from '../../shared/moderation/toxicity/types';
import { createChecks } from '../../shared/moderation/checks';
import { semanticCheck } from '../../shared/moderation/providers/check';
import type { PriceTable } from '../../shared/moderation/providers/cost';
import type { SemanticProvider } from '../../shared/moderation/providers/types';
import type { ModerationCheck } from '../../shared/moderation/types';
import { loadConfig, loadSemanticConfig, type SemanticConfig, type SemanticProviderName } from './config';
import { SEMANTIC_ENV, type ToxicityProviderName } from '../../shared/runtime-contract';

export type { ToxicityProviderName };

/**
 * Comprehend's client module, imported on the first comment it scores. The construct replaces
 * `process.env.PARLEY_TOXICITY_CODE` (TOXICITY_CODE_DEFINE) with the deployment's provider, so a `lexicon`
 * bundle drops the import and does not carry the client.
 */
const loadComprehend = () => {
  if (process.env.PARLEY_TOXICITY_CODE !== 'lexicon') return import('@aws-sdk/client-comprehend');
  throw new Error('This function was built for the lexicon: deploy with `toxicityProvider: comprehend`');
};

export function toxicityProvider(name: ToxicityProviderName, region: string): ToxicityProvider {
  if (name === 'lexicon') return lexiconProvider;
  let ready: Promise<{ sdk: ComprehendClient; Command: typeof DetectToxicContentCommand }> | undefined;
  return comprehendProvider({
    // The client is made on the first comment scored; the provider hands it the command's input (`{ input }`).
    client: {
      async send(command: { input: DetectToxicContentCommandInput }, options) {
        ready ??= loadComprehend().then((m) => ({
          // Fail fast: the check holds the comment as degraded rather than wait out SDK retries.
          sdk: new m.ComprehendClient({ region, maxAttempts: 2 }),
          Command: m.DetectToxicContentCommand,
        }));
        const { sdk, Command } = await ready;
        return sdk.send(new Command(command.input), options);
      },
    },
  });
}

/** The name of the check the semantic checks follow (shared/moderation/checks/toxicity.ts). */
export const SEMANTIC_AFTER = 'toxicity';

/** The provider name each semantic check records (its check is `semantic-<name>`). */
export const SEMANTIC_PROVIDER_IDS: Readonly<Record<SemanticProviderName, string>> = {
  guardrail: 'bedrock-guardrail',
  llm: 'llm-judge',
  endpoint: 'endpoint',
};

/** Builds a configured provider; called on first use only (see `lazyProvider`). */
export type ProviderFactory = (config: SemanticConfig) => Promise<SemanticProvider>;
export type ProviderFactories = Readonly<Record<SemanticProviderName, ProviderFactory>>;

/**
 * The newsroom's guidelines, bundled into the function by the construct (esbuild `define` replaces this
 * exact expression; see GUIDELINES_DEFINE in shared/runtime-contract.ts). Unset → DEFAULT_GUIDELINES.
 */
const bundledGuidelines = (): string | undefined => process.env.PARLEY_JUDGE_GUIDELINES || undefined;

/**
 * The providers' modules, imported on first use. Each import sits inside a branch on
 * `process.env.PARLEY_SEMANTIC_CODE` (SEMANTIC_CODE_DEFINE): the construct replaces that expression with
 * "omitted" when it builds a consumer or sweeper without semantic providers, and esbuild drops the branches,
 * so such a bundle carries none of this code. Unbundled (local runtime, tests) it is unset.
 */
function omitted(): never {
  throw new Error('This function was built without semantic providers: deploy with the `semantic` prop');
}
const load = {
  bedrock: () => {
    if (process.env.PARLEY_SEMANTIC_CODE !== 'omitted') return import('@aws-sdk/client-bedrock-runtime');
    return omitted();
  },
  guardrail: () => {
    if (process.env.PARLEY_SEMANTIC_CODE !== 'omitted')
      return import('../../shared/moderation/providers/guardrail');
    return omitted();
  },
  llm: () => {
    if (process.env.PARLEY_SEMANTIC_CODE !== 'omitted')
      return import('../../shared/moderation/providers/llm-judge');
    return omitted();
  },
  endpoint: () => {
    if (process.env.PARLEY_SEMANTIC_CODE !== 'omitted')
      return import('../../shared/moderation/providers/endpoint');
    return omitted();
  },
  secrets: () => {
    if (process.env.PARLEY_SEMANTIC_CODE !== 'omitted')
      return import('@aws-lambda-powertools/parameters/secrets');
    return omitted();
  },
};

/** Whether this build carries the providers' code (see `load`). */
export const semanticCodeBundled = (): boolean => process.env.PARLEY_SEMANTIC_CODE !== 'omitted';

let bedrock: Promise<BedrockRuntimeClient> | undefined;
/** One Bedrock client per container, shared by the guardrail and the judge, created on first use. */
function bedrockClient(region: string): Promise<BedrockRuntimeClient> {
  bedrock ??= load.bedrock().then(
    // Two attempts at most: SDK retries happen inside the check's deadline (docs/providers.md).
    ({ BedrockRuntimeClient }) => new BedrockRuntimeClient({ region, maxAttempts: 2 }),
  );
  bedrock.catch(() => (bedrock = undefined));
  return bedrock;
}

/** `o` without its undefined members (zod's optional fields vs exactOptionalPropertyTypes). */
const defined = <T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

const prices = (config: SemanticConfig): PriceTable => defined(config[SEMANTIC_ENV.prices] ?? {});

/** How each provider is built on AWS: the SDK clients and the secret, imported on first use. */
export const defaultFactories: ProviderFactories = {
  guardrail: async (config) => {
    const [{ guardrailProvider }, client] = await Promise.all([
      load.guardrail(),
      bedrockClient(config.AWS_REGION),
    ]);
    const actions = config[SEMANTIC_ENV.guardrailActions];
    const topics = config[SEMANTIC_ENV.guardrailTopics];
    const guardrailPrices = prices(config).guardrail;
    return guardrailProvider({
      client,
      // Validated present when the guardrail is on (loadSemanticConfig).
      guardrailIdentifier: config[SEMANTIC_ENV.guardrailId]!,
      guardrailVersion: config[SEMANTIC_ENV.guardrailVersion]!,
      ...(actions ? { actions: defined(actions) } : {}),
      // The provider only maps reported topic names to categories; the definitions live in the guardrail.
      ...(topics
        ? {
            topics: Object.entries(topics).map(([name, category]) => ({
              name,
              category,
              definition: '',
              examples: [],
            })),
          }
        : {}),
      ...(guardrailPrices ? { prices: guardrailPrices } : {}),
    });
  },
  llm: async (config) => {
    const [{ llmJudgeProvider }, client] = await Promise.all([load.llm(), bedrockClient(config.AWS_REGION)]);
    const guidelines = bundledGuidelines();
    const modelId = config[SEMANTIC_ENV.llmModelId];
    const siteName = config[SEMANTIC_ENV.siteName];
    const maxCostUsd = config[SEMANTIC_ENV.llmMaxCostUsd];
    const tokenPrices = prices(config).tokens;
    return llmJudgeProvider({
      client,
      ...(modelId ? { modelId } : {}),
      ...(guidelines ? { guidelines } : {}),
      ...(siteName ? { siteName } : {}),
      ...(tokenPrices ? { prices: tokenPrices } : {}),
      ...(maxCostUsd === undefined ? {} : { maxCostUsd }),
    });
  },
  endpoint: async (config) => {
    const { endpointProvider } = await load.endpoint();
    const getSecret = async (arn: string, options: { maxAge: number }): Promise<unknown> =>
      (await load.secrets()).getSecret(arn, options);
    const url = config[SEMANTIC_ENV.endpointUrl]!;
    const direct = config[SEMANTIC_ENV.endpointSecret];
    const arn = config[SEMANTIC_ENV.endpointSecretArn];
    // A provider per secret value: read through Powertools' cache (5 minutes) on every call, so a rotated
    // secret is picked up without a deploy.
    let current: { secret: string; provider: SemanticProvider } | undefined;
    return {
      name: SEMANTIC_PROVIDER_IDS.endpoint,
      async judge(input, opts) {
        const secret =
          direct ?? (arn ? await getSecret(arn, { maxAge: ENDPOINT_SECRET_MAX_AGE_SECONDS }) : undefined);
        if (typeof secret !== 'string') {
          // Names the variable only, never the value.
          throw new Error(`${SEMANTIC_ENV.endpointSecretArn} names a secret without a SecretString`);
        }
        if (current?.secret !== secret) current = { secret, provider: endpointProvider({ url, secret }) };
        return current.provider.judge(input, opts);
      },
    };
  },
};

/** How long the endpoint's HMAC secret is kept in the container before Secrets Manager is asked again. */
export const ENDPOINT_SECRET_MAX_AGE_SECONDS = 300;

/**
 * A provider whose real implementation is built on the first call. A failed build is not kept: the call
 * fails (the check holds the comment as degraded) and the next call builds again.
 */
export function lazyProvider(name: string, build: () => Promise<SemanticProvider>): SemanticProvider {
  let built: Promise<SemanticProvider> | undefined;
  return {
    name,
    async judge(input, opts) {
      built ??= build().catch((err: unknown) => {
        built = undefined;
        throw err;
      });
      return (await built).judge(input, opts);
    },
  };
}

/** How long a provider's check waits before holding the comment as degraded. */
export function semanticTimeoutMs(name: SemanticProviderName, config: SemanticConfig): number {
  if (name === 'guardrail') return config[SEMANTIC_ENV.guardrailTimeoutMs];
  if (name === 'llm') return config[SEMANTIC_ENV.llmTimeoutMs];
  return config[SEMANTIC_ENV.endpointTimeoutMs];
}

/** The semantic checks `config` asks for, in its order (empty when none is configured). */
export function semanticChecks(
  config: SemanticConfig,
  factories: ProviderFactories = defaultFactories,
): ModerationCheck[] {
  return config[SEMANTIC_ENV.providers].map((name) =>
    semanticCheck(
      lazyProvider(SEMANTIC_PROVIDER_IDS[name], () => factories[name](config)),
      { timeoutMs: semanticTimeoutMs(name, config) },
    ),
  );
}

/**
 * `base` with `semantic` spliced in right after the toxicity check: after every cheap check that can reject
 * (so those comments are never sent to a paid provider), before the checks that only hold for trust or
 * mode (shouting, floods, new commenter, pre-moderation). Throws when `base` has no toxicity check, rather
 * than run the semantic checks in an order nobody chose.
 */
export function withSemanticChecks(
  base: readonly ModerationCheck[],
  semantic: readonly ModerationCheck[],
): readonly ModerationCheck[] {
  if (semantic.length === 0) return base;
  const at = base.findIndex((c) => c.name === SEMANTIC_AFTER);
  if (at < 0) throw new Error(`No "${SEMANTIC_AFTER}" check to put the semantic checks after`);
  return [...base.slice(0, at + 1), ...semantic, ...base.slice(at + 1)];
}

/** The ordered checks for an environment (`env` and `factories` are for tests). */
export function buildChecks(
  env: NodeJS.ProcessEnv = process.env,
  factories: ProviderFactories = defaultFactories,
): readonly ModerationCheck[] {
  const config = loadConfig(env);
  const semantic = loadSemanticConfig(env);
  if (semantic[SEMANTIC_ENV.providers].length > 0 && !semanticCodeBundled()) {
    // Fail at init (the stream retries, the alarms fire) rather than hold every comment as degraded.
    omitted();
  }
  const base = createChecks({
    toxicity: toxicityProvider(config.TOXICITY_PROVIDER, config.AWS_REGION),
    toxicityTimeoutMs: config.TOXICITY_TIMEOUT_MS,
  });
  return withSemanticChecks(base, semanticChecks(semantic, factories));
}

let built: readonly ModerationCheck[] | undefined;

/** The container's ordered checks, built on first use from the environment. */
export function checks(): readonly ModerationCheck[] {
  built ??= buildChecks();
  return built;
}
