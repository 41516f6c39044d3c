import { describe, expect, it } from 'vitest';
import { predict, serialise, train } from '../../../scripts/model/softmax';
import type { Example } from '../../../scripts/model/softmax';
import { CLASSIFIER_CLASSES, modelVerdict } from '../../../shared/moderation/model/classes';
import { addressesAnyone, classify, defaultModel } from '../../../shared/moderation/model/classifier';
import { onTheOtherSide } from '../../../shared/moderation/detectors/extremism';
import { modelFeatures } from '../../../shared/moderation/model/features';
import { LinearModel } from '../../../shared/moderation/model/linear-model';
import modelMeta from '../../../shared/moderation/model/model-meta.json' with { type: 'json' };
import { defaultPolicy } from '../../../shared/moderation/policy';
import { CLASSIFIER_DEFAULTS } from '../../../shared/moderation/policy-defaults';

const probabilities = (entries: Partial<Record<(typeof CLASSIFIER_CLASSES)[number], number>>): number[] =>
  CLASSIFIER_CLASSES.map((c) => entries[c] ?? 0);

describe('classifier features', () => {
  it('reads words, stems, word pairs and cues, and names them on request', () => {
    const { names } = modelFeatures('I know where you live, @Reader. Terroristen everywhere.', true);
    expect(names).toEqual(
      expect.arrayContaining(['word:know', 'pair:know where', 'word:@', 'stem:terro', 'cue:you']),
    );
    expect(names!.some((n) => n.startsWith('cue:') && n.includes('+'))).toBe(true);
  });

  it('gives a quoted word a feature of its own: a quoted slur is a mention', () => {
    const plain = modelFeatures('they are vermin').ids;
    const quoted = modelFeatures('they are "vermin"').ids;
    expect(plain).not.toEqual(quoted);
    expect(new Set(quoted).size).toBe(quoted.length);
  });

  it('reads how a rumour is told, one feature per kind in every language', () => {
    const style = (text: string) =>
      modelFeatures(text, true)
        .names!.filter((n) => n.startsWith('style:'))
        .sort();
    expect(style('Another "youth"... 70% of them?? My cousin says the recording was deleted 🙄')).toEqual([
      'style:ellipsis',
      'style:hidden',
      'style:kin',
      'style:knowing',
      'style:leak',
      'style:percent',
      'style:questions',
      'style:scare',
    ]);
    expect(style('Знакомый из МЧС рассказал, запись засекретили.')).toEqual([
      'style:hidden',
      'style:kin',
      'style:leak',
    ]);
    // A long quotation is a citation, not scare quotes; one question is a question.
    expect(style('The minister said "we will publish every figure by Friday". Will she?')).toEqual([]);
  });

  it('is the same for the same text, and every span points into it', () => {
    const text = 'Wir wissen, wo du wohnst. Nous savons où tu habites.';
    const a = modelFeatures(text);
    expect(modelFeatures(text).ids).toEqual(a.ids);
    a.ends.forEach((end, i) => {
      expect(end).toBeLessThanOrEqual(text.length);
      expect(a.starts[i]).toBeLessThanOrEqual(end);
    });
    expect(a.ids).not.toContain(0);
  });
});

describe('what the probabilities say to do', () => {
  const t = { holdAt: 0.9, rejectAt: 0.8 };

  it('rejects a rejectable class it is sure of, with that class reason', () => {
    expect(modelVerdict(probabilities({ civil: 0.1, threat: 0.85, hate: 0.05 }), t)).toMatchObject({
      outcome: 'reject',
      cls: 'threat',
      reason: 'harassment',
    });
  });

  it('rejects what it splits between rejectable classes, for the likeliest one', () => {
    const verdict = modelVerdict(probabilities({ civil: 0.05, threat: 0.5, hate: 0.45 }), t);
    expect(verdict).toMatchObject({ outcome: 'reject', cls: 'threat', reason: 'harassment' });
    expect(verdict?.score).toBeCloseTo(0.95);
  });

  it('holds what is merely unlikely to be civil, and classes that are never rejected', () => {
    expect(modelVerdict(probabilities({ civil: 0.05, threat: 0.4, violence: 0.55 }), t)).toMatchObject({
      outcome: 'hold',
      cls: 'violence',
      reason: 'violence_review',
    });
    expect(modelVerdict(probabilities({ civil: 0.02, semantic: 0.98 }), t)).toMatchObject({
      outcome: 'hold',
      reason: 'misinformation_review',
    });
  });

  it('rejects abuse only in a comment that addresses or names someone; otherwise holds it', () => {
    const p = probabilities({ civil: 0.05, abuse: 0.95 });
    expect(modelVerdict(p, t, { addressed: true })).toMatchObject({ outcome: 'reject', reason: 'abuse' });
    expect(modelVerdict(p, t, { addressed: false })).toMatchObject({ outcome: 'hold', reason: 'insult' });
    expect(addressesAnyone('f*ck this')).toBe(false);
    expect(addressesAnyone('@mara f*ck you')).toBe(true);
    expect(addressesAnyone('Helen Marsh writes garbage')).toBe(true);
  });

  it('rejects or holds extremism only where an organisation or attacker is not named solely as the adversary', () => {
    const p = probabilities({ civil: 0.02, extremism: 0.98 });
    expect(modelVerdict(p, t, { adversariesOnly: false })).toMatchObject({
      outcome: 'reject',
      reason: 'illegal',
    });
    // On the other side, its extremism mass neither rejects nor holds (round 23); the rest of it still holds.
    expect(modelVerdict(p, t, { adversariesOnly: true })).toBeNull();
    expect(
      modelVerdict(probabilities({ civil: 0.02, extremism: 0.04, semantic: 0.94 }), t, {
        adversariesOnly: true,
      }),
    ).toMatchObject({ outcome: 'hold' });
    expect(onTheOtherSide('The Kurdish women who fought against ISIS are heroes.')).toBe(true);
    expect(onTheOtherSide('Glory to the Kurdish women who drove ISIS out of Kobani. Real heroes.')).toBe(
      true,
    );
    expect(onTheOtherSide('Слава бойцам, которые освободили Пальмиру от ИГИЛ.')).toBe(true);
    expect(onTheOtherSide('The teacher who hid her pupils from Boko Haram deserves a medal.')).toBe(true);
    expect(onTheOtherSide('The passengers who tackled the gunman were heroes.')).toBe(true);
    expect(onTheOtherSide('The schoolgirls kidnapped by Boko Haram in Chibok are heroes.')).toBe(true);
    // A colon right after the praise introduces its object.
    expect(onTheOtherSide('Heroes: the firefighters who went back into the Bataclan.')).toBe(true);
    expect(onTheOtherSide('The brothers of ISIS are heroes.')).toBe(false);
    expect(onTheOtherSide('Glory to Hamas, who fight against the occupation.')).toBe(false);
    expect(onTheOtherSide('Heroes, all of them.')).toBe(false);
    // Or when all its praise is for those on the other side, within the praise's clause.
    expect(
      onTheOtherSide('Glory to the nurses of Kabul airport. The ISIS-K bombers killed 13 of them.'),
    ).toBe(true);
    expect(onTheOtherSide('PKK fighters are heroes and every soldier they take out is justice.')).toBe(false);
    expect(onTheOtherSide('The Shabaab lions are heroes, they punished the soldiers.')).toBe(false);
  });

  it('holds doxxing as personal data even beside some threat: its mass is not rejectable', () => {
    expect(modelVerdict(probabilities({ civil: 0.02, personal: 0.7, threat: 0.28 }), t)).toMatchObject({
      outcome: 'hold',
      cls: 'personal',
      reason: 'personal_data',
    });
  });

  it('rejects severe abuse aimed at a person as abuse; a mere insult is only held', () => {
    expect(modelVerdict(probabilities({ civil: 0.01, abuse: 0.99 }), t)).toMatchObject({
      outcome: 'reject',
      cls: 'abuse',
      reason: 'abuse',
    });
    expect(modelVerdict(probabilities({ civil: 0.01, insult: 0.99 }), t)).toMatchObject({
      outcome: 'hold',
      reason: 'insult',
    });
  });

  it('publishes the rest', () => {
    expect(modelVerdict(probabilities({ civil: 0.3, threat: 0.4, hate: 0.3 }), t)).toBeNull();
  });
});

describe('training and the stored model', () => {
  // A toy language: comments with "menace" are threats, with "vermin" hate, the rest civil.
  const texts: Array<[string, number]> = [];
  const civilWords = [
    'budget',
    'ceasefire',
    'election',
    'sanctions',
    'article',
    'minister',
    'report',
    'border',
  ];
  civilWords.forEach((w, i) => {
    texts.push([`the ${w} debate continues ${i}`, 0], [`I read the ${w} piece`, 0]);
    texts.push([`menace menace ${w}`, 1], [`they are vermin ${w}`, 4]);
  });
  const examples: Example[] = texts.map(([text, cls]) => ({ ids: modelFeatures(text).ids, cls }));
  const trained = train(examples, { classes: CLASSIFIER_CLASSES, epochs: 30, minCount: 1 });

  it('learns a separable toy set', () => {
    for (const e of examples) {
      const p = predict(trained, e.ids);
      expect(p.indexOf(Math.max(...p))).toBe(e.cls);
    }
  });

  it('scores the same once quantised and stored', () => {
    const stored = new LinearModel(serialise(trained, {}));
    for (const e of examples) {
      const exact = predict(trained, e.ids);
      const quantised = stored.probabilities(e.ids);
      exact.forEach((p, c) => expect(quantised[c]).toBeCloseTo(p, 1));
    }
  });

  it('names the words behind a verdict, with their place in the text', () => {
    const stored = new LinearModel(serialise(trained, {}));
    const text = 'menace menace election';
    const { verdict, evidence } = classify(text, { holdAt: 0.6, rejectAt: 0.6 }, stored);
    expect(verdict).toMatchObject({ cls: 'threat', outcome: 'reject' });
    expect(evidence[0]).toMatchObject({ kind: 'classifier', value: 'threat' });
    const words = evidence.filter((e) => e.kind === 'feature');
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(text.slice(w.span![0], w.span![1])).toBe(w.value);
    expect(words.map((w) => w.value)).toContain('menace');
  });

  it('gives unknown words no weight', () => {
    const stored = new LinearModel(serialise(trained, {}));
    const unknown = stored.probabilities(modelFeatures('zzzqx wvvqk').ids);
    const empty = stored.probabilities([]);
    unknown.forEach((p, c) => expect(p).toBeCloseTo(empty[c]!, 6));
  });
});

describe('the shipped model', () => {
  it('is used with the thresholds its training chose, or those its retrain rule kept (retrain → update CLASSIFIER_DEFAULTS)', () => {
    const { crossValidation, shippedThresholds } = modelMeta.trainedOn as {
      crossValidation: { thresholds: unknown };
      shippedThresholds?: { holdAt: number; rejectAt: number; why: string };
    };
    if (shippedThresholds) {
      const { why, ...thresholds } = shippedThresholds;
      // Kept by a rule written before training (docs/moderation-rounds.md says which and why).
      expect(why).toMatch(/docs\/moderation-rounds\.md/);
      expect(thresholds).toEqual(CLASSIFIER_DEFAULTS);
    } else expect(crossValidation.thresholds).toEqual(CLASSIFIER_DEFAULTS);
    expect(defaultPolicy().classifier).toEqual({ enabled: true, ...CLASSIFIER_DEFAULTS });
  });

  it('decodes, has every class, and publishes plain civil comments', () => {
    const model = defaultModel();
    expect(model.classes).toEqual(CLASSIFIER_CLASSES);
    const civil = [
      'Thanks for the clear explainer on the sanctions regime.',
      'The ceasefire talks in Doha seem stalled again; any news from the mediators?',
    ];
    for (const text of civil) expect(classify(text, { holdAt: 0.99, rejectAt: 0.9 }).verdict).toBeNull();
  });

  /**
   * Short civil replies to someone: before dev49 and dev50 (comments that speak to someone) were trained on,
   * the model had read `you` mostly in comments to act on, and held or rejected 5 of these 20 (written by
   * the project, never trained on); `Why do you assume the army will stay loyal?` is still rejected.
   */
  it('publishes short civil replies addressed to someone', () => {
    const replies = [
      'If you want the source, read the report linked in the article.',
      'You make a fair point about the sanctions.',
      'Did you read the whole piece before commenting?',
      'You should look at the 2014 figures too.',
      'Are you sure about that number? The article says 40,000.',
      'See you all in the next thread.',
      'You might want to check the second paragraph again.',
      'If you read German, the original interview is better.',
      'You are conflating two different treaties here.',
      'Could you share where you got that figure?',
    ];
    for (const text of replies) expect(classify(text, CLASSIFIER_DEFAULTS).verdict, text).toBeNull();
  });

  /**
   * Devotional words are neither features nor cues (`DEVOTIONAL` in features.ts, the cue lexicon): before
   * the sixteenth round the first two were rejected as extremism at 0.98 and more.
   */
  it('publishes comments that use devotional expressions', () => {
    const comments = [
      'Allahu akbar, my brother was pulled alive from the rubble.',
      'Allahu akbar, may they rest in peace.',
      'Alhamdulillah my family in Antakya is safe.',
      'Inshallah the ceasefire holds.',
      'Thank God nobody was hurt in the blast.',
      'Слава Богу, все живы.',
    ];
    for (const text of comments) expect(classify(text, CLASSIFIER_DEFAULTS).verdict, text).toBeNull();
    expect(modelFeatures('Allahu akbar, inshallah. Alhamdulillah, слава Богу.', true).names).toEqual([
      'word:слава',
      'cue:praise',
    ]);
  });
});
