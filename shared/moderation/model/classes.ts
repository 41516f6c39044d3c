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
  'personal',
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
  // Pointing readers at a person (where they live or work, who is behind a handle): held for a moderator, as
  // the personal-data check holds it, never rejected (LABELLING.md, `personal_data`).
  personal: { hold: 'personal_data' },
};

export interface ClassifierThresholds {
  /** Hold when the probability that the comment is not civil reaches this. */
  readonly holdAt: number;
  /** Reject when the probabilities of the rejectable classes, summed, reach this. */
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

/** The thresholds for a comment the model may hold but never reject (one spelt out letter by letter). */
export const holdOnly = (t: ClassifierThresholds): ClassifierThresholds => ({
  holdAt: t.holdAt,
  rejectAt: Infinity,
});

/** What a comment says of whom it speaks to and of whom it praises, for `modelVerdict`. */
export interface CommentFacts {
  /** Whether the comment addresses or names anyone (default true). */
  addressed?: boolean;
  /** Whether it praises only those on the other side of the organisations it names (default false). */
  adversariesOnly?: boolean;
  /** Whether it reports a scam and gives no way to reach anyone (default false). */
  scamReported?: boolean;
  /** Whether it reports a threat told to someone else and speaks to no one (default false). */
  threatReported?: boolean;
  /** Whether it names office holders or a political class and no protected group (default false). */
  officialsOnly?: boolean;
  /** Whether it speaks of pests and their control and names no protected group (default false). */
  pestsOnly?: boolean;
}

/**
 * What the class probabilities (in `CLASSIFIER_CLASSES` order) say to do, or null to publish. A comment
 * is rejected when it is surely one of the rejectable classes — their probabilities summed, since a
 * comment the model splits between `threat` and `abuse` is no less surely removable — for the reason of
 * the likeliest of them; else held when it is likely not civil. What the comment says of whom it speaks to
 * (`CommentFacts`): if it addresses nobody (`addressesAnyone` in `classifier.ts`), `abuse` is not rejectable;
 * praise only of an organisation's adversaries takes `extremism` out, a scam reported with no way to reach
 * anyone (`detectors/scam-report.ts`) takes `spam` out, a threat reported to no one (`detectors/threat-report.ts`)
 * takes `threat` out, and a comment about office holders that names no protected group takes `hate` out of the
 * rejectable mass; one about pests and their control that names no group (`detectors/officials.ts`) takes it out of
 * both masses.
 */
export function modelVerdict(
  p: ArrayLike<number>,
  t: ClassifierThresholds,
  {
    addressed = true,
    adversariesOnly = false,
    scamReported = false,
    threatReported = false,
    officialsOnly = false,
    pestsOnly = false,
  }: CommentFacts = {},
): ModelVerdict | null {
  let index = 1;
  let rejectIndex = -1;
  let rejectable = 0;
  for (let c = 1; c < CLASSIFIER_CLASSES.length; c++) {
    if ((c === SPAM && scamReported) || (c === THREAT && threatReported) || (c === HATE && pestsOnly))
      continue;
    if (p[c]! > p[index]!) index = c;
    if (
      !REJECTABLE[c] ||
      (c === ABUSE && !addressed) ||
      (c === EXTREMISM && adversariesOnly) ||
      (c === HATE && officialsOnly)
    )
      continue;
    rejectable += p[c]!;
    if (rejectIndex === -1 || p[c]! > p[rejectIndex]!) rejectIndex = c;
  }
  if (rejectIndex !== -1 && rejectable >= t.rejectAt) {
    const cls = CLASSIFIER_CLASSES[rejectIndex] as Exclude<ClassifierClass, 'civil'>;
    return {
      outcome: 'reject',
      cls,
      index: rejectIndex,
      reason: CLASS_ACTIONS[cls].reject!,
      score: rejectable,
    };
  }
  const cls = CLASSIFIER_CLASSES[index] as Exclude<ClassifierClass, 'civil'>;
  // Praise of those who fought an organisation is not praise of it: its `extremism` mass does not hold either.
  // Nor is a reader's report of a scam a pitch: its `spam` mass holds nothing.
  const notCivil =
    1 -
    p[0]! -
    (adversariesOnly ? p[EXTREMISM]! : 0) -
    (scamReported ? p[SPAM]! : 0) -
    (threatReported ? p[THREAT]! : 0) -
    (pestsOnly ? p[HATE]! : 0);
  return notCivil >= t.holdAt
    ? { outcome: 'hold', cls, index, reason: CLASS_ACTIONS[cls].hold, score: notCivil }
    : null;
}

/**
 * `abuse` is severe abuse aimed at a person: in a comment that addresses and names nobody (`f*ck this`)
 * it is profanity, which the model may hold but not reject (`addressed` false).
 */
const ABUSE = CLASSIFIER_CLASSES.indexOf('abuse');
/**
 * `extremism` in a comment that names organisations and attackers only as the adversary (`the women who
 * fought against ISIS are heroes`) is praise of someone else: held at most (`adversariesOnly` true).
 */
const EXTREMISM = CLASSIFIER_CLASSES.indexOf('extremism');
/**
 * `spam` in a comment that reports or warns about a scam and leaves no way to reach anyone (`detectors/scam-report.ts`)
 * is the topic's words, not a pitch: it counts for nothing (`scamReported` true).
 */
const SPAM = CLASSIFIER_CLASSES.indexOf('spam');
/** `threat` in a comment that reports a threat told to someone else and speaks to no one (`detectors/threat-report.ts`). */
const THREAT = CLASSIFIER_CLASSES.indexOf('threat');
/**
 * `hate` in a comment that names office holders or a political class and no protected group (`Brussels bureaucrats are
 * parasites living off our taxes`, round 65): contempt for the powerful, which the model learnt from hate's words;
 * held at most (`officialsOnly` true).
 */
const HATE = CLASSIFIER_CLASSES.indexOf('hate');

/** Per class index: whether the class has a reject reason. */
const REJECTABLE: readonly boolean[] = CLASSIFIER_CLASSES.map(
  (c) => c !== 'civil' && CLASS_ACTIONS[c].reject !== undefined,
);
