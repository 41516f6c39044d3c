/**
 * The policy editor's fields and the pure parts of its logic: reading values out of the policy, turning
 * the inputs back into an update, and pinning the API's validation details to the field they concern.
 */
import type { ErrorDetail } from './api';

export type FieldKind = 'mode' | 'lines' | 'int' | 'score' | 'bool';

export interface PolicyField {
  /** Dotted path in the policy, as the API names it in validation details. */
  path: string;
  label: string;
  kind: FieldKind;
  group: string;
  hint?: string;
}

const TOXICITY = ['insult', 'threat', 'hate', 'profanity', 'sexual', 'violent_extremism'] as const;

export const POLICY_FIELDS: readonly PolicyField[] = [
  { path: 'mode', label: 'Site moderation mode', kind: 'mode', group: 'General' },
  {
    path: 'newCommenterApprovals',
    label: 'Hold new commenters until this many approvals (0: off)',
    kind: 'int',
    group: 'General',
  },
  {
    path: 'flagThreshold',
    label: 'Reader flags before a comment is reported',
    kind: 'int',
    group: 'General',
  },
  { path: 'editWindowMinutes', label: 'Edit window (minutes)', kind: 'int', group: 'General' },
  { path: 'minBodyLength', label: 'Shortest comment (characters)', kind: 'int', group: 'General' },
  { path: 'maxBodyLength', label: 'Longest comment (characters)', kind: 'int', group: 'General' },
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
  { path: 'links.maxLinks', label: 'Most links in a comment before it is held', kind: 'int', group: 'Links' },
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
    hint: 'Between 0.5 and 1; 1 holds nothing.',
  },
  {
    path: 'classifier.rejectAt',
    label: 'Reject when it is sure of a threat, extremism, hate or spam at',
    kind: 'score',
    group: 'Classifier',
    hint: 'Between 0.5 and 1; 1 rejects nothing.',
  },
  ...TOXICITY.flatMap((c): PolicyField[] => [
    {
      path: `toxicity.${c}.review`,
      label: `${c.replace('_', ' ')}: hold at`,
      kind: 'score',
      group: 'Toxicity thresholds',
    },
    {
      path: `toxicity.${c}.reject`,
      label: `${c.replace('_', ' ')}: reject at`,
      kind: 'score',
      group: 'Toxicity thresholds',
    },
  ]),
];

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
      return /^\d+$/.test(t) ? { value: Number(t) } : { error: 'Enter a whole number.' };
    case 'score': {
      const n = Number(t);
      return t !== '' && Number.isFinite(n) ? { value: n } : { error: 'Enter a number from 0 to 1.' };
    }
    case 'bool':
      return { value: t === 'true' };
    case 'mode':
      return t === 'pre' || t === 'post' ? { value: t } : { error: 'Choose pre or post.' };
  }
}

/**
 * Which field a validation detail belongs to: the field at that path, the list a `bannedTerms.3` entry is
 * in, or the first field inside an object the detail names (`toxicity.insult` → its `review`); null when
 * none does (then the form shows it above the fields).
 */
export function fieldForDetail(detail: ErrorDetail): { field: PolicyField; message: string } | null {
  const exact = POLICY_FIELDS.find((f) => f.path === detail.path);
  if (exact) return { field: exact, message: detail.message };
  const list = POLICY_FIELDS.find((f) => detail.path.startsWith(`${f.path}.`));
  if (list) {
    const index = Number(detail.path.slice(list.path.length + 1).split('.')[0]);
    const where = list.kind === 'lines' && Number.isInteger(index) ? `Entry ${index + 1}: ` : '';
    return { field: list, message: `${where}${detail.message}` };
  }
  const inside = POLICY_FIELDS.find((f) => f.path.startsWith(`${detail.path}.`));
  return inside ? { field: inside, message: detail.message } : null;
}
