/** The kinds and weights of the misinformation markers (`misinformation-phrases.ts`, `misinformation-claims.ts`). */
export type MisinformationKind =
  'conspiracy' | 'secrecy' | 'awakening' | 'invented' | 'health' | 'election' | 'insinuation' | 'dogwhistle';
export type MisinformationWeight = 'strong' | 'weak';
export type MisinformationMeta = readonly [MisinformationKind, MisinformationWeight];

export const entries = (
  kind: MisinformationKind,
  weight: MisinformationWeight,
  phrases: readonly string[],
): Array<readonly [string, MisinformationMeta]> => phrases.map((p) => [p, [kind, weight]] as const);
