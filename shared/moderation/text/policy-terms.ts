/**
 * Compiled matchers for the policy's banned and suspect lists, cached so a list is compiled once per
 * policy version (not once per comment). The cache is keyed by the list objects first (the same loaded
 * policy object is reused across a batch), then by version and content, so a reloaded but unchanged
 * policy is not recompiled either; it keeps the last few versions.
 */
import type { Policy } from '../policy';
import { TermMatcher } from './term-matcher';

export type TermListName = 'bannedTerms' | 'suspectTerms';

const byList = new WeakMap<readonly string[], WeakMap<readonly string[], TermMatcher>>();
const byKey = new Map<string, TermMatcher>();
const MAX_VERSIONS = 16;

/** The compiled matcher for one of the policy's term lists, with the policy's allowed terms. */
export function policyMatcher(policy: Readonly<Policy>, list: TermListName): TermMatcher {
  const terms = policy[list];
  const allowed = policy.allowedTerms;
  let inner = byList.get(terms);
  const hit = inner?.get(allowed);
  if (hit) return hit;
  const key = `${policy.version}\u0000${list}\u0000${terms.join('\u0001')}\u0000${allowed.join('\u0001')}`;
  let matcher = byKey.get(key);
  if (!matcher) {
    // An editor's phrase is words written together, not words on either side of a full stop.
    matcher = new TermMatcher(terms, { allowed, oneClause: true });
    byKey.set(key, matcher);
    if (byKey.size > MAX_VERSIONS) byKey.delete(byKey.keys().next().value!);
  }
  if (!inner) byList.set(terms, (inner = new WeakMap()));
  inner.set(allowed, matcher);
  return matcher;
}
