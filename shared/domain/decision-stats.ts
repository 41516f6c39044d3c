/**
 * Human-decision statistics: what one decision adds to its hour's counters, and how the hours of a day
 * are summed back into decisions and time-to-decision percentiles. The counter names are written and
 * read here only, so storage adds numbers it does not interpret and the use case parses nothing.
 */

/** Log-scale buckets of time to decision: bucket i holds durations in [2^(i/4), 2^((i+1)/4)) seconds. */
export const ttdBucket = (seconds: number): number =>
  Math.max(0, Math.floor(4 * Math.log2(Math.max(1, seconds))));
/** Upper bound in seconds of a time-to-decision bucket (how stats report percentiles). */
export const ttdBucketUpper = (bucket: number): number => Math.round(2 ** ((bucket + 1) / 4));

const TTD = 'ttd';
const TTD_COUNTER = new RegExp(`^${TTD}(\\d+)$`);

/** An hour key (`yyyy-mm-ddThh`), as the decision statistics are kept. */
export const hourOf = (t: Date | number): string => new Date(t).toISOString().slice(0, 13);

/** One human decision, as the statistics count it. */
export interface DecisionSample {
  action: 'approve' | 'reject';
  /** The comment's first decision (it was waiting: received or pending), not an overturn. */
  first: boolean;
  /** Seconds from posting to this decision. */
  seconds: number;
}

/** The counters one decision adds to its hour (each by one). */
export function decisionCounters(d: DecisionSample): string[] {
  const names = ['decisions', d.action === 'approve' ? 'approved' : 'rejected'];
  // Only first decisions measure how long a comment waited for a human.
  if (d.first) names.push(`${TTD}${ttdBucket(d.seconds)}`, 'firstDecisions');
  return names;
}

export interface DecisionSummary {
  decisions: number;
  approved: number;
  rejected: number;
  timeToDecision: { samples: number; p50Seconds: number | null; p95Seconds: number | null };
}

/** The hours' counters summed, with time-to-decision percentiles read from the merged histogram. */
export function summarizeDecisions(hours: readonly Readonly<Record<string, number>>[]): DecisionSummary {
  const histogram = new Map<number, number>();
  let decisions = 0;
  let approved = 0;
  let rejected = 0;
  for (const h of hours) {
    decisions += h.decisions ?? 0;
    approved += h.approved ?? 0;
    rejected += h.rejected ?? 0;
    for (const [name, count] of Object.entries(h)) {
      const bucket = TTD_COUNTER.exec(name)?.[1];
      if (bucket !== undefined) histogram.set(Number(bucket), (histogram.get(Number(bucket)) ?? 0) + count);
    }
  }
  const samples = [...histogram.values()].reduce((a, b) => a + b, 0);
  return {
    decisions,
    approved,
    rejected,
    timeToDecision: {
      samples,
      p50Seconds: histogramPercentile(histogram, 0.5),
      p95Seconds: histogramPercentile(histogram, 0.95),
    },
  };
}

/**
 * The `p` percentile (0–1) of a histogram of time-to-decision buckets (bucket → count), as its bucket's
 * upper bound in seconds; null when the histogram is empty.
 */
export function histogramPercentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const samples = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (samples === 0) return null;
  let seen = 0;
  for (const b of [...histogram.keys()].sort((x, y) => x - y)) {
    seen += histogram.get(b) ?? 0;
    if (seen >= p * samples) return ttdBucketUpper(b);
  }
  return null;
}
