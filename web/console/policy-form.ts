/**
 * The policy editor's fields and the pure parts of its logic: reading values out of the policy, turning
 * the inputs back into an update, and pinning the API's validation details to the field they concern. A
 * number's problems are said in the admin's words, with its name and range (`policy-bounds.ts`, the
 * bounds the schema checks), whether found here before sending or by the API.
 */
import { policyBound, type Bound } from '../../shared/moderation/policy-bounds';
import type { ErrorDetail } from './api';

export type FieldKind = 'mode' | 'lines' | 'int' | 'score' | 'bool';

export interface PolicyField {
  /** Dotted path in the policy, as the API names it in validation details. */
  path: string;
  label: string;
  kind: FieldKind;
  group: string;
  hint?: string;
  /** A number's name in a sentence, for its messages ("The edit window (minutes) must be …"). */
  name?: string;
  /** The path of a field this one must not exceed (a hold threshold, its reject threshold). */
  atMost?: string;
}

const TOXICITY = ['insult', 'threat', 'hate', 'profanity', 'sexual', 'violent_extremism'] as const;

export const POLICY_FIELDS: readonly PolicyField[] = [
  { path: 'mode', label: 'Site moderation mode', kind: 'mode', group: 'General' },
  {
    path: 'newCommenterApprovals',
    label: 'Hold new commenters until this many approvals (0: off)',
    kind: 'int',
    group: 'General',
    name: 'The approvals a new commenter needs',
  },
  {
    path: 'flagThreshold',
    label: 'Reader flags before a comment is reported',
    kind: 'int',
    group: 'General',
    name: 'The reader flags before a report',
  },
  {
    path: 'editWindowMinutes',
    label: 'Edit window (minutes)',
    kind: 'int',
    group: 'General',
    name: 'The edit window (minutes)',
  },
  {
    path: 'minBodyLength',
    label: 'Shortest comment (characters)',
    kind: 'int',
    group: 'General',
    name: 'The shortest comment (characters)',
    atMost: 'maxBodyLength',
  },
  {
    path: 'maxBodyLength',
    label: 'Longest comment (characters)',
    kind: 'int',
    group: 'General',
    name: 'the longest comment',
  },
  {
    path: 'bannedTerms',
    label: 'Banned terms (rejected)',
    kind: 'lines',
    group: 'Terms',
    hint: 'One per line; * at either end matches longer words.',
  },
  {
    path: 'suspectTerms',
    label: 'Suspect terms (held for review)',
    kind: 'lines',
    group: 'Terms',
    hint: 'One per line.',
  },
  {
    path: 'allowedTerms',
    label: 'Allowed words that contain a listed term',
    kind: 'lines',
    group: 'Terms',
    hint: 'One per line.',
  },
  {
    path: 'links.maxLinks',
    label: 'Most links in a comment before it is held',
    kind: 'int',
    group: 'Links',
    name: 'The most links in a comment',
  },
  {
    path: 'links.allowedDomains',
    label: 'Trusted domains (never counted or held)',
    kind: 'lines',
    group: 'Links',
    hint: 'One domain per line, e.g. example.com.',
  },
  {
    path: 'links.blockedDomains',
    label: 'Blocked domains (rejected as spam)',
    kind: 'lines',
    group: 'Links',
    hint: 'One domain per line.',
  },
  {
    path: 'links.holdIdnHosts',
    label: 'Hold links to hosts in non-ASCII letters',
    kind: 'bool',
    group: 'Links',
  },
  { path: 'classifier.enabled', label: 'Use the trained classifier', kind: 'bool', group: 'Classifier' },
  {
    path: 'classifier.holdAt',
    label: 'Hold when it finds a comment unlikely to be civil at',
    kind: 'score',
    group: 'Classifier',
    hint: '1 holds nothing.',
    name: 'The classifier’s hold threshold',
  },
  {
    path: 'classifier.rejectAt',
    label: 'Reject when it is sure of a threat, extremism, hate or spam at',
    kind: 'score',
    group: 'Classifier',
    hint: '1 rejects nothing.',
    name: 'The classifier’s reject threshold',
  },
  ...TOXICITY.flatMap((c): PolicyField[] => [
    {
      path: `toxicity.${c}.review`,
      label: `${c.replace('_', ' ')}: hold at`,
      kind: 'score',
      group: 'Toxicity thresholds',
      name: `The ${c.replace('_', ' ')} hold threshold`,
      atMost: `toxicity.${c}.reject`,
    },
    {
      path: `toxicity.${c}.reject`,
      label: `${c.replace('_', ' ')}: reject at`,
      kind: 'score',
      group: 'Toxicity thresholds',
      name: `the ${c.replace('_', ' ')} reject threshold`,
    },
  ]),
];

const fieldAt = (path: string): PolicyField | undefined => POLICY_FIELDS.find((f) => f.path === path);
const numberText = (n: number): string => n.toLocaleString('en');
const sentence = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** A number's allowed values in words: "from 0 to 100", "between 0.5 and 1". */
function rangeWords(b: Bound): string {
  return b.integer
    ? `a whole number from ${numberText(b.min)} to ${numberText(b.max)}`
    : `between ${numberText(b.min)} and ${numberText(b.max)}`;
}

/** What a number field takes, as its hint says it: its range (from the policy's own bounds), then its note. */
export function hintOf(field: PolicyField): string | undefined {
  const b = policyBound(field.path);
  if (!b) return field.hint;
  const range = b.integer
    ? `A whole number from ${numberText(b.min)} to ${numberText(b.max)}.`
    : `From ${numberText(b.min)} to ${numberText(b.max)}.`;
  return field.hint ? `${range} ${field.hint}` : range;
}

/** "The insult hold threshold must be between 0 and 1.": the field by its name, and its bounds. */
export function rangeMessage(field: PolicyField): string {
  const b = policyBound(field.path);
  const name = sentence(field.name ?? field.label);
  return b ? `${name} must be ${rangeWords(b)}.` : `${name} must be a number.`;
}

/** "The insult hold threshold must not be above the insult reject threshold." */
export function atMostMessage(field: PolicyField): string {
  const other = field.atMost ? fieldAt(field.atMost) : undefined;
  return `${sentence(field.name ?? field.label)} must not be above ${other?.name ?? other?.label ?? 'its pair'}.`;
}

/**
 * The fields whose value exceeds the one it must not (`atMost`), among parsed `values` by path: the
 * policy's own cross-field rules, checked before sending.
 */
export function pairProblems(
  values: ReadonlyMap<string, unknown>,
): { field: PolicyField; message: string }[] {
  return POLICY_FIELDS.filter((f) => {
    const [value, limit] = [values.get(f.path), f.atMost && values.get(f.atMost)];
    return typeof value === 'number' && typeof limit === 'number' && value > limit;
  }).map((field) => ({ field, message: atMostMessage(field) }));
}

export function getPath(obj: unknown, path: string): unknown {
  let at: unknown = obj;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = obj;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    at = (typeof next === 'object' && next !== null ? next : (at[key] = {})) as Record<string, unknown>;
  }
  at[keys.at(-1) ?? path] = value;
}

/** The text an input shows for a policy value. */
export function fieldText(field: PolicyField, value: unknown): string {
  if (field.kind === 'lines') return Array.isArray(value) ? value.join('\n') : '';
  if (field.kind === 'bool') return value === true ? 'true' : 'false';
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

/** Reads one input back: the value to send, or a message saying what is wrong with it. */
export function parseField(field: PolicyField, text: string): { value: unknown } | { error: string } {
  const t = text.trim();
  switch (field.kind) {
    case 'lines':
      return {
        value: text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== ''),
      };
    case 'int':
    case 'score': {
      const n = Number(t);
      const b = policyBound(field.path);
      const fits =
        t !== '' &&
        Number.isFinite(n) &&
        (field.kind === 'score' || Number.isInteger(n)) &&
        (!b || (n >= b.min && n <= b.max));
      return fits ? { value: n } : { error: rangeMessage(field) };
    }
    case 'bool':
      return { value: t === 'true' };
    case 'mode':
      return t === 'pre' || t === 'post' ? { value: t } : { error: 'Choose pre or post.' };
  }
}

/** Zod's own words for a number out of range or of the wrong type, which the API's details carry. */
const RAW_NUMBER_ISSUE = /^(Too big|Too small|Invalid input)\b/;

/**
 * The API's message for `field` in the admin's words: a number's range or its pair rule said with the
 * field's name and the policy's bounds; any other message (a term's, a domain's) as the API wrote it.
 */
function inWords(field: PolicyField, message: string): string {
  if (field.kind !== 'int' && field.kind !== 'score') return message;
  return RAW_NUMBER_ISSUE.test(message) || !field.atMost ? rangeMessage(field) : atMostMessage(field);
}

/**
 * Which field a validation detail belongs to: the field at that path, the list a `bannedTerms.3` entry is
 * in, or the first field inside an object the detail names (`toxicity.insult` → its `review`); null when
 * none does (then the form shows it above the fields).
 */
export function fieldForDetail(detail: ErrorDetail): { field: PolicyField; message: string } | null {
  const exact = fieldAt(detail.path);
  if (exact) return { field: exact, message: inWords(exact, detail.message) };
  const list = POLICY_FIELDS.find((f) => detail.path.startsWith(`${f.path}.`));
  if (list) {
    const index = Number(detail.path.slice(list.path.length + 1).split('.')[0]);
    const where = list.kind === 'lines' && Number.isInteger(index) ? `Entry ${index + 1}: ` : '';
    return { field: list, message: `${where}${detail.message}` };
  }
  // A rule of a group (`toxicity.insult`: review must not exceed reject) goes to its first field.
  const inside = POLICY_FIELDS.find((f) => f.path.startsWith(`${detail.path}.`));
  return inside ? { field: inside, message: inWords(inside, detail.message) } : null;
}
