/**
 * The automatic decision in plain words, and the evidence spans as ranges of the comment's text. Pure:
 * the card turns the segments into text nodes and <mark> elements (never HTML from comment text).
 */
import type { CheckRecord, DecisionRecord } from './api';

const CHECK_LABELS: Readonly<Record<string, string>> = {
  'closed-article': 'Closed article',
  'banned-author': 'Banned author',
  honeypot: 'Bot trap',
  length: 'Length',
  'repeat-post': 'Repeated post',
  flood: 'Posting rate',
  'copied-text': 'Copied text',
  'banned-terms': 'Banned terms',
  'suspect-terms': 'Suspect terms',
  links: 'Links',
  spam: 'Commercial spam',
  'personal-data': 'Personal data',
  threats: 'Threats',
  extremism: 'Violent extremism',
  hate: 'Hate speech',
  abuse: 'Insults and profanity',
  misinformation: 'Conspiracy and invented news',
  shouting: 'Shouting',
  'text-flood': 'Character floods',
  'author-name': 'Display name',
  toxicity: 'Toxicity score',
  classifier: 'Trained classifier',
  'new-commenter': 'New commenter',
  'pre-moderation': 'Pre-moderation',
  'human-decision': 'Earlier human decision',
  'bedrock-guardrail': 'Bedrock Guardrails',
  'llm-judge': 'LLM judge',
};

const REASON_WORDS: Readonly<Record<string, string>> = {
  suspect_term: 'it contains a term on the suspect list',
  banned_word: 'it contains a banned term',
  pre_moderation: 'the article or the site is pre-moderated, so every comment waits for a moderator',
  new_commenter: 'the author has too few approved comments yet',
  too_many_links: 'it has more links than the policy allows',
  url_shortener: 'it links through a URL shortener',
  lookalike_host: 'it links to a site that imitates another',
  spam: 'it looks like commercial spam',
  flood: 'the author or their network posted many comments in a short time',
  repeat_post: 'the author posted the same text a moment ago',
  copied_text: 'several authors posted the same text lately',
  rejected_text: 'a moderator rejected the same text before',
  personal_data: 'it contains personal data',
  shouting: 'it is mostly in capitals',
  toxicity_review: 'a toxicity score reached the review threshold',
  violence_review: 'it may call for violence',
  extremism_review: 'it may praise or support violent extremism',
  hate_review: 'it may be hate speech',
  spam_suspect: 'it may be commercial spam',
  insult: 'it insults someone',
  profanity: 'it contains profanity',
  misinformation_review: 'it may spread invented or misleading claims',
  semantic_review: 'a semantic check found something a human should judge',
  semantic_partial: 'a semantic check could read only part of it',
  semantic_uncertain: 'a semantic check was unsure it is fine',
  provider_degraded: 'a semantic check failed, so a human must look',
  comments_closed: 'the article is closed to comments',
  human_review: 'a moderator rejected it before, so only a human may publish it',
  impersonation: 'the author’s name presents them as the site’s staff',
  harassment: 'it looks like harassment',
  abuse: 'it looks abusive',
  hate: 'it looks like hate speech',
  illegal: 'it may be illegal content',
  misinformation: 'it looks like misinformation',
  off_topic: 'it is off topic',
  other: 'of another reason',
};

export const checkLabel = (check: string): string =>
  CHECK_LABELS[check] ?? check.charAt(0).toUpperCase() + check.slice(1).replace(/[-_]/g, ' ');

/**
 * A reason a check gives, in words, by check where two checks share a code: the `flood` of the posting-rate
 * check is many comments in a short time; the `flood` of the character-floods check is one comment's text.
 */
const REASON_WORDS_BY_CHECK: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'text-flood': { flood: 'it repeats characters, words, punctuation or emoji at length' },
};

export const reasonWords = (reason: string, check?: string): string =>
  (check === undefined ? undefined : REASON_WORDS_BY_CHECK[check]?.[reason]) ??
  REASON_WORDS[reason] ??
  reason.replace(/_/g, ' ');

export const OUTCOME_WORDS: Readonly<Record<CheckRecord['outcome'], string>> = {
  pass: 'passed',
  hold: 'held',
  reject: 'rejected',
};

type EvidenceItem = CheckRecord['evidence'][number];

/** The [start, end) of the body an evidence item points at, or null (no span, the author's name, out of range). */
function bodySpan(e: EvidenceItem, text: string): readonly [number, number] | null {
  if (!e.span || e.detail?.startsWith('authorName:')) return null;
  const [start, end] = e.span;
  const ok =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  return ok ? [start, end] : null;
}

/** Whether an evidence item's value is found in the words it spans (a term is; a threat's kind, `act`, is not). */
const valueIn = (e: EvidenceItem, spanned: string): boolean =>
  spanned.toLowerCase().includes(e.value.toLowerCase());

/**
 * What an evidence item shows a moderator: its value when that is what the body says there, else the
 * words of the body it spans (a disguised term as typed; for a value that names a kind, the words that
 * made it). Quoting a kind as if the reader had written it misleads.
 */
function shown(e: EvidenceItem, text: string | undefined): string {
  const span = text === undefined ? null : bodySpan(e, text);
  if (!span) return e.value;
  const spanned = text!.slice(span[0], span[1]);
  return valueIn(e, spanned) ? e.value : spanned;
}

/** The longest quote of evidence a line gives, in characters; the text itself shows the whole span. */
const QUOTE_MAX = 80;

/** A quote cut to QUOTE_MAX characters (whole code points), with an ellipsis where it was cut. */
function quoted(value: string): string {
  const chars = Array.from(value);
  return chars.length <= QUOTE_MAX ? value : `${chars.slice(0, QUOTE_MAX - 1).join('')}…`;
}

/** What a check found, in a short line: what matched, quoted (from `text`, the body, when given). */
export function evidenceLine(check: CheckRecord, text?: string): string {
  // A mode is context, not something found in the text; the sentence names it instead. So is the trained
  // classifier's class (`semantic`, `threat`): the sentence says what it means, the words follow. And the id
  // of another comment (the repeat-post check's earlier post) is a reference, not words of this one.
  const found = check.evidence.filter(
    (e) => e.kind !== 'mode' && e.kind !== 'classifier' && e.kind !== 'comment' && e.value !== '',
  );
  const values = [...new Set(found.map((e) => quoted(revealInvisible(shown(e, text)))))].slice(0, 6);
  return values.map((v) => `“${v}”`).join(', ');
}

/** One sentence: what the machine did and why, naming the deciding check (quoting `text`, the body). */
export function decisionSummary(decision: DecisionRecord, text?: string): string {
  const deciding = decision.checks.find((c) => c.check === decision.decidedBy);
  if (decision.decidedBy === null || !deciding) {
    return decision.outcome === 'approved'
      ? 'Published automatically: every check passed.'
      : `Automatic outcome: ${decision.outcome}.`;
  }
  const verb =
    decision.outcome === 'rejected'
      ? 'Rejected automatically'
      : decision.outcome === 'pending'
        ? 'Held for review'
        : 'Approved automatically';
  const why = deciding.reason ?? decision.reason;
  const mode = deciding.evidence.find((e) => e.kind === 'mode')?.value;
  if (why === 'pre_moderation' && (mode === 'article' || mode === 'site')) {
    return `${verb} by the “${checkLabel(deciding.check)}” check: ${
      mode === 'article' ? 'this article' : 'the site'
    } is pre-moderated, so every comment waits for a moderator.`;
  }
  const found = evidenceLine(deciding, text);
  return `${verb} by the “${checkLabel(deciding.check)}” check${why ? `: ${reasonWords(why, deciding.check)}` : ''}${
    found ? ` (${found})` : ''
  }.`;
}

/** What a decision record's tags mean, for the card's "Tags" line (an unknown tag is shown as it is). */
const TAG_WORDS: Readonly<Record<string, string>> = {
  classifier: 'the trained classifier (a model of labelled comments, not a word list) weighed in',
  degraded: 'a semantic provider did not answer, so the comment was held to be safe',
  author_banned: 'the author is banned',
};

/** The tags of a decision in words. */
export const tagWords = (tags: readonly string[]): string => tags.map((t) => TAG_WORDS[t] ?? t).join('; ');

export interface Highlight {
  start: number;
  end: number;
  /** What matched, for the mark's title: check and value. */
  label: string;
}

/** Spans in the body from every check that did not pass (term matches in the author's name excluded). */
export function evidenceHighlights(decision: DecisionRecord | null, text: string): Highlight[] {
  if (!decision) return [];
  const out: Highlight[] = [];
  for (const check of decision.checks) {
    if (check.outcome === 'pass') continue;
    for (const e of check.evidence) {
      const span = bodySpan(e, text);
      if (!span) continue;
      const [start, end] = span;
      // The value when the body says it there (a term); a kind (a threat's `act`) would read as a quote. The
      // classifier's words are those that weighed most in its score, not terms found on a list.
      const label = !valueIn(e, text.slice(start, end))
        ? checkLabel(check.check)
        : check.check === 'classifier'
          ? `${checkLabel(check.check)}, words that weighed in its score: ${e.value}`
          : `${checkLabel(check.check)}: ${e.value}`;
      out.push({ start, end, label });
    }
  }
  return out;
}

export interface Segment {
  text: string;
  /** Set for a highlighted range: the labels of the evidence it covers. */
  mark: string | null;
}

/** Splits the text into plain and highlighted segments; overlapping spans merge into one mark. */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const h of sorted) {
    const last = merged.at(-1);
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      if (!last.label.split('; ').includes(h.label)) last.label = `${last.label}; ${h.label}`;
    } else merged.push({ ...h });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const h of merged) {
    if (h.start > at) segments.push({ text: text.slice(at, h.start), mark: null });
    segments.push({ text: text.slice(h.start, h.end), mark: h.label });
    at = h.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

/**
 * Characters that print nothing but can split a word so that it reads whole to people and not to a
 * filter (`glo\u200Bbalist`): the zero-width space, word joiner, byte order mark and soft hyphen anywhere, and
 * the zero-width joiner and non-joiner between two Latin letters or digits only (elsewhere scripts and emoji
 * sequences need them).
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]|(?<=[A-Za-z0-9])[\u200C\u200D](?=[A-Za-z0-9])/g;

/** The text in runs, each invisible character (see INVISIBLE) a run of its own, so a view can show it. */
export function invisibleRuns(text: string): Array<{ text: string; invisible: boolean }> {
  const runs: Array<{ text: string; invisible: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), invisible: false });
    runs.push({ text: m[0], invisible: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), invisible: false });
  return runs;
}

/** How an invisible character is written for moderators: its code point, `⟨U+200B⟩`. */
export const invisibleLabel = (ch: string): string =>
  `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** The text with every invisible character (see INVISIBLE) written as its code point. */
export const revealInvisible = (text: string): string => text.replace(INVISIBLE, invisibleLabel);

/** "3 min", "2 h 5 min", "4 d": an age or duration for people. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d`;
}
