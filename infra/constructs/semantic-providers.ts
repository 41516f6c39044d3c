import { createHash } from 'node:crypto';
import { Names, Stack, Token, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import { CfnGuardrail, CfnGuardrailVersion } from 'aws-cdk-lib/aws-bedrock';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import {
  GUIDELINES_DEFINE,
  SEMANTIC_ENV,
  SEMANTIC_PROVIDER_NAMES,
  type SemanticProviderName,
} from '../../shared/runtime-contract';
import type { PriceTable } from '../../shared/moderation/providers/cost';
import {
  buildGuardrailDefinition,
  type GuardrailDefinitionOptions,
} from '../../shared/moderation/providers/guardrail-definition';
import type { GuardrailProviderOptions } from '../../shared/moderation/providers/guardrail';
import { DEFAULT_JUDGE_MODEL_ID } from '../../shared/moderation/providers/llm-judge';
import { DeploymentRefusal } from '../refusal';

/** The semantic providers, by the names `SEMANTIC_PROVIDERS` uses. */
export type { SemanticProviderName };
export const DEFAULT_SEMANTIC_ORDER: readonly SemanticProviderName[] = SEMANTIC_PROVIDER_NAMES;

/** Amazon Bedrock Guardrails (`ApplyGuardrail`): a guardrail the construct creates and publishes. */
export interface SemanticGuardrailOptions extends GuardrailDefinitionOptions {
  /** Which findings reject rather than hold (merged over the provider's defaults). */
  readonly actions?: GuardrailProviderOptions['actions'];
  /** @default 1500 */
  readonly timeoutMs?: number;
  /**
   * With the Standard tier: the regions the guardrail profile (`crossRegionProfileArn`) routes to. The role
   * may then apply the guardrail through that profile in each of them, and nowhere else.
   * @default - required with the Standard tier
   */
  readonly profileRegions?: readonly string[];
}

/** An LLM judge on Amazon Bedrock `Converse`, with the newsroom's guidelines as its policy. */
export interface SemanticLlmJudgeOptions {
  /**
   * A model id, or a cross-Region inference profile id (`global.…`, `eu.…`, `us.…`).
   * @default DEFAULT_JUDGE_MODEL_ID (Claude Haiku 4.5 through the global profile)
   */
  readonly modelId?: string;
  /**
   * For a geographic profile (`eu.`, `us.`, `apac.` …): the regions it routes to, from the Bedrock user
   * guide's list for the model. The role may invoke the model there only through that profile.
   * @default - required for a geographic profile; not used otherwise
   */
  readonly inferenceProfileRegions?: readonly string[];
  /**
   * The newsroom's guidelines (the judge's policy), bundled into the consumer and the sweeper: Lambda's 4 KB
   * of environment cannot hold them. Changing them is a deploy.
   * @default DEFAULT_GUIDELINES (shared/moderation/providers/guidelines.ts)
   */
  readonly guidelines?: string;
  /** Named in the judge's instructions. @default "a news site" */
  readonly siteName?: string;
  /** @default 4000 */
  readonly timeoutMs?: number;
  /** A per-comment ceiling: the judge is not called when its worst case would cost more (needs `prices.tokens`). */
  readonly maxCostUsd?: number;
}

/** The newsroom's own moderation service, called over HTTPS with an HMAC-signed request. */
export interface SemanticEndpointOptions {
  /** https URL of the service. */
  readonly url: string;
  /**
   * The HMAC key (a SecretString of 32+ characters), read by the functions at run time.
   * @default - a generated 64-character secret; give its value to the service
   */
  readonly secret?: secretsmanager.ISecret;
  /** @default 2000 */
  readonly timeoutMs?: number;
}

/** The `semantic` prop of CommentModeration (docs/providers.md). Every provider is off unless given. */
export interface SemanticOptions {
  readonly guardrail?: SemanticGuardrailOptions;
  readonly llmJudge?: SemanticLlmJudgeOptions;
  readonly endpoint?: SemanticEndpointOptions;
  /**
   * The order the checks run in (right after the toxicity check); must name exactly the providers given.
   * @default guardrail, llm, endpoint: the paid judge after the guardrail, so a guardrail rejection skips it
   */
  readonly order?: readonly SemanticProviderName[];
  /**
   * Prices to record each verdict's cost with (and for `llmJudge.maxCostUsd`). EXAMPLE_PRICES in
   * shared/moderation/providers/cost.ts are unverified examples: check the Bedrock pricing page.
   * @default - usage is recorded without a cost
   */
  readonly prices?: PriceTable;
}

export interface SemanticProvidersProps extends SemanticOptions {
  readonly removalPolicy: RemovalPolicy;
}

const DEFAULT_TIMEOUT_MS: Readonly<Record<SemanticProviderName, number>> = {
  guardrail: 1500,
  llm: 4000,
  endpoint: 2000,
};

/** Prefixes of Bedrock's system-defined cross-Region inference profiles. */
const GEOGRAPHIC_PROFILES = new Set(['us', 'eu', 'apac', 'jp', 'au', 'ca', 'us-gov']);
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** The role's way to the judge's model: what to allow, and through which inference profile. */
export interface ModelAccess {
  /** `inference-profile/<id>` in the function's region, when `modelId` is a profile. */
  readonly profileArn: string | undefined;
  /** Foundation-model ARNs, reachable only through `profileArn` when there is one. */
  readonly modelArns: readonly string[];
}

/**
 * The ARNs `bedrock:InvokeModel` must allow for `modelId` (Converse is authorised as InvokeModel), per the
 * Bedrock user guide: a plain model id needs its foundation model in the function's region; an inference
 * profile needs the profile, and the foundation model in the source region and in every region the profile
 * routes to (each listed for a geographic profile; the region-less ARN for a global one).
 */
export function modelAccess(
  stack: Stack,
  modelId: string,
  destinationRegions: readonly string[] = [],
): ModelAccess {
  const { partition, region, account } = stack;
  if (modelId.startsWith('arn:')) {
    throw new DeploymentRefusal(
      `llmJudge.modelId: pass a model or inference profile id, not an ARN (${modelId}); the construct derives the ARNs to grant`,
    );
  }
  const dot = modelId.indexOf('.');
  const prefix = dot > 0 ? modelId.slice(0, dot) : '';
  const foundation = (r: string, id: string) => `arn:${partition}:bedrock:${r}::foundation-model/${id}`;
  if (prefix !== 'global' && !GEOGRAPHIC_PROFILES.has(prefix)) {
    return { profileArn: undefined, modelArns: [foundation(region, modelId)] };
  }
  const model = modelId.slice(dot + 1);
  const profileArn = `arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`;
  if (prefix === 'global') {
    // A global profile may route to any commercial region: AWS lists the region-less model ARN for it.
    return { profileArn, modelArns: [foundation(region, model), foundation('', model)] };
  }
  if (destinationRegions.length === 0) {
    throw new DeploymentRefusal(
      `llmJudge.inferenceProfileRegions is required for the geographic profile ${modelId}: list the regions ` +
        'it routes to (Bedrock user guide, "Supported Regions and models for inference profiles"), so the role ' +
        'can reach the model there and nowhere else',
    );
  }
  const bad = destinationRegions.filter((r) => !REGION.test(r));
  if (bad.length)
    throw new DeploymentRefusal(`llmJudge.inferenceProfileRegions: not regions: ${bad.join(', ')}`);
  return {
    profileArn,
    modelArns: [
      foundation(region, model),
      ...[...new Set(destinationRegions)].map((r) => foundation(r, model)),
    ],
  };
}

const validTimeout = (name: string, ms: number | undefined, fallback: number): number => {
  const value = ms ?? fallback;
  if (!Number.isInteger(value) || value < 100 || value > 30_000)
    throw new DeploymentRefusal(
      `semantic.${name}.timeoutMs must be a whole number of ms in 100..30000, got ${value}`,
    );
  return value;
};

/**
 * The resources and settings of the semantic providers a deployment switches on: the Bedrock guardrail and
 * its published version, the endpoint's secret, and for each function that runs the checks (`grantTo`: the
 * stream consumer and the sweeper) the environment, the bundled guidelines and least-privilege grants.
 */
export class SemanticProviders extends Construct {
  /** The providers in check order. */
  public readonly order: readonly SemanticProviderName[];
  public readonly guardrail: CfnGuardrail | undefined;
  public readonly guardrailVersion: CfnGuardrailVersion | undefined;
  /** The endpoint's HMAC key (created here unless given). */
  public readonly endpointSecret: secretsmanager.ISecret | undefined;
  /** Build-time replacements for the functions' bundles (the judge's guidelines). */
  public readonly bundlingDefine: Readonly<Record<string, string>>;
  /** The longest the semantic checks together may take for one comment (sum of their timeouts). */
  public readonly worstCaseMs: number;
  private readonly environment: Record<string, string> = {};
  private readonly statements: iam.PolicyStatement[] = [];

  constructor(scope: Construct, id: string, props: SemanticProvidersProps) {
    super(scope, id);
    const given: SemanticProviderName[] = [];
    if (props.guardrail) given.push('guardrail');
    if (props.llmJudge) given.push('llm');
    if (props.endpoint) given.push('endpoint');
    const order = props.order ?? DEFAULT_SEMANTIC_ORDER.filter((p) => given.includes(p));
    if (
      order.length !== given.length ||
      new Set(order).size !== order.length ||
      order.some((p) => !given.includes(p))
    ) {
      throw new DeploymentRefusal(
        `semantic.order must name each configured provider once: configured ${given.join(', ') || 'none'}, order ${order.join(', ')}`,
      );
    }
    this.order = order;
    const env = this.environment;
    env[SEMANTIC_ENV.providers] = order.join(',');
    let worstCaseMs = 0;
    const define: Record<string, string> = {};

    if (props.guardrail) {
      const { actions, timeoutMs, profileRegions, ...definitionOptions } = props.guardrail;
      const definition = buildGuardrailDefinition({
        // Unique per construct: two sites in one account each get their own guardrail.
        name: Names.uniqueResourceName(this, { maxLength: 50, separator: '-' }),
        ...definitionOptions,
      });
      const guardrail = new CfnGuardrail(this, 'Guardrail', definition);
      // A published version: the functions never judge with the editable DRAFT. Its description carries a
      // digest of the definition, so a changed definition replaces this resource, i.e. publishes a new version.
      const digest = createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 16);
      const version = new CfnGuardrailVersion(this, 'GuardrailVersion', {
        guardrailIdentifier: guardrail.attrGuardrailId,
        description: `Parley comment moderation, definition ${digest}`,
      });
      this.guardrail = guardrail;
      this.guardrailVersion = version;
      env[SEMANTIC_ENV.guardrailId] = guardrail.attrGuardrailId;
      env[SEMANTIC_ENV.guardrailVersion] = version.attrVersion;
      env[SEMANTIC_ENV.guardrailTimeoutMs] = String(
        validTimeout('guardrail', timeoutMs, DEFAULT_TIMEOUT_MS.guardrail),
      );
      worstCaseMs += Number(env[SEMANTIC_ENV.guardrailTimeoutMs]);
      if (actions) env[SEMANTIC_ENV.guardrailActions] = JSON.stringify(actions);
      if (definitionOptions.topics) {
        env[SEMANTIC_ENV.guardrailTopics] = JSON.stringify(
          Object.fromEntries(definitionOptions.topics.map((t) => [t.name, t.category])),
        );
      }
      const stack = Stack.of(this);
      const resources = [guardrail.attrGuardrailArn];
      if (definitionOptions.tier === 'STANDARD') {
        const profile = /^arn:[^:]+:bedrock:[^:]*:[^:]*:guardrail-profile\/(.+)$/.exec(
          definitionOptions.crossRegionProfileArn ?? '',
        )?.[1];
        if (!profile || !profileRegions?.length) {
          throw new DeploymentRefusal(
            'semantic.guardrail: the Standard tier needs crossRegionProfileArn (…:guardrail-profile/<id>) and ' +
              'profileRegions, the regions that profile routes to (Bedrock user guide, "Permissions for using ' +
              'cross-Region inference with Amazon Bedrock Guardrails")',
          );
        }
        const bad = profileRegions.filter((r) => !REGION.test(r));
        if (bad.length)
          throw new DeploymentRefusal(`semantic.guardrail.profileRegions: not regions: ${bad.join(', ')}`);
        resources.push(
          definitionOptions.crossRegionProfileArn!,
          ...[...new Set(profileRegions)].map(
            (r) => `arn:${stack.partition}:bedrock:${r}:${stack.account}:guardrail-profile/${profile}`,
          ),
        );
      }
      this.statements.push(new iam.PolicyStatement({ actions: ['bedrock:ApplyGuardrail'], resources }));
    } else {
      this.guardrail = undefined;
      this.guardrailVersion = undefined;
    }

    if (props.llmJudge) {
      const judge = props.llmJudge;
      const modelId = judge.modelId ?? DEFAULT_JUDGE_MODEL_ID;
      const access = modelAccess(Stack.of(this), modelId, judge.inferenceProfileRegions);
      env[SEMANTIC_ENV.llmModelId] = modelId;
      env[SEMANTIC_ENV.llmTimeoutMs] = String(
        validTimeout('llmJudge', judge.timeoutMs, DEFAULT_TIMEOUT_MS.llm),
      );
      worstCaseMs += Number(env[SEMANTIC_ENV.llmTimeoutMs]);
      if (judge.siteName !== undefined) env[SEMANTIC_ENV.siteName] = judge.siteName;
      if (judge.maxCostUsd !== undefined) {
        if (!props.prices?.tokens)
          throw new DeploymentRefusal(
            'semantic.llmJudge.maxCostUsd needs semantic.prices.tokens to compute a cost',
          );
        if (!(judge.maxCostUsd > 0))
          throw new DeploymentRefusal('semantic.llmJudge.maxCostUsd must be above 0');
        env[SEMANTIC_ENV.llmMaxCostUsd] = String(judge.maxCostUsd);
      }
      if (judge.guidelines !== undefined) {
        if (judge.guidelines.trim() === '')
          throw new DeploymentRefusal('semantic.llmJudge.guidelines is empty');
        define[GUIDELINES_DEFINE] = JSON.stringify(judge.guidelines);
        env[SEMANTIC_ENV.llmGuidelinesSha256] = createHash('sha256').update(judge.guidelines).digest('hex');
      }
      if (access.profileArn) {
        this.statements.push(
          new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [access.profileArn] }),
          new iam.PolicyStatement({
            actions: ['bedrock:InvokeModel'],
            resources: [...access.modelArns],
            // The model only through this profile, never called directly.
            conditions: { StringEquals: { 'bedrock:InferenceProfileArn': access.profileArn } },
          }),
        );
      } else {
        this.statements.push(
          new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [...access.modelArns] }),
        );
      }
    }

    if (props.endpoint) {
      const { url, timeoutMs } = props.endpoint;
      if (!Token.isUnresolved(url) && !/^https:\/\/[^\s/?#]+/.test(url)) {
        throw new DeploymentRefusal(`semantic.endpoint.url must be an https URL, got "${url}"`);
      }
      const secret =
        props.endpoint.secret ??
        new secretsmanager.Secret(this, 'EndpointSecret', {
          description: "Parley: HMAC key signing requests to the newsroom's moderation endpoint",
          generateSecretString: { passwordLength: 64, excludePunctuation: true },
          removalPolicy: props.removalPolicy,
        });
      if (secret instanceof secretsmanager.Secret) {
        Validations.of(secret).acknowledge({
          id: 'AwsSolutions-SMG4',
          reason:
            "The endpoint's HMAC key is shared with the newsroom's service, which must accept the new value " +
            'before Parley signs with it (verifyParleySignature takes several keys): rotation is a coordinated ' +
            'manual step (docs/deploy.md), not a schedule.',
        });
      }
      // CDK classes type optional attributes `T | undefined`, which exactOptionalPropertyTypes rejects
      // against their own interfaces; the object is the same.
      this.endpointSecret = secret as secretsmanager.ISecret;
      env[SEMANTIC_ENV.endpointUrl] = url;
      env[SEMANTIC_ENV.endpointSecretArn] = secret.secretArn;
      env[SEMANTIC_ENV.endpointTimeoutMs] = String(
        validTimeout('endpoint', timeoutMs, DEFAULT_TIMEOUT_MS.endpoint),
      );
      worstCaseMs += Number(env[SEMANTIC_ENV.endpointTimeoutMs]);
    } else {
      this.endpointSecret = undefined;
    }

    if (props.prices) env[SEMANTIC_ENV.prices] = JSON.stringify(props.prices);
    // Lambda allows 4 KB of environment per function; leave room for the construct's own variables.
    const size = Object.entries(env).reduce(
      (n, [k, v]) => n + k.length + (Token.isUnresolved(v) ? 64 : v.length),
      0,
    );
    if (size > 2500) {
      throw new DeploymentRefusal(
        `semantic: the providers' settings take ${size} bytes of the functions' 4 KB environment; shorten the ` +
          'guardrail actions or topic names',
      );
    }
    this.bundlingDefine = define;
    this.worstCaseMs = worstCaseMs;
  }

  /** Gives a function that runs the checks its settings and exactly the access its providers need. */
  public grantTo(fn: lambda.Function): void {
    for (const [key, value] of Object.entries(this.environment)) fn.addEnvironment(key, value);
    for (const statement of this.statements) fn.addToRolePolicy(statement);
    this.endpointSecret?.grantRead(fn);
  }
}
