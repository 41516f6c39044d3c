import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  ENV,
  SEMANTIC_CODE_BUNDLED,
  SEMANTIC_CODE_DEFINE,
  SEMANTIC_CODE_OMITTED,
  TOXICITY_CODE_DEFINE,
  type ToxicityProviderName,
} from '../../shared/runtime-contract';
import { MODEL_WEIGHTS_FILE } from '../../shared/moderation/model/linear-model';
import type { HandlerOptions } from './handler-registry';
import type { SemanticProviders } from './semantic-providers';

/** The classifier's weights (`shared/moderation/model/classifier.ts` reads them beside the bundle). */
const CLASSIFIER_WEIGHTS = `shared/moderation/model/${MODEL_WEIGHTS_FILE}`;

export type ToxicityProvider = ToxicityProviderName;

/** Records the stream consumer takes per invocation. */
export const CONSUMER_BATCH_SIZE = 10;

/**
 * The consumer's and sweeper's timeout: a whole batch at the worst case per comment (every provider's
 * timeout, plus a second for the comment's own reads and writes), with 15 s to spare, at least the usual
 * 60 s and at most Lambda's 900 s. Records are moderated one after another (docs/providers.md, "Wiring" 7).
 */
export function consumerTimeoutSeconds(worstProvidersMsPerComment: number): number {
  const perComment = worstProvidersMsPerComment + 1000;
  return Math.min(900, Math.max(60, Math.ceil((CONSUMER_BATCH_SIZE * perComment) / 1000) + 15));
}

/**
 * What the two functions that moderate (the stream consumer and the sweeper) share: the toxicity scorer and
 * the semantic providers, the timeout their worst case needs, and the bundle settings that leave the
 * providers' code out when none is on.
 */
export class ModerationChecks {
  /**
   * What both functions are created with: the timeout, the esbuild `define`s (SEMANTIC_CODE_DEFINE and
   * the providers' own) and the files read beside the bundle (the classifier's weights).
   */
  public readonly functionOptions: Readonly<
    Required<Pick<HandlerOptions, 'timeout' | 'bundlingDefine' | 'bundledFiles'>>
  >;

  constructor(
    private readonly toxicityProvider: ToxicityProvider,
    private readonly semantic: SemanticProviders | undefined,
  ) {
    // Toxicity's own deadline (TOXICITY_TIMEOUT_MS default) when Comprehend is called, plus the judges'.
    const worstProvidersMs = (toxicityProvider === 'comprehend' ? 2000 : 0) + (semantic?.worstCaseMs ?? 0);
    this.functionOptions = {
      timeout: Duration.seconds(consumerTimeoutSeconds(worstProvidersMs)),
      bundlingDefine: {
        [SEMANTIC_CODE_DEFINE]: JSON.stringify(semantic ? SEMANTIC_CODE_BUNDLED : SEMANTIC_CODE_OMITTED),
        // A lexicon deployment does not bundle Comprehend's client (functions/lib/checks.ts).
        [TOXICITY_CODE_DEFINE]: JSON.stringify(toxicityProvider),
        ...semantic?.bundlingDefine,
      },
      bundledFiles: [CLASSIFIER_WEIGHTS],
    };
  }

  /** Gives `fn` the providers' settings and exactly the permissions they need. */
  public grantTo(fn: lambda.Function): void {
    fn.addEnvironment(ENV.toxicityProvider, this.toxicityProvider);
    if (this.toxicityProvider === 'comprehend') {
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['comprehend:DetectToxicContent'],
          // Comprehend's real-time analysis actions have no resource-level permissions: AWS requires "*".
          resources: ['*'],
        }),
      );
    }
    this.semantic?.grantTo(fn);
  }
}
