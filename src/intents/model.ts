/**
 * The router's model at run time: a linear classifier (multinomial logistic regression) over
 * hashed features, trained at build time (src/intents/build/) and shipped as compact data.
 * Scoring a text sums, for each of its features, the few class weights that feature kept after
 * pruning, and turns the sums into probabilities with a softmax at the calibrated temperature.
 */
import { ConceptMatcher, type ConceptTable } from './concepts';
import { textFeatures } from './features';

/** The class of texts this bot cannot answer (buyer questions, other topics, nonsense). */
export const NONE = 'none';

/** What the build step writes (model.generated.ts). */
export interface ModelData {
  /** SHA-256 of everything the model was built from, so a test can tell when it is stale. */
  inputs: string;
  /** Class names: intent ids, smalltalk.* and `none`. */
  classes: string[];
  concepts: ConceptTable;
  /** Per class, added to every text's score. */
  bias: number[];
  /** A stored weight is int8 × scale. */
  scale: number;
  /** Softmax temperature fitted on examples the model did not train on. */
  temperature: number;
  /**
   * Base64 of the sparse weights: a varint feature count, then per feature (in bucket order) a
   * varint gap from the previous bucket, a byte with how many classes it weighs, and per class a
   * byte class number and an int8 weight.
   */
  weights: string;
}

export interface ClassScore {
  name: string;
  p: number;
}

/** Decodes standard base64 without depending on Buffer (Node) or atob's string round trip. */
function base64Bytes(s: string): Uint8Array {
  const table = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (table[clean.charCodeAt(i)]! << 18) | (table[clean.charCodeAt(i + 1)]! << 12) | (table[clean.charCodeAt(i + 2)]! << 6) | table[clean.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export class RouterModel {
  readonly classes: readonly string[];
  private readonly concepts: ConceptMatcher;
  private readonly buckets: Int32Array;
  /** Feature i's weights are entries offsets[i] … offsets[i+1]-1 of weightClass/weightValue. */
  private readonly offsets: Int32Array;
  private readonly weightClass: Uint8Array;
  private readonly weightValue: Float32Array;
  private readonly bias: Float64Array;
  private readonly invTemperature: number;
  private readonly logits: Float64Array;

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.concepts = new ConceptMatcher(data.concepts);
    this.bias = Float64Array.from(data.bias);
    this.invTemperature = 1 / data.temperature;
    this.logits = new Float64Array(data.classes.length);
    const bytes = base64Bytes(data.weights);
    let at = 0;
    const varint = () => {
      let n = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[at++]!;
        n += (b & 127) * 2 ** shift;
        if (b < 128) return n;
        shift += 7;
      }
    };
    const features = varint();
    this.buckets = new Int32Array(features);
    this.offsets = new Int32Array(features + 1);
    // Two bytes per weight at most: sized from what is left, trimmed by the offsets.
    this.weightClass = new Uint8Array((bytes.length - at) >> 1);
    this.weightValue = new Float32Array((bytes.length - at) >> 1);
    let bucket = 0;
    let w = 0;
    for (let f = 0; f < features; f++) {
      bucket += varint();
      this.buckets[f] = bucket;
      this.offsets[f] = w;
      const n = bytes[at++]!;
      for (let k = 0; k < n; k++) {
        this.weightClass[w] = bytes[at++]!;
        this.weightValue[w++] = ((bytes[at++]! << 24) >> 24) * data.scale;
      }
    }
    this.offsets[features] = w;
  }

  private find(bucket: number): number {
    let lo = 0;
    let hi = this.buckets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.buckets[mid]!;
      if (b === bucket) return mid;
      if (b < bucket) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Every class with its probability, most likely first. */
  classify(text: string): ClassScore[] {
    const features = textFeatures(text, this.concepts);
    const logits = this.logits;
    logits.set(this.bias);
    // Each feature counts 1/√n: a long text is not more certain for being long, and features the
    // model never saw still count in n, so a text mostly about something else is less certain.
    const value = features.length ? 1 / Math.sqrt(features.length) : 0;
    for (const bucket of features) {
      const f = this.find(bucket);
      if (f < 0) continue;
      for (let k = this.offsets[f]!; k < this.offsets[f + 1]!; k++) logits[this.weightClass[k]!]! += this.weightValue[k]! * value;
    }
    let max = -Infinity;
    for (const l of logits) if (l > max) max = l;
    let sum = 0;
    const scores: ClassScore[] = [];
    for (let c = 0; c < logits.length; c++) {
      const e = Math.exp((logits[c]! - max) * this.invTemperature);
      sum += e;
      scores.push({ name: this.classes[c]!, p: e });
    }
    for (const s of scores) s.p /= sum;
    return scores.sort((a, b) => b.p - a.p);
  }
}
