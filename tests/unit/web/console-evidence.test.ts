/**
 * The console's decision explained in words (web/console/explain.ts): the sentence naming the deciding
 * check, the evidence ranges highlighted in the text, the quotes (cut, with invisible characters shown),
 * what the tags mean, and durations for people.
 */
import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../../web/console/api';
import {
  decisionSummary,
  evidenceHighlights,
  formatDuration,
  highlightSegments,
  invisibleRuns,
  revealInvisible,
  tagWords,
} from '../../../web/console/explain';

const t = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('the decision in words, with evidence ranges', () => {
  const decision: DecisionRecord = {
    outcome: 'pending',
    decidedBy: 'suspect-terms',
    reason: 'suspect_term',
    tags: [],
    decidedAt: t(1),
    policyVersion: 1,
    checks: [
      { check: 'length', outcome: 'pass', score: 40, evidence: [] },
      {
        check: 'suspect-terms',
        outcome: 'hold',
        reason: 'suspect_term',
        score: 2,
        evidence: [
          { kind: 'term', value: 'false flag', span: [11, 21], detail: 'body: "false flag"' },
          { kind: 'term', value: 'sheeple', span: [0, 7], detail: 'authorName: "sheeple"' },
          { kind: 'term', value: 'flag', span: [17, 24] },
          { kind: 'term', value: 'broken', span: [30, 999] },
        ],
      },
      { check: 'toxicity', outcome: 'pass', evidence: [{ kind: 'lexicon', value: 'x', span: [0, 3] }] },
    ],
  };
  const text = 'That was a false flag op, obviously.';

  it('shows the invisible characters that split a disguised word, and leaves emoji and scripts alone', () => {
    expect(invisibleRuns('glo\u200Bbal ist')).toEqual([
      { text: 'glo', invisible: false },
      { text: '\u200B', invisible: true },
      { text: 'bal ist', invisible: false },
    ]);
    expect(revealInvisible('id\u200Diot, sof\u00ADt, \uFEFFx')).toBe(
      'id⟨U+200D⟩iot, sof⟨U+00AD⟩t, ⟨U+FEFF⟩x',
    );
    // A family emoji and a Persian word need their joiners: nothing to show there.
    for (const fine of ['👨\u200D👩\u200D👧', 'می\u200Cخواهم', 'plain'])
      expect(invisibleRuns(fine)).toEqual([{ text: fine, invisible: false }]);
    const disguised: DecisionRecord = {
      ...decision,
      checks: [
        {
          check: 'suspect-terms',
          outcome: 'hold',
          reason: 'suspect_term',
          evidence: [{ kind: 'term', value: 'globalist', span: [4, 14] }],
        },
      ],
    };
    expect(decisionSummary(disguised, 'The glo\u200Bbalist plan.')).toContain('“glo⟨U+200B⟩balist”');
    // A long span is quoted in part: the highlighted text shows it whole.
    const flood = 'W'.repeat(600);
    const shouted: DecisionRecord = {
      ...decision,
      checks: [
        {
          check: 'suspect-terms',
          outcome: 'hold',
          evidence: [{ kind: 'term', value: flood, span: [0, 600] }],
        },
      ],
    };
    expect(decisionSummary(shouted, flood)).toContain(`“${'W'.repeat(79)}…”`);
  });

  it('says what the classifier’s highlighted words and the decision’s tags mean', () => {
    const weighed: DecisionRecord = {
      ...decision,
      tags: ['classifier', 'degraded', 'new_tag'],
      checks: [
        {
          check: 'classifier',
          outcome: 'hold',
          evidence: [{ kind: 'word', value: 'obviously', span: [26, 35] }],
        },
      ],
    };
    expect(evidenceHighlights(weighed, text)).toEqual([
      { start: 26, end: 35, label: 'Trained classifier, words that weighed in its score: obviously' },
    ]);
    expect(tagWords(weighed.tags)).toBe(
      'the trained classifier (a model of labelled comments, not a word list) weighed in; ' +
        'a semantic provider did not answer, so the comment was held to be safe; new_tag',
    );
  });

  it('quotes no comment id for a repeated post: the reason says what it is', () => {
    const repeated: DecisionRecord = {
      ...decision,
      decidedBy: 'repeat-post',
      reason: 'repeat_post',
      checks: [
        {
          check: 'repeat-post',
          outcome: 'hold',
          reason: 'repeat_post',
          evidence: [{ kind: 'comment', value: '01M954N25FXYZ', detail: 'same text posted 63 s earlier' }],
        },
      ],
    };
    const summary = decisionSummary(repeated);
    expect(summary).toContain('the author posted the same text a moment ago');
    expect(summary).not.toContain('01M954N25FXYZ');
  });

  it('says what a character flood is, not the posting rate the same reason code means elsewhere', () => {
    const flooded: DecisionRecord = {
      ...decision,
      decidedBy: 'text-flood',
      reason: 'flood',
      checks: [{ check: 'text-flood', outcome: 'hold', reason: 'flood', evidence: [] }],
    };
    const rate: DecisionRecord = {
      ...flooded,
      decidedBy: 'flood',
      checks: [{ check: 'flood', outcome: 'hold', reason: 'flood', evidence: [] }],
    };
    expect(decisionSummary(flooded)).toContain(
      'it repeats characters, words, punctuation or emoji at length',
    );
    expect(decisionSummary(flooded)).not.toContain('many comments');
    expect(decisionSummary(rate)).toContain('posted many comments in a short time');
  });

  it('names the deciding check, its reason and what it found', () => {
    expect(decisionSummary(decision)).toBe(
      'Held for review by the “Suspect terms” check: it contains a term on the suspect list (“false flag”, “sheeple”, “flag”, “broken”).',
    );
    expect(decisionSummary({ ...decision, outcome: 'approved', decidedBy: null, reason: null })).toBe(
      'Published automatically: every check passed.',
    );
    const pre = {
      ...decision,
      decidedBy: 'pre-moderation',
      checks: [
        {
          check: 'pre-moderation',
          outcome: 'hold' as const,
          reason: 'pre_moderation',
          evidence: [{ kind: 'mode', value: 'article' }],
        },
      ],
    };
    expect(decisionSummary(pre)).toBe(
      'Held for review by the “Pre-moderation” check: this article is pre-moderated, so every comment waits for a moderator.',
    );
  });

  it('highlights body spans of checks that did not pass, merging overlaps and skipping bad spans', () => {
    const highlights = evidenceHighlights(decision, text);
    // The author-name match, the out-of-range span and the passing check's span are left out.
    expect(highlights.map((h) => [h.start, h.end])).toEqual([
      [11, 21],
      [17, 24],
    ]);
    expect(highlightSegments(text, highlights)).toEqual([
      { text: 'That was a ', mark: null },
      { text: 'false flag op', mark: 'Suspect terms: false flag; Suspect terms: flag' },
      { text: ', obviously.', mark: null },
    ]);
  });

  it('quotes what the body says, not a value that names a kind (a threat’s `act`)', () => {
    const body = 'I will find you and kill you, Amira.';
    const threat: DecisionRecord = {
      ...decision,
      decidedBy: 'threats',
      outcome: 'rejected',
      reason: 'harassment',
      checks: [
        {
          check: 'threats',
          outcome: 'reject',
          reason: 'harassment',
          evidence: [{ kind: 'threat', value: 'act', span: [20, 28], detail: 'act: "kill you" at a person' }],
        },
      ],
    };
    expect(decisionSummary(threat, body)).toMatch(/\(“kill you”\)\.$/);
    expect(evidenceHighlights(threat, body)).toEqual([{ start: 20, end: 28, label: 'Threats' }]);
    // A term is quoted as the policy writes it when the body says it there.
    expect(decisionSummary(decision, text)).toContain('(“false flag”, “sheeple”, “flag”, “broken”)');
  });

  it('keeps plain text whole when there is nothing to highlight', () => {
    expect(highlightSegments('<b>raw</b>', [])).toEqual([{ text: '<b>raw</b>', mark: null }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', mark: null }]);
    expect(evidenceHighlights(null, text)).toEqual([]);
  });

  it('writes durations for people', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(2 * 3600 + 300)).toBe('2 h 5 min');
    expect(formatDuration(5 * 86_400)).toBe('5 d');
  });
});
