/**
 * A multinomial logistic regression over hashed features (`features.ts`): one weight per feature and
 * class, a bias per class, softmax over the classes. Trained by `scripts/train-moderation-model.ts`,
 * stored as `model-meta.json` and `model-weights.bin` (feature hashes and weights quantised to one byte)
 * and decoded on first use into an open-addressing table, so scoring a comment is one typed-array probe per feature
 * and integer sums.
 */

/** The weights file's name, beside `model-meta.json` (and beside a function bundle's `index.mjs`). */
export const MODEL_WEIGHTS_FILE = 'model-weights.bin';

/** `model-meta.json`: everything but the weights. */
export interface ModelMeta {
  /** Class names; `civil` is the class of comments to publish. */
  readonly classes: readonly string[];
  /** How many features `model-weights.bin` holds. */
  readonly features: number;
  /** What one unit of a stored weight is worth. */
  readonly scale: number;
  readonly bias: readonly number[];
  /** What it was trained on and how it scored in cross-validation (informational). */
  readonly trainedOn: Readonly<Record<string, unknown>>;
}

/**
 * `model-weights.bin`: the feature hashes (Int32, little-endian), then the weights (Int8, one row of
 * `classes.length` per feature, in the same order; multiply by `scale`).
 */
export interface ModelData extends ModelMeta {
  readonly weightsFile: Uint8Array;
}

export interface Contribution {
  /** Index into the feature list that was scored. */
  readonly feature: number;
  readonly weight: number;
}

const EMPTY = 0;

export class LinearModel {
  readonly classes: readonly string[];
  private readonly slots: Int32Array;
  private readonly rows: Int32Array;
  /** Quantised weights, `scale` each: summed as integers, scaled once per class. */
  private readonly weights: Int8Array;
  private readonly scale: number;
  private readonly sums: Int32Array;
  private readonly bias: Float64Array;
  private readonly mask: number;

  constructor(data: ModelData) {
    this.classes = data.classes;
    const k = data.classes.length;
    const n = data.features;
    if (data.weightsFile.byteLength !== n * (4 + k))
      throw new Error('model weights do not match model-meta.json');
    // A copy at offset 0 of a buffer of its own: a Buffer from readFileSync may be a view into a larger,
    // shared one, at an offset an Int32Array cannot start at.
    const bytes = new Uint8Array(data.weightsFile);
    const keys = new Int32Array(bytes.buffer, 0, n);
    this.weights = new Int8Array(bytes.buffer, n * 4, n * k);
    this.scale = data.scale;
    this.sums = new Int32Array(k);
    this.bias = Float64Array.from(data.bias);
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let i = key & this.mask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[i] = key;
      this.rows[i] = row + 1;
    }
  }

  /** The weight row of a feature hash, or -1 when the model has no weight for it. */
  private rowOf(id: number): number {
    let i = id & this.mask;
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === EMPTY) return -1;
      if (slot === id) return this.rows[i]! - 1;
      i = (i + 1) & this.mask;
    }
  }

  /** Class probabilities for a set of features. */
  probabilities(ids: readonly number[]): Float64Array {
    const k = this.classes.length;
    const sums = this.sums.fill(0);
    for (const id of ids) {
      const row = this.rowOf(id);
      if (row < 0) continue;
      for (let c = 0, at = row * k; c < k; c++, at++) sums[c]! += this.weights[at]!;
    }
    const z = new Float64Array(k);
    for (let c = 0; c < k; c++) z[c] = this.bias[c]! + sums[c]! * this.scale;
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
    for (let c = 0; c < k; c++) z[c]! /= sum;
    return z;
  }

  /**
   * How much each feature pushed the comment towards `cls` rather than towards `civil` (the difference
   * of their weights), largest first, positive ones only: the evidence a moderator is shown.
   */
  contributions(ids: readonly number[], cls: number, limit: number): Contribution[] {
    const k = this.classes.length;
    const civil = this.classes.indexOf('civil');
    // The `limit` largest, kept sorted by insertion: a comment has hundreds of features, evidence ten.
    const top: Contribution[] = [];
    for (let feature = 0; feature < ids.length; feature++) {
      const row = this.rowOf(ids[feature]!);
      if (row < 0) continue;
      const at = row * k;
      const units = this.weights[at + cls]! - (civil >= 0 ? this.weights[at + civil]! : 0);
      if (units <= 0 || (top.length === limit && units * this.scale <= top[limit - 1]!.weight)) continue;
      let i = top.length === limit ? limit - 1 : top.length;
      while (i > 0 && top[i - 1]!.weight < units * this.scale) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = { feature, weight: units * this.scale };
    }
    return top;
  }
}
