/**
 * The order of the automatic checks. Every check runs and is recorded; order matters only for which
 * verdict is named decisive among equals (the first reject wins, then the first hold), so cheap,
 * certain checks come first and the reason a reader is given is the most specific one.
 */
import type { ModerationCheck } from '../types';
import type { ToxicityProvider } from '../toxicity/types';
import { lexiconProvider } from '../toxicity/lexicon';
import { abuse } from './abuse';
import { authorName } from './author-name';
import { bannedAuthor } from './banned-author';
import { bannedTerms } from './banned-terms';
import { classifier } from './classifier';
import { closedArticle } from './closed-article';
import { copiedText } from './copied-text';
import { extremism } from './extremism';
import { flood } from './flood';
import { hate } from './hate';
import { humanDecision } from './human-decision';
import { length } from './length';
import { misinformation } from './misinformation';
import { links } from './links';
import { newCommenter } from './new-commenter';
import { personalData } from './personal-data';
import { preModeration } from './pre-moderation';
import { repeatPost } from './repeat-post';
import { shouting } from './shouting';
import { commercialSpam } from './spam';
import { suspectTerms } from './suspect-terms';
import { textFlood } from './text-flood';
import { threats } from './threats';
import { toxicityCheck } from './toxicity';

export interface CheckOptions {
  /** Scores toxicity: `lexiconProvider` (offline) or a `comprehendProvider`. */
  toxicity: ToxicityProvider;
  /** How long the toxicity check waits for the provider before holding as degraded (default 2000). */
  toxicityTimeoutMs?: number;
}

/** The ordered checks, with the given toxicity provider. */
export function createChecks(options: CheckOptions): readonly ModerationCheck[] {
  const toxicity = toxicityCheck(
    options.toxicity,
    options.toxicityTimeoutMs === undefined ? {} : { timeoutMs: options.toxicityTimeoutMs },
  );
  return [
    closedArticle, // article closed after the comment was accepted → hold; a human decides
    bannedAuthor, // author banned after posting → reject (other)
    humanDecision, // edited after a moderator rejected it → hold (human_review): a human decision binds
    length, // outside the policy's bounds → reject (other)
    repeatPost, // same author, same text within the window → hold (repeat_post)
    flood, // author or network over its 10-minute count → hold (flood)
    bannedTerms, // the policy's banned list, through obfuscation → reject (banned_word)
    suspectTerms, // the policy's suspect list → hold (suspect_term)
    links, // blocked domain → reject (spam); too many links → hold (too_many_links)
    commercialSpam, // a sales pitch with a channel → reject (spam); weaker → hold (spam_suspect)
    copiedText, // the same long text from several authors → hold (copied_text); with a link or pitch, a campaign → reject (spam); a text a moderator rejected → hold (rejected_text)
    personalData, // phone, e-mail, address, plate, ID, unmasking → hold (personal_data)
    threats, // violence aimed at a person → reject (harassment); ambiguous calls → hold (violence_review)
    extremism, // praise of attacks, recruitment → reject (illegal)
    hate, // dehumanising a group, slurs, expulsion calls → reject (hate); weaker → hold (hate_review)
    abuse, // severe abuse aimed at a person → reject (abuse); insults, profanity → hold (insult|profanity)
    misinformation, // conspiracy talk, invented news, framed as such → hold (misinformation_review)
    toxicity, // provider scores ≥ reject → reject (abuse|harassment|hate|illegal); ≥ review → hold; failure → hold
    classifier, // the trained model, unless a rule rejected: sure → reject (harassment|illegal|hate|spam); likely → hold
    shouting, // mostly capitals → hold (shouting)
    textFlood, // repeated characters, punctuation, emoji or words → hold (flood)
    authorName, // the display name read by the text checks: what they reject → reject; personal data → hold
    newCommenter, // fewer approved comments than required → hold (new_commenter); off by default
    preModeration, // article or site in pre-moderation → hold (pre_moderation)
  ];
}

export const defaultChecks: readonly ModerationCheck[] = createChecks({ toxicity: lexiconProvider });
