/**
 * The automatic checks with the toxicity provider the deployment chose: the offline lexicon, or Amazon
 * Comprehend. Only the stream consumer and the sweeper import this, so the HTTP functions' bundles
 * carry neither the lexicon nor the Comprehend client.
 */
import { ComprehendClient, DetectToxicContentCommand } from '@aws-sdk/client-comprehend';
import { comprehendProvider } from '../../shared/moderation/toxicity/comprehend';
import { lexiconProvider } from '../../shared/moderation/toxicity/lexicon';
import type { ToxicityProvider } from '../../shared/moderation/toxicity/types';
import { createChecks } from '../../shared/moderation/checks';
import type { ModerationCheck } from '../../shared/moderation/types';
import { loadConfig } from './config';

export type ToxicityProviderName = 'lexicon' | 'comprehend';

export function toxicityProvider(name: ToxicityProviderName, region: string): ToxicityProvider {
  if (name === 'lexicon') return lexiconProvider;
  return comprehendProvider({
    // Fail fast: the check holds the comment as degraded rather than wait out SDK retries.
    client: new ComprehendClient({ region, maxAttempts: 2 }),
    command: (input) => new DetectToxicContentCommand(input),
  });
}

let built: readonly ModerationCheck[] | undefined;

/** The container's ordered checks, built on first use from the environment. */
export function checks(): readonly ModerationCheck[] {
  if (!built) {
    const config = loadConfig();
    built = createChecks({
      toxicity: toxicityProvider(config.TOXICITY_PROVIDER, config.AWS_REGION),
      toxicityTimeoutMs: config.TOXICITY_TIMEOUT_MS,
    });
  }
  return built;
}
