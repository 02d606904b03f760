/**
 * Trains the router's classifier at build time: multinomial logistic regression over hashed
 * features (each text's features count 1/√n, as at run time), by AdaGrad with L2, then pruned to
 * the strongest weights, fine-tuned on what is left, and quantised to int8.
 */
import { numberChar } from '../number-chars';
import { seededRandom } from './analyse';

export interface Instance {
  /** Hashed feature buckets, deduplicated. */
  features: readonly number[];
  label: number;
  /** Instances made from the same example share a group (held out together). */
  group: number;
}

export interface TrainOptions {
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** How many weights survive pruning. */
  keep: number;
  fineTuneEpochs: number;
  seed: number;
}

export interface SparseModel {
  /** Bucket → [class, weight] pairs (weights not yet quantised). */
  weights: Map<number, [number, number][]>;
  bias: Float64Array;
}

/** Trains on instances; returns the pruned model. */
export function train(instances: readonly Instance[], options: TrainOptions): SparseModel {
  const K = options.classes;
  const rowOf = new Map<number, number>();
  for (const inst of instances) for (const b of inst.features) if (!rowOf.has(b)) rowOf.set(b, rowOf.size);
  const rows = instances.map((inst) => Int32Array.from(inst.features, (b) => rowOf.get(b)!));
  const W = new Float32Array(rowOf.size * K);
  const G = new Float32Array(rowOf.size * K).fill(1);
  const bias = new Float64Array(K);
  const biasG = new Float64Array(K).fill(1);
  let mask: Uint8Array | undefined;
  const random = seededRandom(options.seed);
  const order = instances.map((_, i) => i);
  const logits = new Float64Array(K);

  const epoch = () => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = rows[n]!;
      const v = x.length ? 1 / Math.sqrt(x.length) : 0;
      logits.set(bias);
      for (const r of x) for (let k = 0, o = r * K; k < K; k++, o++) logits[k]! += W[o]! * v;
      let max = -Infinity;
      for (const l of logits) if (l > max) max = l;
      let sum = 0;
      for (let k = 0; k < K; k++) sum += logits[k] = Math.exp(logits[k]! - max);
      const label = instances[n]!.label;
      for (let k = 0; k < K; k++) {
        const g = logits[k]! / sum - (k === label ? 1 : 0);
        biasG[k]! += g * g;
        bias[k]! -= (options.learningRate * g) / Math.sqrt(biasG[k]!);
        logits[k] = g;
      }
      for (const r of x) {
        for (let k = 0, o = r * K; k < K; k++, o++) {
          if (mask && !mask[o]) continue;
          const g = logits[k]! * v + options.l2 * W[o]!;
          G[o]! += g * g;
          W[o]! -= (options.learningRate * g) / Math.sqrt(G[o]!);
        }
      }
    }
  };

  for (let e = 0; e < options.epochs; e++) epoch();
  // Keep the strongest weights; the rest round to nothing after quantisation anyway.
  const magnitudes = Float32Array.from(W, Math.abs).sort();
  const threshold = magnitudes[Math.max(0, magnitudes.length - options.keep)] ?? 0;
  mask = new Uint8Array(W.length);
  for (let o = 0; o < W.length; o++) {
    if (Math.abs(W[o]!) >= threshold && W[o] !== 0) mask[o] = 1;
    else W[o] = 0;
  }
  for (let e = 0; e < options.fineTuneEpochs; e++) epoch();

  const weights = new Map<number, [number, number][]>();
  for (const [bucket, r] of rowOf) {
    const pairs: [number, number][] = [];
    for (let k = 0; k < K; k++) if (mask[r * K + k]) pairs.push([k, W[r * K + k]!]);
    if (pairs.length) weights.set(bucket, pairs);
  }
  return { weights, bias };
}

/** Probabilities of each class for one instance under a sparse model, at a temperature. */
export function predict(model: SparseModel, features: readonly number[], temperature = 1): Float64Array {
  const logits = Float64Array.from(model.bias);
  const v = features.length ? 1 / Math.sqrt(features.length) : 0;
  for (const b of features) for (const [k, w] of model.weights.get(b) ?? []) logits[k]! += w * v;
  let max = -Infinity;
  for (const l of logits) if (l > max) max = l;
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += logits[k] = Math.exp((logits[k]! - max) / temperature);
  for (let k = 0; k < logits.length; k++) logits[k]! /= sum;
  return logits;
}

/** The temperature that minimises the negative log-likelihood of held-out instances. */
export function fitTemperature(model: SparseModel, heldOut: readonly Instance[]): number {
  const nll = (t: number) => heldOut.reduce((s, inst) => s - Math.log(Math.max(1e-12, predict(model, inst.features, t)[inst.label]!)), 0);
  let [lo, hi] = [0.2, 5];
  for (let i = 0; i < 40; i++) {
    const a = lo + (hi - lo) / 3;
    const b = hi - (hi - lo) / 3;
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return Math.round(((lo + hi) / 2) * 1000) / 1000;
}

/**
 * The sparse weights as text the Worker reads in place (see ModelData.weights): every number is
 * one character (numberChar), so small numbers are one byte of UTF-8 and the text needs no
 * escape in a string literal. Weights are integers in -levels…levels, stored as value + levels.
 */
export function encodeWeights(model: SparseModel, levels: number): { scale: number; text: string; kept: number } {
  let max = 0;
  for (const pairs of model.weights.values()) for (const [, w] of pairs) max = Math.max(max, Math.abs(w));
  const scale = max / levels;
  const features = [...model.weights.keys()].sort((a, b) => a - b).flatMap((bucket) => {
    const pairs = model.weights.get(bucket)!.map(([k, w]) => [k, Math.round(w / scale)] as const).filter(([, q]) => q !== 0);
    return pairs.length ? [[bucket, pairs] as const] : [];
  });
  // Runs of one kind of number each compress better than the same numbers interleaved.
  const numbers = [
    features.length,
    ...features.map(([bucket], i) => bucket - (features[i - 1]?.[0] ?? 0)),
    ...features.map(([, pairs]) => pairs.length),
    // Classes of a feature ascending, each as its gap from the previous one.
    ...features.flatMap(([, pairs]) => pairs.map(([k], i) => k - (i ? pairs[i - 1]![0] : 0))),
    ...features.flatMap(([, pairs]) => pairs.map(([, q]) => q + levels)),
  ];
  let text = '';
  for (const n of numbers) {
    if (n < 0 || n >= 0xd000) throw new Error(`weights text: ${n} does not fit in one character`);
    text += numberChar(n);
  }
  return { scale, text, kept: features.reduce((sum, [, pairs]) => sum + pairs.length, 0) };
}
