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
  /** A weight is an integer in -levels…levels, times scale. */
  scale: number;
  levels: number;
  /** Softmax temperature fitted on examples the model did not train on. */
  temperature: number;
  /**
   * The sparse weights as text, one number per character (32 + n; see WEIGHT_TEXT_CARRY), features
   * in bucket order: the feature count; per feature the gap from the previous bucket; per feature
   * how many classes it weighs; per weight the gap from the previous class number of its feature
   * (ascending); per weight its value + levels.
   */
  weights: string;
}

export interface ClassScore {
  name: string;
  p: number;
}

/** A character of the weights text is 32 + a number below this; this one carries it into the next. */
export const WEIGHT_TEXT_CARRY = 0x7000;

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
    const text = data.weights;
    let at = 0;
    const next = () => {
      let n = 0;
      for (;;) {
        const c = text.charCodeAt(at++) - 32;
        if (c < WEIGHT_TEXT_CARRY) return n + c;
        n += c;
      }
    };
    const features = next();
    this.buckets = new Int32Array(features);
    this.offsets = new Int32Array(features + 1);
    let bucket = 0;
    for (let f = 0; f < features; f++) this.buckets[f] = bucket += next();
    let w = 0;
    for (let f = 0; f < features; f++) {
      this.offsets[f] = w;
      w += next();
    }
    this.offsets[features] = w;
    this.weightClass = new Uint8Array(w);
    this.weightValue = new Float32Array(w);
    for (let f = 0; f < features; f++) {
      let k = 0;
      for (let i = this.offsets[f]!; i < this.offsets[f + 1]!; i++) this.weightClass[i] = k += next();
    }
    const levels = data.levels;
    for (let i = 0; i < w; i++) this.weightValue[i] = (next() - levels) * data.scale;
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

  /** Every class with its probability, most likely first, and the lexicon's concepts found in the text. */
  classify(text: string): { scores: ClassScore[]; concepts: Set<string> } {
    const { concepts, buckets: features } = textFeatures(text, this.concepts);
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
    return { scores: scores.sort((a, b) => b.p - a.p), concepts };
  }
}
