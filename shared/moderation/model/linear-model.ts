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
  /**
   * The open-addressing table, one slot of `stride` Int32 words per feature: its hash, then its weights
   * (Int8, one per class, read through `weights`): 16 bytes for the shipped model's ten classes. A probe
   * that finds a feature touches one cache line; with the hashes, row numbers and weights in three arrays
   * of megabytes each, a comment's few hundred probes missed the cache up to three times apiece.
   */
  private readonly table: Int32Array;
  /** The same memory as `table`, by byte: slot `i`'s weight for class `c` is at `(i * stride + 1) * 4 + c`. */
  private readonly weights: Int8Array;
  private readonly stride: number;
  /** Quantised weights, `scale` each: summed as integers, scaled once per class. */
  private readonly scale: number;
  private readonly sums: Int32Array;
  private readonly bias: Float64Array;
  private readonly mask: number;
  /** What the last `touch` read: nothing uses it, but kept, the reads cannot be optimised away. */
  touched = 0;

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
    const stored = new Int8Array(bytes.buffer, n * 4, n * k);
    this.scale = data.scale;
    this.sums = new Int32Array(k);
    this.bias = Float64Array.from(data.bias);
    // The hash word, then the class weights rounded up to whole words, then up to a power of two so
    // that no slot straddles a cache line.
    let stride = 1;
    while (stride < 1 + Math.ceil(k / 4)) stride *= 2;
    this.stride = stride;
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.table = new Int32Array(capacity * stride);
    this.weights = new Int8Array(this.table.buffer);
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let i = key & this.mask;
      while (this.table[i * stride] !== EMPTY) i = (i + 1) & this.mask;
      this.table[i * stride] = key;
      // Byte by byte: a subarray per row would allocate 160,000 views on the first comment.
      for (let c = 0, to = (i * stride + 1) * 4; c < k; c++) this.weights[to + c] = stored[row * k + c]!;
    }
  }

  /** Where a feature's weights start in `weights`, or -1 when the model has no weight for it. */
  private weightsOf(id: number): number {
    const stride = this.stride;
    let i = id & this.mask;
    for (;;) {
      const slot = this.table[i * stride]!;
      if (slot === EMPTY) return -1;
      if (slot === id) return (i * stride + 1) * 4;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Reads the first slot of every feature's probe, so that the table's cache lines are on their way in
   * before `weightsOf` needs them. The table is megabytes and most probes miss the cache; these reads do
   * not depend on one another, so the processor keeps many misses in flight at once, where the probe
   * loop, which branches on each slot it reads, waited for them about one at a time (measured on the
   * civil bench: 34 µs of probes per comment, 13 µs with this pass first).
   */
  private touch(ids: readonly number[]): void {
    const { table, mask, stride } = this;
    let seen = 0;
    for (let q = 0; q < ids.length; q++) seen ^= table[(ids[q]! & mask) * stride]!;
    this.touched = seen;
  }

  /** Class probabilities for a set of features. */
  probabilities(ids: readonly number[]): Float64Array {
    const k = this.classes.length;
    const sums = this.sums.fill(0);
    this.touch(ids);
    for (const id of ids) {
      const at = this.weightsOf(id);
      if (at < 0) continue;
      for (let c = 0; c < k; c++) sums[c]! += this.weights[at + c]!;
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
    const civil = this.classes.indexOf('civil');
    // The `limit` largest, kept sorted by insertion: a comment has hundreds of features, evidence ten.
    const top: Contribution[] = [];
    for (let feature = 0; feature < ids.length; feature++) {
      const at = this.weightsOf(ids[feature]!);
      if (at < 0) continue;
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
