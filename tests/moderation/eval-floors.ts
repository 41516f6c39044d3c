/**
 * The measured figures of the default local pipeline on each held-out half (docs/moderation.md), with the
 * history of each figure in its comment: data, one entry per half, read by `eval-set.test.ts`. The floors are
 * what was measured, not targets: a change that lowers one is a regression to explain.
 */
import type { Half } from './eval-set';

/** Held-out figures of the default local pipeline, as measured (docs/moderation.md), per held-out half. */
export const HELDOUT_FLOORS = {
  heldout: {
    /** 0.98 (98 of 100) after the eleventh round's model; 95 of 97 since the twelfth round's; 96 of 99 since the fifteenth's. */
    rejectPrecision: 0.96,
    /**
     * 0.95 until the eleventh round's model held one comment labelled reject (98 of 104); the twelfth
     * round's (reject at 0.61) holds three more of them (95 of 104); the thirteenth round's rejects 97, the
     * fourteenth's 96 (and the fifteenth's); the sixteenth's 95; the eighteenth's 94.
     */
    rejectRecall: 0.9,
    /**
     * 0.95 until the twelfth round (195 of 206), 0.96 with the thirteenth round's model (199 of 206), 195 of
     * 206 with the fourteenth's at hold 0.92, 199 once its hold threshold was 0.87, 195 since the fifteenth
     * round's (hold 0.92).
     */
    flaggedRecall: 0.94,
    /** At most: civil and Scunthorpe comments held or rejected (2 of 144; 3 since the eighteenth round's end). */
    civilFalsePositive: 0.021,
    /** At most. */
    scunthorpeFlagged: 0,
  },
  /** Written by a writer new to the project in the eighth round, scored once (docs/moderation-rounds.md). */
  heldout2: {
    /** 76 of 76 since the thirteenth round's model. */
    rejectPrecision: 0.98,
    /** 0.96 (77 of 80) until the thirteenth round's model held one of them (76 of 80); 75 since the seventeenth's; 74 since the twentieth's. */
    rejectRecall: 0.92,
    /** 0.89 until the eleventh round (155 of 170 since; 156 with the fourteenth round's model, 154 with the sixteenth's). */
    flaggedRecall: 0.9,
    /** At most: none of its 130 civil and Scunthorpe comments was held or rejected. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written by another new writer in the tenth round, first scored before that round changed anything. */
  heldout3: {
    /**
     * 0.97 until the twelfth round (79 of 80), 79 of 81 since the thirteenth round's model, 79 of 82 since
     * the eighteenth round (one civil comment rejected by its rules, one comment labelled hold by its model).
     */
    rejectPrecision: 0.96,
    rejectRecall: 0.98,
    /**
     * 0.93 from the eleventh round's model to the twelfth's (161 of 170), 164 of 170 with the thirteenth's,
     * 162 of 170 since the fourteenth's (163 at its hold 0.87, 162 again since the fifteenth's).
     */
    flaggedRecall: 0.95,
    /** At most: none of its 130 civil and Scunthorpe comments was held or rejected until the eighteenth round (1 since). */
    civilFalsePositive: 0.008,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 26 by a sixth new writer, asked for messier comments (long ones with one offending
   * clause, replies quoting others, informal spelling); first scored before that round changed anything
   * (reject 0.987 / 0.963, flagged 0.947, civil 1.5%), then after its retrain (these figures).
   */
  heldout5: {
    /** 0.97 until the thirteenth round's model (78 of 79), 79 of 81 since the fourteenth's, 77 of 79 since the sixteenth's. */
    rejectPrecision: 0.97,
    /** 79 of 80 until the sixteenth round's model (77 of 80). */
    rejectRecall: 0.96,
    /**
     * 0.92 until the thirteenth round's model (162 of 170 with it and the fourteenth's, 160 with the
     * fifteenth's, 159 since the sixteenth's).
     */
    flaggedRecall: 0.93,
    /** At most: 3 of its 130 civil and Scunthorpe comments were held (2 before the retrain). */
    civilFalsePositive: 0.025,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 29 by a seventh new writer, 240 comments in the proportions of the outside set
   * issue 12 describes (mostly civil; bare-domain spam, shorteners, personal data, insults in five
   * languages); scored once, nothing changed because of it.
   */
  heldout6: {
    /**
     * 48 of 50 until the fourteenth round's model rejected one more comment labelled hold (48 of 51):
     * 0.941, one comment under the 0.95 target (docs/moderation-rounds.md, "Fourteenth round"); 48 of 50 again
     * since the fifteenth round's model.
     */
    rejectPrecision: 0.96,
    /** 48 of 48. */
    rejectRecall: 1,
    /**
     * 104 of 107 until the thirteenth round's model, 103 with it, 102 with the fourteenth's, 103 since the
     * fifteenth's, 102 since the eighteenth's.
     */
    flaggedRecall: 0.95,
    /** At most: 1 of its 133 civil and Scunthorpe comments was held (2 with the first of the eighteenth round's models). */
    civilFalsePositive: 0.016,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 31 by an eighth new writer, 240 comments in the same proportions, asked for what
   * filters find hard (the bad sentence in a long comment, replies that quote and attack, no keywords,
   * code-switching; 49% not English); scored once, nothing changed because of it.
   */
  heldout7: {
    /**
     * 48 of 50 until the thirteenth round's model rejected one more comment labelled hold (48 of 51):
     * 0.941, one comment under the 0.95 target (docs/moderation-rounds.md, "Thirteenth round"); 48 of 50 again
     * since the fifteenth round's model.
     */
    rejectPrecision: 0.96,
    /** 48 of 48. */
    rejectRecall: 1,
    /** 101 of 107; 100 since the sixteenth round's model. */
    flaggedRecall: 0.93,
    /** At most: none of its 133 civil and Scunthorpe comments was held. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 32 by a ninth new writer, 240 comments in the proportions issue 12 gives for its
   * outside set (145 civil, a handful per flagged category, insults in four languages), after the
   * thirteenth round's retrain; scored once, nothing changed because of it.
   */
  heldout8: {
    /** 37 of 37 until the fifteenth round's model rejected one comment labelled hold (37 of 38). */
    rejectPrecision: 0.97,
    /** 37 of 37. */
    rejectRecall: 1,
    /** 93 of 95 (91 with the fourteenth round's model at hold 0.92), 92 since the fifteenth's. */
    flaggedRecall: 0.96,
    /** At most: none of its 145 civil and Scunthorpe comments was held. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 33 by a tenth new writer, 240 comments in the same proportions, 55% not English, while
   * nothing in the pipeline changed; scored once, nothing changed because of it.
   */
  heldout9: {
    /** 37 of 38. */
    rejectPrecision: 0.97,
    /** 37 of 37 until the nineteenth round's model held one of them (36 of 37). */
    rejectRecall: 0.97,
    /** 90 of 95 (89 with the fourteenth round's model at hold 0.92, and since the eighteenth's at hold 0.90). */
    flaggedRecall: 0.93,
    /** At most: 2 of its 145 civil and Scunthorpe comments when first scored (1 since the fourteenth round). */
    civilFalsePositive: 0.014,
    /**
     * At most: one of its 15 Scunthorpe words was held or rejected, against a target of none (reported),
     * until the sixteenth round's model published it (never read).
     */
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 33 by an eleventh new writer, 240 comments in the same proportions, after the
   * fourteenth round's retrain; scored once before and once after the threshold rule changed (the same
   * figures both times), nothing changed because of it.
   */
  heldout10: {
    /** 37 of 39: 0.949, under the 0.95 target by a fraction of a comment (reported). */
    rejectPrecision: 0.94,
    /** 37 of 37. */
    rejectRecall: 1,
    /** 90 of 95; 91 since the fifteenth round's model. */
    flaggedRecall: 0.95,
    /** At most: none of its 145 civil and Scunthorpe comments was held. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 34 by a twelfth new writer of held-out halves: 240 short comments (2 to 20 words, most under 12, many
   * of them replies addressed to someone), 150 civil and 90 to act on, half not English; scored once before
   * the fifteenth round changed anything and once after (the same figures both times).
   */
  heldout11: {
    /** 41 of 43. */
    rejectPrecision: 0.95,
    /** 41 of 43. */
    rejectRecall: 0.95,
    /** 83 of 90. */
    flaggedRecall: 0.92,
    /** At most: 1 of its 150 civil and Scunthorpe comments was rejected. */
    civilFalsePositive: 0.007,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 34 by a thirteenth new writer of held-out halves, 240 comments in the outside set's proportions (145 to
   * publish, 95 to act on, 52% not English), after the fifteenth round's retrain; scored once, nothing
   * changed because of it.
   */
  heldout12: {
    /** 39 of 40; 38 of 39 since the sixteenth round's model. */
    rejectPrecision: 0.97,
    /** 39 of 39; 38 of 39 since the sixteenth round's model. */
    rejectRecall: 0.97,
    /** 92 of 95; 91 since the sixteenth round's model. */
    flaggedRecall: 0.95,
    /**
     * At most: none of its 145 civil and Scunthorpe comments was held until round 26's windowed reading of
     * long comments held one (1 of 145).
     */
    civilFalsePositive: 0.007,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 34 by a fifteenth new writer of held-out halves: comments that name protected groups
   * (facts, news, rights, identity) beside hate and dog whistles about the same groups, 130 to publish and
   * 70 to act on; first scored before the seventeenth round changed anything (reject 0.873 / 1.000, flagged
   * 0.957, civil 4 of 130), then after its retrain.
   */
  heldout14: {
    /** 47 of 51: under the 0.95 target (reported; 47 of 52 with the first of the eighteenth round's models). */
    rejectPrecision: 0.92,
    /** 47 of 48. */
    rejectRecall: 0.97,
    /** 67 of 70. */
    flaggedRecall: 0.95,
    /** At most: 2 of its 130 civil comments were held or rejected. */
    civilFalsePositive: 0.016,
    scunthorpeFlagged: 0,
  },

  /**
   * Written at stop 35 by a seventeenth new writer of held-out halves: violence aimed at groups, peoples
   * and places (calls to kill, burn or bomb them, `death to …`) beside the civil comments that use the
   * same words, 115 to publish and 85 to act on; first scored before the eighteenth round changed
   * anything (reject 0.938 / 0.469, flagged 0.765, civil 3 of 115), then after it.
   */
  heldout16: {
    /** 49 of 51 at stop 39 (44 of 47 when first set); 48 of 51 since round 24's retrain. */
    rejectPrecision: 0.94,
    /**
     * 49 of 64 at stop 39, after disguised threats were read (44 when first set); 48 since round 24's
     * retrain: under the 0.90 target (reported).
     */
    // Round 124's retrain: 47 of 64.
    rejectRecall: 0.73,
    /** 77 of 85 at stop 39 (73 when first set); 75 since round 24's retrain. */
    flaggedRecall: 0.88,
    /**
     * At most: 3 of its 115 civil comments are held or rejected (2.6%; 4 when first set, at stop 35); 4 again
     * since round 24's retrain (3.5%, over the 3% target: reported).
     */
    civilFalsePositive: 0.035,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 35 by an eighteenth new writer of held-out halves, on days when violence is in the
   * news (calls and wishes against groups and places, in euphemism and slang, beside grief, reporting and
   * analysis), 114 to publish and 86 to act on; scored at the commit before the eighteenth round (reject
   * 0.952 / 0.656, flagged 0.744), after its first part (0.958 / 0.754, 0.791), and after its end.
   */
  heldout17: {
    /** 46 of 48. */
    rejectPrecision: 0.95,
    /** 46 of 61: under the 0.90 target (reported). */
    rejectRecall: 0.75,
    /** 70 of 86: under the 0.85 target (reported). */
    flaggedRecall: 0.81,
    /** At most: 1 of its 114 civil comments was held or rejected (2 since the nineteenth round's model). */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 36 by a nineteenth new writer of held-out halves: readers answering bigots and
   * apologists of terror, and those answering back; 115 to publish and 85 to act on; scored before the
   * nineteenth round changed anything and after its rules (the same figures: no outcome changed), and
   * with the round's retrain, which was not kept (docs/moderation-rounds.md, "Nineteenth round").
   */
  heldout18: {
    /** 46 of 50 when first scored, 46 of 49 after the round's rules, 48 of 51 with its model, 46 of 50 with the twentieth round's: under the 0.95 target (reported). */
    rejectPrecision: 0.92,
    /** 46 of 53 when first scored, 48 of 53 with the round's model, 46 with the twentieth round's: under the 0.90 target (reported). */
    rejectRecall: 0.86,
    /** 77 of 85 when first scored, 78 of 85 with the round's model, 76 with the twentieth round's. */
    flaggedRecall: 0.89,
    /** At most: 3 of its 115 civil comments when first scored, 2 since the round's rules. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 36 by a twentieth new writer of held-out halves, in the outside set's proportions (145 to
   * publish, 95 to act on, 57% not English), after the nineteenth round's retrain; scored once.
   */
  heldout19: {
    /** 42 of 43. */
    rejectPrecision: 0.97,
    /** 42 of 43. */
    rejectRecall: 0.97,
    /** 91 of 95. */
    flaggedRecall: 0.95,
    /**
     * At most: none of its 145 civil and Scunthorpe comments was held or rejected until round 61 (stop 54), whose
     * endorsed quotations rejected one of them as hate (not looked at; the rule came from a red-team, `/work/audit32`).
     */
    civilFalsePositive: 0.007,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 37 by a twenty-second new writer of held-out halves: meaning without keywords
   * (insinuation, invented news, disinformation, threats and calls to violence in other words) under pieces
   * on disinformation, elections, health and attacks; 100 to publish, 100 to act on; scored before the
   * twentieth round changed anything, after its rules (the same figures) and with its second retrain.
   */
  heldout21: {
    /** 17 of 19 before and after the round's rules; 20 of 21 with its second retrain; 20 of 22 since round 24's. */
    rejectPrecision: 0.9,
    /** 17 of 20 before and after the round's rules; 20 of 20 with its second retrain. */
    rejectRecall: 1,
    /**
     * 68 of 100 before and after the round's rules (`semantic` 23 of 50); 76 of 100 with its second retrain,
     * 75 since round 24's: under the 0.85 target (reported).
     */
    flaggedRecall: 0.75,
    /** At most: 1 of its 100 civil comments was held or rejected. */
    civilFalsePositive: 0.01,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 37 by a twenty-fourth new writer of held-out halves, one busy week in the outside set's
   * proportions (175 to publish, 125 to act on, 47% not English), after the rule for the twentieth round's
   * second retrain was declared; scored once with the shipped model and once with that retrain (kept).
   */
  heldout23: {
    /** 54 of 60 with both models: under the 0.95 target (reported). */
    rejectPrecision: 0.9,
    /** 54 of 55. */
    rejectRecall: 0.98,
    /** 116 of 125 (115 with the shipped model). */
    flaggedRecall: 0.92,
    /** At most: 4 of its 175 civil and Scunthorpe comments were held or rejected. */
    civilFalsePositive: 0.023,
    /** One of its 12 Scunthorpe comments is held or rejected: the target is 0 (reported). */
    scunthorpeFlagged: 1,
  },
  /**
   * Written at stop 38 by a twenty-fifth new writer of held-out halves, a busy fortnight in the outside
   * set's proportions (175 to publish, 125 to act on, 53% not English); scored before the twenty-first
   * round changed anything and at its end, the same both times with the shipped model.
   */
  heldout24: {
    /** 53 of 53. */
    rejectPrecision: 1,
    /** 53 of 55. */
    rejectRecall: 0.96,
    /** 112 of 125. */
    flaggedRecall: 0.89,
    /** At most: none of its 175 civil and Scunthorpe comments was held or rejected. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 38 by a twenty-sixth, praise and mourning on both sides of terrorism (115 to publish,
   * 85 to act on); first scored at 6ad96f6 (reject precision 0.792, civil 15 rejected), then after the fixes
   * for praise on the other side, written without reading it.
   */
  heldout25: {
    /** 57 of 67: under the 0.95 target (reported). */
    rejectPrecision: 0.85,
    /** 57 of 60. */
    rejectRecall: 0.95,
    /** 78 of 85. */
    flaggedRecall: 0.91,
    /** At most: 10 of its 115 civil and Scunthorpe comments are rejected, over the 3% target (reported). */
    civilFalsePositive: 0.087,
    /** One of its 5 Scunthorpe comments is held or rejected: the target is 0 (reported). */
    scunthorpeFlagged: 1,
  },
  /**
   * Written at stop 40 by a twenty-ninth writer: Russian typed in Latin letters (90), Ukrainian (70) and
   * Russian (40) under pieces on the war and the region; scored at 02fafa4 (reject P 37/37, R 0.755, flagged
   * 0.733, civil 1 of 110) and at the end of round 23.
   */
  heldout28: {
    /** 38 of 38. */
    rejectPrecision: 1,
    /** 38 of 49; 40 with round 24's retrain: under the 0.90 target (reported). */
    rejectRecall: 0.81,
    /**
     * 67 of 90: under the 0.85 target (reported); 68 at the end of round 23, 69 after round 24's rules, 72
     * with its retrain.
     */
    flaggedRecall: 0.8,
    /** At most: none of its 110 civil and Scunthorpe comments is held (1 before round 23's last rule). */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 40 by a thirtieth writer: one ordinary week in the outside set's proportions (English
   * 110, Spanish, French and German 30 each, Russian 25, Russian typed in Latin letters 15); scored once at
   * 02fafa4 and once at the end of round 23, alike.
   */
  heldout29: {
    /** 51 of 52. */
    rejectPrecision: 0.98,
    /** 51 of 52. */
    rejectRecall: 0.98,
    /** 110 of 112. */
    flaggedRecall: 0.98,
    /** At most: 1 of its 128 civil, link and Scunthorpe comments is rejected. */
    civilFalsePositive: 0.008,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 41 by a thirty-first writer, in the outside set's proportions (English 84; Spanish,
   * French, German, Russian and Russian typed in Latin letters 28 each; a few civil comments in Italian,
   * Portuguese, Polish and Ukrainian), on topics the earlier halves used little (Taiwan, the Sahel juntas,
   * Iran, Serbia and Kosovo, sabotage in Europe); scored at c35aae1, before round 24 changed anything, and
   * at its end, alike.
   */
  heldout30: {
    /** 50 of 51. */
    rejectPrecision: 0.98,
    /** 50 of 53. */
    rejectRecall: 0.94,
    /** 116 of 120. */
    flaggedRecall: 0.96,
    /** At most: none of its 120 civil, link and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 41 by a thirty-second writer to measure `semantic` alone: 80 conspiracy claims, invented
   * news, health and election disinformation, insinuation and sarcasm, 10 ambiguous calls, 110 civil
   * look-alikes (analysis of disinformation, heated criticism, good-faith questions), in the outside set's
   * languages. Scored at c35aae1 (`semantic` 40 of 80 held, civil 0 of 110), after round 24's first pass
   * (41, civil 1), after its second (43, civil 1) and with its retrain (47, civil 1).
   */
  heldout31: {
    /** No comment is labelled reject; 1 of its 90 holds is rejected (0 of 1). */
    rejectPrecision: 0,
    rejectRecall: 1,
    /** 50 of 90 before round 24, 53 after its rules, 57 with its retrain: under the 0.85 target (reported). */
    flaggedRecall: 0.63,
    /** At most: 1 of its 110 civil comments is held. */
    civilFalsePositive: 0.01,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 42 by a thirty-third writer new to the project, in the outside set's proportions (English
   * 130; Spanish, French, German, Russian and Russian typed in Latin letters; a few Italian, Portuguese,
   * Polish, Ukrainian, Turkish, Arabic; 116 to publish) on topics the earlier halves did not use (Armenia and
   * Azerbaijan, Myanmar, Haiti, the Red Sea, Baltic cables, Venezuela and Guyana, Cabo Delgado, North Korea,
   * the Arctic, ransomware). Scored at f6169f5, before round 25's retrain.
   */
  heldout32: {
    /** 56 of 58. */
    rejectPrecision: 0.96,
    /** 56 of 57. */
    rejectRecall: 0.98,
    /** 119 of 124. */
    flaggedRecall: 0.95,
    /** At most: 1 of its 116 civil, link and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 42 by a thirty-fourth writer new to the project: the hardest judgements, harm said without
   * the obvious words (40 threats, 30 ambiguous calls, 40 `semantic`) beside 110 civil comments using the same
   * words (heated criticism, war reporting, quoted threats, debunking), in the outside set's languages.
   * Scored at f6169f5, before round 25's retrain.
   */
  heldout33: {
    /** 37 of 38. */
    rejectPrecision: 0.97,
    /** 37 of 40. */
    // Round 124's retrain: 36 of 40.
    rejectRecall: 0.9,
    /** 93 of 110: just under the 0.85 target (reported). */
    flaggedRecall: 0.84,
    /** At most: 1 of its 110 civil comments is held or rejected. */
    civilFalsePositive: 0.01,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 42, after round 25's rules, by a thirty-fifth writer new to the project, in the outside set's
   * proportions (English 116; Spanish, French, German, Russian and Russian typed in Latin letters; a few
   * Italian, Portuguese, Polish, Turkish, Dutch, Ukrainian; 116 to publish), on stories other than Ukraine and
   * Gaza for two thirds of it (Sudan, the South China Sea, Kenya, Colombia, Lebanon, Bosnia…). The same figures
   * with the code from before the stop (1c85439) and at its end.
   */
  heldout34: {
    /** 55 of 56. */
    rejectPrecision: 0.98,
    /** 55 of 57. */
    rejectRecall: 0.96,
    /** 118 of 124. */
    flaggedRecall: 0.95,
    /** At most: none of its 116 civil, link and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 42, after round 25's rules, by a thirty-sixth writer new to the project, about length: 100
   * long comments (80–200 words, the harmful sentence in the middle of reasonable ones, or a civil comment on the
   * same dark subject) and 100 typed on a phone (2–15 words), 90 to publish, in the outside set's languages. The
   * same figures with the code from before the stop (1c85439) and at its end.
   */
  heldout35: {
    /** 53 of 55; 59 of 61 since round 26's windows could reject. */
    rejectPrecision: 0.96,
    /** 53 of 60, under the 0.90 target, until round 26's windows could reject (59 of 60). */
    rejectRecall: 0.98,
    /** 90 of 110, under the 0.85 target, until round 26's windowed reading of long comments (101 of 110). */
    flaggedRecall: 0.91,
    /** At most: 2 of its 90 civil comments are held or rejected. */
    civilFalsePositive: 0.023,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 43, before round 26 changed anything, by a thirty-seventh writer new to the project: 250
   * comments in the outside set's proportions on stories no earlier half used (Sudan, Haiti, the Essequibo,
   * Armenia and Azerbaijan, the Red Sea, Myanmar's drones, Baltic cables). The same figures before the round
   * (52e00fb) and at its end.
   */
  heldout36: {
    /** 59 of 62. */
    rejectPrecision: 0.95,
    /** 59 of 60. */
    rejectRecall: 0.98,
    /** 129 of 134. */
    flaggedRecall: 0.96,
    /** At most: 1 of its 116 civil, link and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 43, before round 26 changed anything, by a thirty-eighth writer new to the project: 123
   * comments typed on a phone and 107 long ones (90–220 words, the harm in one or two sentences), 96 to
   * publish. Before the round (52e00fb): reject P 56 of 63, R 56 of 66, flagged 110 of 134, civil 5 of 96.
   */
  heldout37: {
    /** 56 of 63; 63 of 70 since round 26's windows could reject: under the 0.95 target (reported). */
    rejectPrecision: 0.9,
    /** 56 of 66, under the 0.90 target, until round 26's windows could reject (63 of 66). */
    // Round 124's retrain: 62 of 66.
    rejectRecall: 0.93,
    /** 120 of 134 since round 26's windowed reading of long comments (110 before). */
    flaggedRecall: 0.89,
    /** At most: 5 of its 96 civil comments are held or rejected, over the 3% target (reported). */
    civilFalsePositive: 0.053,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 43, after round 26's rules, by a thirty-ninth writer new to the project: a third long
   * comments (90–250 words), a third typed on a phone, a third ordinary, 100 to publish, in the outside set's
   * languages. Before the round (52e00fb): flagged 110 of 130; the rest the same.
   */
  heldout38: {
    /** 52 of 53; 57 of 58 since round 26's windows could reject. */
    rejectPrecision: 0.98,
    /** 52 of 62, under the 0.90 target, until round 26's windows could reject (57 of 62). */
    rejectRecall: 0.91,
    /** 117 of 130 at the round's end (110 before it). */
    flaggedRecall: 0.9,
    /**
     * At most: 1 of its 100 civil, link and Scunthorpe comments is held or rejected, a Scunthorpe word (before
     * the round too): the Scunthorpe target missed (reported).
     */
    // Round 124's retrain: 2 of 100.
    civilFalsePositive: 0.02,
    scunthorpeFlagged: 1,
  },
  /**
   * Written at stop 44, before round 27 changed anything, by a fortieth writer new to the project: the outside
   * set's proportions (110 to publish) on stories no earlier half used (Serbia's protests, Georgia, Moldova,
   * the Afghan–Pakistani border, al-Shabaab, Hezbollah, the ELN, Kashmir, Greenland, Iran's inspections).
   */
  heldout39: {
    /** 57 of 59. */
    rejectPrecision: 0.96,
    /** 57 of 58. */
    rejectRecall: 0.98,
    /** 124 of 130. */
    flaggedRecall: 0.95,
    /** At most: none of its 110 civil, link and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 44, before round 27 changed anything, by a forty-first writer new to the project: the
   * judgement calls on meaning (45 insinuations, conspiracy claims and coded words, 20 ambiguous calls, 12
   * veiled threats, 13 coded hate) and 110 civil look-alikes (debunking, sceptical questions, sarcasm at
   * governments, dark humour).
   */
  heldout40: {
    /** 34 of 36: under the 0.95 target (reported). */
    rejectPrecision: 0.94,
    /** 34 of 35. */
    rejectRecall: 0.97,
    /** 90 of 110: under the 0.85 target (reported); its semantic comments 27 of 45. */
    flaggedRecall: 0.81,
    /** At most: 2 of its 110 civil comments are held or rejected. */
    civilFalsePositive: 0.019,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 44, before round 27's second step changed anything, by a forty-second writer new to the
   * project: harm phrased without the usual words (50 threats, 25 extremism, 25 hate) and 100 civil comments
   * on the same subjects.
   */
  heldout41: {
    /** 87 of 90. */
    rejectPrecision: 0.96,
    /** 87 of 103: under the 0.90 target (reported). */
    rejectRecall: 0.84,
    /** 105 of 120. */
    flaggedRecall: 0.87,
    /** At most: 4 of its 100 civil and Scunthorpe comments are held or rejected, over the 3% target (reported). */
    civilFalsePositive: 0.04,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 47, before anything changed in it, by a forty-third writer new to the project, in the outside
   * set's proportions (112 to publish) on stories no earlier half used (Ethiopia and Eritrea, the Kurds of Syria
   * after 2024, the cartels as terrorist groups, sanctions through Central Asia, Pakistan's election, Shahed
   * supply chains, Niger and the Sahel juntas, shipping insurance, ransomware on hospitals, the Rohingya).
   */
  heldout42: {
    /** 54 of 56. */
    rejectPrecision: 0.96,
    /** 54 of 56. */
    rejectRecall: 0.96,
    /** 118 of 128. */
    flaggedRecall: 0.92,
    /** At most: none of its 112 civil and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 49 after round 32 by a forty-sixth writer new to the project, in the outside set's
   * proportions (112 to publish) on stories no earlier half used (Japan under Takaichi, Mexico's judicial
   * elections, Bolivia's election, the Black Sea grain corridor, the Gaza aid flotillas, Cuba's blackouts,
   * Hungary's Pride ban, the AfD classed as extremist, Poland's presidential election, the US-Canada tariff war,
   * Cameroon's election, Milei's midterms, the Czech election). Scored once, with the code of that round.
   */
  heldout45: {
    /** 59 of 60. */
    rejectPrecision: 0.98,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 118 of 128. */
    flaggedRecall: 0.92,
    /** At most: 2 of its 112 civil and Scunthorpe comments are held or rejected. */
    // Round 124's retrain: 3 of 112.
    civilFalsePositive: 0.027,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    // Round 124's retrain: 2.
    scunthorpeFlagged: 2,
  },
  /**
   * Written at stop 50 before anything changed in that stop by a forty-seventh writer new to the project, in
   * the outside set's proportions (112 to publish) on stories no earlier half used (the Southport riots, the
   * Magdeburg market attack, the downed Azerbaijan Airlines jet, Belarus's 2025 election, Algeria and France,
   * Morocco's GenZ 212 protests, Benin and JNIM, Guinea-Bissau's coup, Bolsonaro's conviction, the Canary
   * Islands route, Nicaragua, the airport check-in cyberattack, Russian drones over Poland, Russia's
   * recognition of the Taliban, the Heaton Park synagogue attack). Scored with the code from before the stop.
   */
  heldout46: {
    /** 59 of 62. */
    rejectPrecision: 0.95,
    /** 59 of 61. */
    // Round 124's retrain: 58 of 61.
    rejectRecall: 0.95,
    /** 115 of 128. */
    flaggedRecall: 0.89,
    /** At most: 3 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.027,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 50 while its round ran, by a forty-eighth writer new to the project, in the outside set's
   * proportions (112 to publish) on stories no earlier half used (the Crocus City Hall attack and ISIS-K's
   * recruits, Solingen and the flights to Kabul, India and Canada over Nijjar, the Maldives under Muizzu, Sri
   * Lanka's 2024 elections, Guatemala under Arévalo, the Darién Gap, Senegal's 2024 election, Gabon after its
   * coup, the Kočani fire, the Tempi protests, Abkhazia's protests, Kuwait's suspended parliament, Salt Typhoon,
   * the EU's tariffs on Chinese cars). Scored once, with the code of that round.
   */
  heldout47: {
    /** 57 of 59. */
    rejectPrecision: 0.96,
    /** 57 of 61. */
    rejectRecall: 0.93,
    /** 115 of 128. */
    flaggedRecall: 0.89,
    /** At most: 2 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.018,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /**
   * Written at stop 51 by a forty-ninth writer new to the project, in the outside set's proportions (112 to
   * publish) on stories no earlier half used (the Wagner mutiny and Prigozhin's death, Navalny's death, the Pylos
   * shipwreck, the Al Haouz earthquake, the Quran burnings and Sweden's NATO accession, the Dagestan church and
   * synagogue attacks, the Gershkovich–Krasikov swap, the violence around the Maccabi match in Amsterdam, Tunisia
   * under Saied, the Valencia floods, the Iberian blackout, the Air India 171 crash, Manipur, Chile's 2025
   * election, the Bulgarian spy ring tried in London, the Kyrgyz–Tajik border treaty). Scored before anything
   * changed that stop, with the code of stop 50.
   */
  heldout48: {
    /** 58 of 60. */
    rejectPrecision: 0.96,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 120 of 128. */
    flaggedRecall: 0.93,
    /** At most: 2 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 51 while its round ran, by a fiftieth writer new to the project, in the outside set's
   * proportions (112 to publish) on stories no earlier half used (Kazakhstan's January 2022 unrest, the MH17 verdict,
   * the Reichsbürger coup plot, China's overseas police stations, the Solomon Islands' pact with China, Sierra
   * Leone's 2023 election and the Freetown barracks attack, Zimbabwe's 2023 election, the Brussels shooting of
   * Swedish fans, the Dublin riots, the Vienna concert plot, the Enga landslide, Portugal's 2025 election, the Jet
   * Set roof collapse, Togo's 2025 protests). Scored once, with the code of that round.
   */
  heldout49: {
    /** 58 of 61. */
    rejectPrecision: 0.95,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 121 of 128. */
    flaggedRecall: 0.94,
    /** At most: 3 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.027,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /**
   * Written at stop 51 while its second round ran, by a fifty-first writer new to the project, in the outside
   * set's proportions (112 to publish) on stories no earlier half used (the Chinese balloon, Pegasus and
   * Catalangate, Ryanair 4978 and Protasevich, the Kahramanmaraş earthquake, Hunga Tonga, Pakistan's 2022 floods,
   * the A4 protests, the Xinjiang Police Files, Russia's mobilisation and the exodus, Finland's border, Karakalpakstan,
   * Thailand's 2023 election, the Catalan amnesty, the Nahel Merzouk riots, Chile's 2022 referendum, Israel's
   * judicial overhaul protests). Scored once, with the code of that round.
   */
  heldout50: {
    /** 58 of 58. */
    rejectPrecision: 0.99,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 1 of its 112 civil and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 52 by a fifty-second writer new to the project, in the outside set's proportions (112 to
   * publish) on stories no earlier half used (the Christchurch mosque shootings, the murder of Samuel Paty, the Hanau
   * shootings, 6 January 2021 at the US Capitol, the attack on Salman Rushdie, the assassination of Shinzo Abe, the
   * attempt on Cristina Fernández de Kirchner, the murders of Dom Phillips and Bruno Pereira, the shooting of Peter R.
   * de Vries, Qatargate, Austria's Ibiza affair, the UK's Rwanda scheme, the Belarus–Poland border crisis, the Ever
   * Given, Assange's extradition, Jordan's Prince Hamzah affair). Scored before anything changed that stop, with the
   * code of stop 51.
   */
  heldout51: {
    /** 57 of 58. */
    rejectPrecision: 0.98,
    /** 57 of 61. */
    rejectRecall: 0.93,
    /** 120 of 128. */
    flaggedRecall: 0.93,
    /** At most: 3 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.027,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /**
   * Written at stop 52 after its fortieth round, by a fifty-fourth writer new to the project, in the outside set's
   * proportions (112 to publish) on stories no earlier half used (the Charlie Hebdo and Hyper Cacher attacks,
   * Germanwings 9525, the Breitscheidplatz attack, the murder of Boris Nemtsov, the Kemerovo mall fire, Russia's doping
   * scheme, the Panama Papers, the murder of Giulio Regeni, the Qatar World Cup's migrant workers, the Galwan Valley
   * clash, the Boeing 737 MAX crashes, the 43 Ayotzinapa students, Lava Jato, the murder of Jo Cox, PS752, the Wuhan
   * origins inquiry). Scored once, with the code of that round.
   */
  heldout53: {
    /** 59 of 60. */
    rejectPrecision: 0.98,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 119 of 128. */
    flaggedRecall: 0.92,
    /** None of its 112 civil and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 52 after its last change to a detector, in the place of `heldout54` (now the tuning batch
   * `dev86`), by a fifty-sixth writer new to the project, in the outside set's proportions (112 to publish) on stories
   * no earlier half used (Metrojet 9268, the Lindt Café siege, the Oslo Pride shooting, Nisman and AMIA, the Morandi
   * bridge, Cologne's New Year's Eve, Wirecard, AUKUS, Egypt 2013, Malala Yousafzai, Brumadinho, the Cyprus bailout,
   * Montenegro's coup plot, Gezi Park, Tham Luang, the 2013 Lampedusa shipwreck). Scored once, with the stop's final
   * code.
   */
  heldout55: {
    /** 55 of 56. */
    rejectPrecision: 0.98,
    /** 55 of 61. */
    rejectRecall: 0.9,
    /** 118 of 128. */
    flaggedRecall: 0.92,
    /** At most: 3 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.027,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },

  /**
   * Written during stop 53 by a sixtieth writer new to the project, in the outside set's proportions (112 to publish)
   * on stories no earlier half used (Andijan, Osh 2010, Gorno-Badakhshan 2022, Chechnya's purge, the 2010 Moscow metro
   * bombings, Somali piracy, Abimael Guzmán's capture, Bolivia 2019, Fiji 2006, Samoa 2021, the Nauru files, East Timor
   * 1999, Kunming 2014, Kony and the LRA, Tak Bai). Scored once, with the stop's final code.
   */
  heldout59: {
    /** 58 of 59. */
    rejectPrecision: 0.98,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 120 of 128. */
    flaggedRecall: 0.93,
    /** At most: 1 of its 112 civil and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /**
   * Written during stop 54 by a sixty-first writer new to the project, in the outside set's proportions (112 to publish)
   * on stories no earlier half used (Entebbe, the Achille Lauro, the USS Cole, Halabja, Budyonnovsk, the Bronze Soldier
   * riots, the MS Estonia, the Westminster Bridge attack, Drottninggatan, the ARA San Juan, the Honduran coup of 2009,
   * Timbuktu under Ansar Dine, Benazir Bhutto's assassination, the Bamiyan Buddhas, Nisour Square). Scored once, after
   * rounds 52 to 59.
   */
  heldout60: {
    /** 60 of 64: a semantic comment rejected by the classifier, another by the hate check, a personal-data one by the threat check, a civil one by the extremism check. The target (0.95) is missed. */
    rejectPrecision: 0.93,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    /** At most: 2 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },

  /**
   * Written at the start of stop 55 by a sixty-fourth writer new to the project, in the outside set's proportions (112 to
   * publish) on stories no earlier half used, from the Americas, Africa and Oceania (Jonestown, the Cuban Missile Crisis,
   * Cubana 455, El Mozote, Fujimori's trial, Air India 182, Trinidad 1990, the Freedom Convoy, Oklahoma City, Zimbabwe
   * 2017, Sankara's trial, the Wonga coup plot, Rusesabagina, South Africa's July 2021 unrest, Port Arthur, Lumumba).
   * Scored once, with the stop's final code.
   */
  heldout63: {
    /** 59 of 62: the target (0.95) met by a hair. */
    rejectPrecision: 0.95,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 122 of 128. */
    flaggedRecall: 0.95,
    /** At most: 2 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.018,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /**
   * Written at the start of stop 55 by a sixty-fifth writer new to the project, under the same brief, from Europe, the
   * Middle East and Asia (Vrbětice, Ján Kuciak, Paweł Adamowicz, Walter Lübcke, Fishmongers' Hall, Utrecht 2019, the
   * Thalys attack, Atatürk airport 2016, Lal Masjid, the Kunduz hospital, Gwangju, Bo Xilai, Zhanaozen, Mamasapano,
   * Domodedovo, Miguel Ángel Blanco). Scored once, with the stop's final code.
   */
  heldout64: {
    /** 61 of 62. */
    rejectPrecision: 0.98,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 123 of 128. */
    // Round 124's retrain: 122 of 128.
    flaggedRecall: 0.95,
    /** At most: 3 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.027,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /**
   * Written during stop 55 by a sixty-sixth writer new to the project, under the same brief (Landshut and Mogadishu,
   * the OPEC siege, Air France 8969, 23-F, the August coup, the Trial of the Juntas, Eichmann, My Lai, Sharpeville,
   * Brighton 1984, Piazza Fontana, Georgi Markov, the illegals and the Vienna swap, KAL 007, SolarWinds, Magnitsky).
   * Scored once, with the stop's final code.
   */
  heldout65: {
    /** 60 of 62. */
    rejectPrecision: 0.96,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 119 of 128. */
    flaggedRecall: 0.92,
    /** At most: 2 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.018,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /**
   * Written at the end of stop 55, in the place of the four halves that moved to the tuning batches, by a sixty-seventh
   * writer new to the project under the same brief (Brussels 2014, Ottawa 2014, Chile 1973, the Bay of Pigs, Prague
   * 2023, Egypt 2011, Saint-Michel 1995, the Oktoberfest bombing, Jakarta 2016, Ustica, Bentalha, Belarus 2020,
   * Operation Storm, Sinjar, Hong Kong PolyU). Scored once, with the stop's final code.
   */
  heldout66: {
    /** 60 of 62. */
    rejectPrecision: 0.96,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    /** At most: 1 of its 112 civil and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0.009,
    /** One of its 18 Scunthorpe comments is rejected by the threat check: the target (0) is missed, recorded here. */
    scunthorpeFlagged: 1,
  },
  /**
   * Written with `heldout66` by a sixty-eighth writer (LeBarón, Anna Lindh, Darya Dugina, Abqaiq, Đinđić, Carrero
   * Blanco, Roboski, Kampala 2010, Bloody Sunday, Iran-Contra, the Macuto Bay raid, Kim Jong-nam, Romania 1989,
   * Trịnh Xuân Thanh, Kumanovo). Scored once, with the stop's final code.
   */
  heldout67: {
    /** 60 of 65: under the 0.95 target (reported). */
    rejectPrecision: 0.92,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 3 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.027,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 56 before its first round, by a sixty-seventh writer new to the project, in the outside set's proportions
   * on stories no earlier half used (the storming of Mexico's embassy in Quito, Rio's Operation Containment, the Ciudad
   * Juárez detention centre fire, Cuba's 11J, the Prestige). Scored once, with the stop's final code.
   */
  heldout68: {
    /** 57 of 57. */
    rejectPrecision: 1,
    /** 57 of 61. */
    rejectRecall: 0.93,
    /** 121 of 128. */
    // Round 124's retrain: 120 of 128.
    flaggedRecall: 0.93,
    /** At most: 1 of its 112 civil and Scunthorpe comments is held or rejected. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 56 before its first round (Soweto 1976, Biafra, Mogadishu 1993, the Dujail trial, the Herero and Nama
   * genocide, the Casablanca bombings). Scored once, with the stop's final code.
   */
  heldout69: {
    /** 61 of 61. */
    rejectPrecision: 1,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 56 while its rounds ran (Portapique, El Paso, the Canal Hotel bombing, the ICC warrant for Putin, the
   * Arctic 30, Whakaari). Scored once, with the stop's final code.
   */
  heldout70: {
    /** 61 of 61. */
    rejectPrecision: 1,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 121 of 128. */
    flaggedRecall: 0.94,
    /** At most: none of its 112. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 56 while its rounds ran (Albania 1997, the Ribnikar school shooting, Mati, Kongsberg, Heysel, the
   * Glória funicular). Scored once, with the stop's final code.
   */
  heldout71: {
    /** 60 of 60. */
    rejectPrecision: 1,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 121 of 128. */
    flaggedRecall: 0.94,
    /** At most: none of its 112. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 56 after its rounds, by a seventy-first writer new to the project (Central Asia, the Caucasus, Iran and
   * Afghanistan). Scored with round 87's rule, which was then dropped for its civil twins, and again with the final code.
   */
  heldout72: {
    /** 59 of 61. */
    rejectPrecision: 0.96,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 116 of 128. */
    flaggedRecall: 0.9,
    /** At most: 2 of its 112 civil and Scunthorpe comments are held or rejected. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /**
   * Written at stop 56 after its rounds (the De Punt train hijacking, the Dutroux affair, the 2005 French riots,
   * Rostock-Lichtenhagen, Denmark's mink cull, L'Aquila). Scored as `heldout72` was.
   */
  heldout73: {
    /** 60 of 62. */
    rejectPrecision: 0.96,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 2 of 112. */
    civilFalsePositive: 0.018,
    /** One of its 18 Scunthorpe comments is held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /** Written at the start of stop 57, before its rounds (Southeast Asia and the Pacific). Scored once, with the stop's final code. */
  heldout74: {
    /** 60 of 61. */
    rejectPrecision: 0.98,
    /** 60 of 61. */
    // Round 124's retrain: 59 of 61.
    rejectRecall: 0.96,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /** Written at the start of stop 57, before its rounds (West Africa and the Sahel). Scored once, with the stop's final code. */
  heldout75: {
    /** 61 of 61. */
    rejectPrecision: 1,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: none of 112. */
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written during stop 57's rounds (South Asia). Scored once, with the stop's final code. */
  heldout77: {
    /** 59 of 62. */
    rejectPrecision: 0.95,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 122 of 128. */
    flaggedRecall: 0.95,
    /** At most: 2 of 112. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /** Written during stop 57's last rounds (Northern Europe and the Arctic). Scored once, with the stop's final code. */
  heldout78: {
    /** 61 of 62. */
    rejectPrecision: 0.98,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 121 of 128. */
    flaggedRecall: 0.94,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /**
   * Written during stop 58's first rounds (the Caucasus). Scored after round 101 (flagged 124 of 128) and again with
   * the stop's final code.
   */
  heldout80: {
    /** 60 of 63. */
    rejectPrecision: 0.95,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 125 of 128. */
    flaggedRecall: 0.97,
    /** At most: 3 of 112. */
    civilFalsePositive: 0.027,
    scunthorpeFlagged: 0,
  },
  /** Written during stop 58's first rounds (Italy, Malta and Ireland). Scored after round 101 and with the final code (the same). */
  heldout81: {
    /** 60 of 62. */
    rejectPrecision: 0.96,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 122 of 128. */
    flaggedRecall: 0.95,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /** Written during stop 58's later rounds (East Asia). Scored once, with the stop's final code. */
  heldout83: {
    /** 61 of 63. */
    rejectPrecision: 0.96,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 59 before any round (the Gulf monarchies, Yemen and the Red Sea). Scored once on arrival. */
  heldout84: {
    /** 59 of 61. */
    rejectPrecision: 0.96,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 3 of 112. */
    civilFalsePositive: 0.027,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 59 before any round (Siberia, the Russian Far East and Mongolia). Scored once on arrival. */
  heldout85: {
    /** 58 of 61. */
    rejectPrecision: 0.95,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 120 of 128. */
    flaggedRecall: 0.93,
    /** At most: 2 of 112. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 59 while round 112 ran (the Andes). Scored once on arrival; later rounds moved none of its decisions. */
  heldout86: {
    /** 53 of 53. */
    rejectPrecision: 1,
    /** 53 of 61: the recall target (0.90) is missed, the floor records it. */
    rejectRecall: 0.86,
    /** 119 of 128. */
    flaggedRecall: 0.92,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 59 while round 112 ran (Australia, New Zealand, the Pacific). Scored once on arrival. */
  heldout87: {
    /** 59 of 60. */
    rejectPrecision: 0.98,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    /** At most: 2 of 112 (one of them a Scunthorpe comment). */
    civilFalsePositive: 0.018,
    /** One held: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 1,
  },
  /** Written at stop 59 while round 116 ran (Turkey and Cyprus). Scored once on arrival. */
  heldout88: {
    /** 58 of 62: the precision target (0.95) is missed, the floor records it. */
    rejectPrecision: 0.93,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 120 of 128. */
    flaggedRecall: 0.93,
    /** At most: 3 of 112. */
    civilFalsePositive: 0.027,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 59 while round 116 ran (Mexico and Central America). Scored once on arrival. */
  heldout89: {
    /** 57 of 61: the precision target (0.95) is missed, the floor records it. */
    rejectPrecision: 0.93,
    /** 57 of 61. */
    rejectRecall: 0.93,
    /** 121 of 128. */
    flaggedRecall: 0.94,
    /** At most: 1 of 112. */
    // Round 124's retrain: 2 of 112.
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 59 while rounds 117–118 ran (Canada and Greenland). Scored once on arrival and with the final code. */
  heldout90: {
    /** 53 of 57: the precision target (0.95) is missed, the floor records it. */
    rejectPrecision: 0.92,
    /** 53 of 61: the recall target (0.90) is missed. */
    rejectRecall: 0.86,
    /** 116 of 128. */
    flaggedRecall: 0.9,
    /** At most: 3 of 112 (one of them a Scunthorpe comment). */
    civilFalsePositive: 0.027,
    /** One flagged: the target (0) is missed. */
    scunthorpeFlagged: 1,
  },
  /** Written at stop 59 while rounds 117–118 ran (Brazil and Colombia). Scored once on arrival and with the final code. */
  heldout91: {
    /** 57 of 59. */
    rejectPrecision: 0.96,
    /** 57 of 61. */
    rejectRecall: 0.93,
    /** 118 of 128. */
    flaggedRecall: 0.92,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 60 before any round (Central Asia). Scored once on arrival and with the final code. */
  heldout92: {
    /** 58 of 61. */
    rejectPrecision: 0.95,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 60 before any round (Italy, Malta, the central Mediterranean). Scored once on arrival and with the final code. */
  heldout93: {
    /** 56 of 56. */
    rejectPrecision: 1,
    /** 56 of 61. */
    rejectRecall: 0.91,
    /** 120 of 128. */
    flaggedRecall: 0.93,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 60 while round 122 ran (Japan, the Korean peninsula, Taiwan). Scored once on arrival (4e98e3e) and with the final code. */
  heldout94: {
    /** 57 of 59. */
    rejectPrecision: 0.96,
    /** 57 of 61. */
    rejectRecall: 0.93,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    /** At most: 3 of 112. */
    civilFalsePositive: 0.027,
    /** Two flagged: the target (0) is missed, the floor records it. */
    scunthorpeFlagged: 2,
  },
  /** Written at stop 60 while round 122 ran (the Caucasus). Scored once on arrival (4e98e3e) and with the final code. */
  heldout95: {
    /** 60 of 62. */
    rejectPrecision: 0.96,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 122 of 128. */
    flaggedRecall: 0.95,
    /** At most: 3 of 112. */
    civilFalsePositive: 0.027,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 60 after round 124's retrain (Scandinavia and Finland). Scored once on arrival (95bb7d7) and with the final code. */
  heldout96: {
    /** 58 of 60. */
    rejectPrecision: 0.96,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    /** At most: 3 of 112. */
    civilFalsePositive: 0.027,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 60 after round 126 (Ethiopia, Eritrea, Sudan, South Sudan). Scored once on arrival (05ec0e6). */
  heldout97: {
    /** 60 of 62. */
    rejectPrecision: 0.96,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 2 of 112. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 60 after round 126 (Russia at home). Scored once on arrival (05ec0e6). */
  heldout98: {
    /** 61 of 63. */
    rejectPrecision: 0.96,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 127 of 128. */
    flaggedRecall: 0.99,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 61 after round 128 (the Maghreb). Scored once on arrival (a813721); round 129 moved none of it. */
  heldout99: {
    /** 60 of 61. */
    rejectPrecision: 0.98,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 125 of 128. */
    flaggedRecall: 0.97,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 61 after round 128 (international institutions and summits). Scored once on arrival (a813721). */
  heldout100: {
    /** 59 of 59. */
    rejectPrecision: 1,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 61 after round 129 (Bangladesh and Myanmar). Scored once on arrival (7c49180); round 131 moved none of it. */
  heldout101: {
    /** 61 of 62. */
    rejectPrecision: 0.98,
    /** 61 of 61. */
    rejectRecall: 1,
    /** 127 of 128. */
    flaggedRecall: 0.99,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 61 after round 129 (Greece and the Aegean). Scored once on arrival (7c49180); round 131 moved none of it. */
  heldout102: {
    /** 60 of 61. */
    rejectPrecision: 0.98,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 124 of 128. */
    flaggedRecall: 0.96,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /** Written at the end of stop 61 (Africa's Great Lakes). Scored once on arrival with the stop's final code (26ef551). */
  heldout103: {
    /** 58 of 60. */
    rejectPrecision: 0.96,
    /** 58 of 61. */
    rejectRecall: 0.95,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    /** At most: 2 of 112. */
    civilFalsePositive: 0.018,
    scunthorpeFlagged: 0,
  },
  /** Written at the end of stop 61 (Haiti and the Caribbean). Scored once on arrival with the stop's final code (26ef551). */
  heldout104: {
    /** 60 of 61. */
    rejectPrecision: 0.98,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 62 (Turkey, northern Syria and the Kurdish regions). Scored once, with the stop's final code. */
  heldout105: {
    /** 59 of 60. */
    rejectPrecision: 0.98,
    /** 59 of 61. */
    rejectRecall: 0.96,
    /** 125 of 128. */
    flaggedRecall: 0.97,
    /** At most: 1 of 112. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /** Written at stop 62 (Central Asia). Scored once, with the stop's final code. */
  heldout106: {
    /** 60 of 60. */
    rejectPrecision: 1,
    /** 60 of 61. */
    rejectRecall: 0.98,
    /** 123 of 128. */
    flaggedRecall: 0.96,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
  /**
   * Semantic-rich (stop 62; Israel, Gaza, the West Bank and Lebanon): 70 `semantic` and 20 `violence_ambiguous` of
   * 240, 120 civil look-alikes, 20 rejections. Scored with the shipped model and with each round-132 candidate (none kept).
   */
  heldout107: {
    /** 20 of 22. */
    rejectPrecision: 0.9,
    /** 20 of 20. */
    rejectRecall: 1,
    /** 95 of 120 (semantic 46 of 70 held or rejected). */
    flaggedRecall: 0.79,
    /** At most: 1 of 120. */
    civilFalsePositive: 0.009,
    scunthorpeFlagged: 0,
  },
  /** Semantic-rich, as `heldout107` (stop 62; elections and security in Brazil, Mexico, Argentina, Colombia). */
  heldout108: {
    /** 20 of 20. */
    rejectPrecision: 1,
    /** 20 of 20. */
    rejectRecall: 1,
    /** 98 of 120 (semantic 52 of 70). */
    flaggedRecall: 0.81,
    civilFalsePositive: 0,
    scunthorpeFlagged: 0,
  },
} as const satisfies Partial<Record<Half, object>>;
