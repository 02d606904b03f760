/**
 * The router's model at run time: a linear classifier (multinomial logistic regression) over
 * hashed features, trained at build time (src/intents/build/) and shipped as compact data.
 * Scoring a text sums, for each of its features, the few class weights that feature kept after
 * pruning, and turns the sums into probabilities with a softmax at the calibrated temperature.
 */
import { ConceptMatcher, type CompiledConcepts } from './concepts';
import { HASH_BITS, textFeatures } from './features';
import { charNumber } from './number-chars';

/** The class of texts this bot cannot answer (buyer questions, other topics, nonsense). */
export const NONE = 'none';

/** What the build step writes (model.generated.ts). */
export interface ModelData {
  /** SHA-256 of everything the model was built from, so a test can tell when it is stale. */
  inputs: string;
  /** Class names: intent ids, smalltalk.* and `none`. */
  classes: string[];
  concepts: CompiledConcepts;
  /** Per class, added to every text's score. */
  bias: number[];
  /** A weight is an integer in -levels…levels, times scale. */
  scale: number;
  levels: number;
  /** Softmax temperature fitted on examples the model did not train on. */
  temperature: number;
  /**
   * The sparse weights as text, one number per character (see number-chars.ts), read in place.
   * The number of features, then runs: per feature (in bucket order) the gap from the previous
   * feature's bucket; per feature how many classes it weighs; per weight the gap from the previous
   * class number of its feature (ascending); per weight its value + levels (the weight is value ×
   * scale).
   */
  weights: string;
}

export interface ClassScore {
  name: string;
  p: number;
}

export class RouterModel {
  readonly classes: readonly string[];
  private readonly concepts: ConceptMatcher;
  private readonly text: string;
  /** Bucket → its feature's number, or -1 when the model kept no weight for it. */
  private readonly featureOf: Int32Array;
  /** Feature f's weights are numbers firstWeight[f] … firstWeight[f+1]-1 of the weight runs. */
  private readonly firstWeight: Int32Array;
  /** Where the runs of class gaps and of values start in the text. */
  private readonly classesAt: number;
  private readonly valuesAt: number;
  private readonly bias: Float64Array;
  private readonly scale: number;
  private readonly levels: number;
  private readonly invTemperature: number;
  private readonly logits: Float64Array;

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.concepts = new ConceptMatcher(data.concepts);
    this.bias = Float64Array.from(data.bias);
    this.scale = data.scale;
    this.levels = data.levels;
    this.invTemperature = 1 / data.temperature;
    this.logits = new Float64Array(data.classes.length);
    const text = (this.text = data.weights);
    const features = charNumber(text.charCodeAt(0));
    this.featureOf = new Int32Array(1 << HASH_BITS).fill(-1);
    this.firstWeight = new Int32Array(features + 1);
    let bucket = 0;
    for (let f = 0; f < features; f++) {
      bucket += charNumber(text.charCodeAt(1 + f));
      this.featureOf[bucket] = f;
      this.firstWeight[f + 1] = this.firstWeight[f]! + charNumber(text.charCodeAt(1 + features + f));
    }
    this.classesAt = 1 + 2 * features;
    this.valuesAt = this.classesAt + this.firstWeight[features]!;
    if (this.valuesAt + this.firstWeight[features]! !== text.length) throw new Error('router model: weights text does not match its counts');
  }

  /** Adds a feature's weights (times value) to the logits, if the model kept any for its bucket. */
  private add(bucket: number, value: number): void {
    const f = this.featureOf[bucket]!;
    if (f < 0) return;
    const text = this.text;
    const factor = this.scale * value;
    let k = 0;
    for (let i = this.firstWeight[f]!, end = this.firstWeight[f + 1]!; i < end; i++) {
      k += charNumber(text.charCodeAt(this.classesAt + i));
      this.logits[k]! += (charNumber(text.charCodeAt(this.valuesAt + i)) - this.levels) * factor;
    }
  }

  /** Every class with its probability, most likely first, and the lexicon's concepts found in the text. */
  classify(text: string): { scores: ClassScore[]; concepts: Set<string> } {
    const { concepts, buckets: features } = textFeatures(text, this.concepts);
    const logits = this.logits;
    logits.set(this.bias);
    // Each feature counts 1/√n: a long text is not more certain for being long, and features the
    // model never saw still count in n, so a text mostly about something else is less certain.
    const value = features.length ? 1 / Math.sqrt(features.length) : 0;
    for (const bucket of features) this.add(bucket, value);
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
