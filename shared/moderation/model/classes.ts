/**
 * The classifier's classes and what each one does to a comment: a reject reason for the classes a
 * newsroom refuses outright when the model is sure, a hold reason for every class when it is merely
 * likely. `civil` is the class of comments to publish.
 */
import type { RejectReason } from '../../domain/reasons';

export const CLASSIFIER_CLASSES = [
  'civil',
  'threat',
  'violence',
  'extremism',
  'hate',
  'spam',
  'insult',
  'semantic',
  'abuse',
] as const;
export type ClassifierClass = (typeof CLASSIFIER_CLASSES)[number];

interface ClassAction {
  /** Public reason when the model is sure (≥ `rejectAt`); absent for classes that are only held. */
  readonly reject?: RejectReason;
  /** Queue reason when it is likely (≥ `holdAt`). */
  readonly hold: string;
}

export const CLASS_ACTIONS: Record<Exclude<ClassifierClass, 'civil'>, ClassAction> = {
  threat: { reject: 'harassment', hold: 'violence_review' },
  violence: { hold: 'violence_review' },
  extremism: { reject: 'illegal', hold: 'extremism_review' },
  hate: { reject: 'hate', hold: 'hate_review' },
  spam: { reject: 'spam', hold: 'spam_suspect' },
  insult: { hold: 'insult' },
  semantic: { hold: 'misinformation_review' },
  abuse: { reject: 'abuse', hold: 'insult' },
};

export interface ClassifierThresholds {
  /** Hold when the probability that the comment is not civil reaches this. */
  readonly holdAt: number;
  /** Reject when the probability of one rejectable class reaches this. */
  readonly rejectAt: number;
}

export interface ModelVerdict {
  readonly outcome: 'hold' | 'reject';
  readonly cls: Exclude<ClassifierClass, 'civil'>;
  /** Index of `cls` in `CLASSIFIER_CLASSES`. */
  readonly index: number;
  readonly reason: string;
  /** The probability that decided: of `cls` for a rejection, of "not civil" for a hold. */
  readonly score: number;
}

/** What the class probabilities (in `CLASSIFIER_CLASSES` order) say to do, or null to publish. */
export function modelVerdict(p: ArrayLike<number>, t: ClassifierThresholds): ModelVerdict | null {
  let index = 1;
  for (let c = 2; c < CLASSIFIER_CLASSES.length; c++) if (p[c]! > p[index]!) index = c;
  const cls = CLASSIFIER_CLASSES[index] as Exclude<ClassifierClass, 'civil'>;
  const action = CLASS_ACTIONS[cls];
  if (action.reject && p[index]! >= t.rejectAt)
    return { outcome: 'reject', cls, index, reason: action.reject, score: p[index]! };
  const notCivil = 1 - p[0]!;
  return notCivil >= t.holdAt ? { outcome: 'hold', cls, index, reason: action.hold, score: notCivil } : null;
}
