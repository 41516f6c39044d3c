/**
 * Training for `shared/moderation/model/linear-model.ts`: multinomial logistic regression over sparse
 * binary features, by AdaGrad with L2 regularisation, classes weighted by inverse frequency, examples
 * visited in a seeded order (the same data gives the same model). Small on purpose: a few thousand
 * comments train in seconds.
 */
import { prng } from '../../tests/support/prng';
import type { ModelData } from '../../shared/moderation/model/linear-model';

export interface Example {
  /** Distinct feature hashes. */
  readonly ids: readonly number[];
  /** Index into the class list. */
  readonly cls: number;
}

export interface TrainOptions {
  readonly classes: readonly string[];
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  /** Features seen in fewer training examples than this are dropped (they only memorise). */
  readonly minCount?: number;
  readonly seed?: number;
  /**
   * Features in a larger share of the training examples than this are dropped: the words every comment
   * has (`the`, `in`, `de`) otherwise end up with weights that add up across a short comment.
   */
  readonly maxShare?: number;
  /** How much the first class weighs against all the others together (1 = as much). */
  readonly civilWeight?: number;
}

export interface Trained {
  readonly classes: readonly string[];
  /** Feature hash → row. */
  readonly index: ReadonlyMap<number, number>;
  /** rows × classes */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

function vocabulary(examples: readonly Example[], minCount: number, maxShare: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of examples) for (const id of e.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const index = new Map<number, number>();
  const maxCount = maxShare * examples.length;
  for (const [id, n] of counts) if (n >= minCount && n <= maxCount) index.set(id, index.size);
  return index;
}

export function train(examples: readonly Example[], options: TrainOptions): Trained {
  const k = options.classes.length;
  const {
    epochs = 40,
    learningRate = 0.3,
    l2 = 1e-4,
    minCount = 2,
    seed = 12,
    civilWeight = 1,
    maxShare = 1,
  } = options;
  const index = vocabulary(examples, minCount, maxShare);
  const weights = new Float64Array(index.size * k);
  const squares = new Float64Array(index.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const biasSquares = new Float64Array(k).fill(1e-8);
  const perClass = new Float64Array(k);
  for (const e of examples) perClass[e.cls]!++;
  // The first class (civil) weighs as much as all the others together: a comment section is mostly
  // civil, and publishing is what a wrong guess should lean towards.
  const others = examples.length - perClass[0]!;
  const classWeight = Array.from(perClass, (n, c) =>
    n === 0 ? 0 : c === 0 ? (civilWeight * others) / n : 1,
  );
  const rows = examples.map((e) => e.ids.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])));
  const order = examples.map((_, i) => i);
  const random = prng(seed);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const features = rows[n]!;
      const target = examples[n]!.cls;
      softmaxInto(z, bias, weights, features, k);
      for (let c = 0; c < k; c++) {
        const g = (z[c]! - (c === target ? 1 : 0)) * classWeight[target]!;
        biasSquares[c]! += g * g;
        bias[c]! -= (learningRate * g) / Math.sqrt(biasSquares[c]!);
        for (const row of features) {
          const at = row * k + c;
          const gw = g + l2 * weights[at]!;
          squares[at]! += gw * gw;
          weights[at]! -= (learningRate * gw) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  return { classes: options.classes, index, weights, bias };
}

function softmaxInto(
  z: Float64Array,
  bias: Float64Array,
  weights: Float64Array,
  rows: readonly number[],
  k: number,
): void {
  z.set(bias);
  for (const row of rows) for (let c = 0; c < k; c++) z[c]! += weights[row * k + c]!;
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < k; c++) z[c]! /= sum;
}

/**
 * The model without the features whose weights all stay below `minWeight`: most features of a small
 * training set are words seen once that barely moved, and dropping them shrinks the stored model (and
 * its start-up time) far more than it changes any probability.
 */
export function prune(model: Trained, minWeight: number): Trained {
  const k = model.classes.length;
  const index = new Map<number, number>();
  const kept: number[] = [];
  for (const [id, row] of model.index) {
    let largest = 0;
    for (let c = 0; c < k; c++) largest = Math.max(largest, Math.abs(model.weights[row * k + c]!));
    if (largest < minWeight) continue;
    index.set(id, kept.length / k);
    for (let c = 0; c < k; c++) kept.push(model.weights[row * k + c]!);
  }
  return { classes: model.classes, index, weights: Float64Array.from(kept), bias: model.bias };
}

/** Class probabilities of one example under a trained (not yet quantised) model. */
export function predict(model: Trained, ids: readonly number[]): Float64Array {
  const k = model.classes.length;
  const rows = ids.flatMap((id) => (model.index.has(id) ? [model.index.get(id)!] : []));
  const z = new Float64Array(k);
  softmaxInto(z, model.bias, model.weights, rows, k);
  return z;
}

/**
 * The model as `model-meta.json` and `model-weights.bin` store it: rows whose weights all round to zero
 * are dropped, the rest quantised to one signed byte against the largest weight.
 */
export function serialise(model: Trained, trainedOn: Record<string, unknown>): ModelData {
  const k = model.classes.length;
  let largest = 0;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127 || 1;
  const keys: number[] = [];
  const bytes: number[] = [];
  for (const [id, row] of [...model.index].sort((a, b) => a[0] - b[0])) {
    const q = Array.from({ length: k }, (_, c) => Math.round(model.weights[row * k + c]! / scale));
    if (q.every((v) => v === 0)) continue;
    keys.push(id);
    bytes.push(...q);
  }
  const weightsFile = new Uint8Array(keys.length * (4 + k));
  const view = new DataView(weightsFile.buffer);
  keys.forEach((key, i) => view.setInt32(i * 4, key, true));
  weightsFile.set(new Uint8Array(Int8Array.from(bytes).buffer), keys.length * 4);
  return {
    classes: model.classes,
    features: keys.length,
    scale,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e4) / 1e4),
    trainedOn,
    weightsFile,
  };
}
