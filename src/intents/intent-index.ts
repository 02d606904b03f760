import { normalise } from './normalise';
import { features, latinWords, silentCount, STOP_PREFIX } from './tokenise';
import { TypoCorrector } from './typo';

/** Examples of what people type for one intent (or for the out-of-scope class). */
export interface IntentExamples {
  intent: string;
  examples: readonly string[];
}

export interface Scored {
  intent: string;
  score: number;
}

/** The index as plain data, so it can be computed at build time and shipped as a module. */
export interface IndexData {
  intents: string[];
  /**
   * Feature → its number (the position of its weight and postings), in sorted order. An
   * object rather than a list: JSON.parse builds the lookup table natively, where filling a
   * Map at cold start costs milliseconds and searching a list costs on every query.
   */
  features: Record<string, number>;
  /** Per feature: its weight, the examples and the intents that use it. */
  weights: number[];
  postings: number[][];
  featureIntents: number[][];
  exampleIntent: number[];
  exampleNorm: number[];
  unknownWeight: number;
}

/** How much of an intent's score is its best example (the rest: how much of the query its vocabulary covers). */
const BEST_EXAMPLE_SHARE = 0.6;

/**
 * Stop words weigh little, whatever their spread: they keep "do I have to link" from being
 * nothing but "link" (a bare "link" would match it perfectly), they tell "is it linked" from
 * "link it", and they are all that "what can I do here" is made of.
 */
const STOP_WORD_WEIGHT = 0.5;

/** Four decimals are plenty for ranking, and every digit is parsed at cold start. */
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** A feature weighs by how few intents use it (stop words: lightly, whatever their spread). */
const featureWeight = (feature: string, intents: number, users: number): number =>
  feature.startsWith(STOP_PREFIX) ? STOP_WORD_WEIGHT : round(Math.log(1 + intents / users));

/**
 * Features are weighted by how few intents use them, so 連携 or "unlink" count for much
 * and です or "account" for little; an example's weight vector is normalised once here.
 */
export function compileIndex(entries: readonly IntentExamples[]): IndexData {
  const exampleFeatures: string[][] = [];
  const exampleSilent: number[] = [];
  const exampleIntent: number[] = [];
  const intentsUsing = new Map<string, Set<number>>();
  entries.forEach((entry, intentNo) => {
    for (const example of entry.examples) {
      const normalised = normalise(example);
      const fs = features(normalised);
      if (fs.length === 0) continue;
      exampleFeatures.push(fs);
      exampleSilent.push(silentCount(latinWords(normalised).stopWords));
      exampleIntent.push(intentNo);
      for (const f of fs) {
        let users = intentsUsing.get(f);
        if (!users) intentsUsing.set(f, (users = new Set()));
        users.add(intentNo);
      }
    }
  });
  const featureList = [...intentsUsing.keys()].sort();
  const featureNo = new Map(featureList.map((f, i) => [f, i]));
  const weights = featureList.map((f) => featureWeight(f, entries.length, intentsUsing.get(f)!.size));
  const postings: number[][] = featureList.map(() => []);
  const exampleNorm = exampleFeatures.map((fs, exampleNo) => {
    let sum = exampleSilent[exampleNo]! * STOP_WORD_WEIGHT * STOP_WORD_WEIGHT;
    for (const f of fs) {
      const i = featureNo.get(f)!;
      sum += weights[i]! * weights[i]!;
      postings[i]!.push(exampleNo);
    }
    return round(Math.sqrt(sum));
  });
  return {
    intents: entries.map((e) => e.intent),
    features: Object.fromEntries(featureList.map((f, i) => [f, i])),
    weights,
    postings,
    featureIntents: featureList.map((f) => [...intentsUsing.get(f)!].sort((a, b) => a - b)),
    exampleIntent,
    exampleNorm,
    // An unknown word counts as much as a word that two intents share.
    unknownWeight: featureWeight('', entries.length, 2),
  };
}

/**
 * Ranks intents for a text: cosine similarity to each example sharing a feature (an intent
 * scores as its best example), blended with how much of the query the intent's vocabulary
 * covers. A query word the index has never seen makes the query less like everything, which
 * is how unrelated questions fall below the confidence threshold.
 */
export class IntentIndex {
  private readonly exampleScores: Float64Array;
  private readonly best: Float64Array;
  private readonly cover: Float64Array;
  private typos: TypoCorrector | undefined;

  constructor(private readonly data: IndexData) {
    this.exampleScores = new Float64Array(data.exampleIntent.length);
    this.best = new Float64Array(data.intents.length);
    this.cover = new Float64Array(data.intents.length);
  }

  /** The feature's number, or -1 (features are prefixed, so none is an Object.prototype key). */
  private find(feature: string): number {
    return this.data.features[feature] ?? -1;
  }

  /** Built on the first unknown word, so a cold start does not pay for it. */
  private correct(word: string): string {
    this.typos ??= new TypoCorrector(Object.keys(this.data.features).filter((f) => f.startsWith('w:')).map((f) => f.slice(2)));
    return this.typos.correct(word) ?? word;
  }

  /** Intents by descending score (0…1), best first; only those sharing something with the text. */
  rank(text: string): Scored[] {
    const normalised = normalise(text);
    const latin = latinWords(normalised);
    const words = latin.words.map((w) => (this.find('w:' + w) >= 0 ? w : this.correct(w)));
    let queryNorm2 = silentCount(latin.stopWords) * STOP_WORD_WEIGHT * STOP_WORD_WEIGHT;
    const touchedExamples: number[] = [];
    const touchedIntents: number[] = [];
    for (const f of features(normalised, { words, stopWords: latin.stopWords })) {
      const no = this.find(f);
      if (no < 0) {
        queryNorm2 += f.startsWith(STOP_PREFIX) ? STOP_WORD_WEIGHT * STOP_WORD_WEIGHT : this.data.unknownWeight * this.data.unknownWeight;
        continue;
      }
      const w2 = this.data.weights[no]! * this.data.weights[no]!;
      queryNorm2 += w2;
      for (const i of this.data.featureIntents[no]!) {
        if (this.cover[i] === 0) touchedIntents.push(i);
        this.cover[i]! += w2;
      }
      for (const ex of this.data.postings[no]!) {
        if (this.exampleScores[ex] === 0) touchedExamples.push(ex);
        this.exampleScores[ex]! += w2;
      }
    }
    const queryNorm = Math.sqrt(queryNorm2);
    for (const ex of touchedExamples) {
      const score = this.exampleScores[ex]! / (queryNorm * this.data.exampleNorm[ex]!);
      this.exampleScores[ex] = 0;
      const i = this.data.exampleIntent[ex]!;
      if (score > this.best[i]!) this.best[i] = score;
    }
    const ranked = touchedIntents.map((i) => ({
      intent: this.data.intents[i]!,
      score: Math.pow(this.best[i]!, BEST_EXAMPLE_SHARE) * Math.pow(this.cover[i]! / queryNorm2, 1 - BEST_EXAMPLE_SHARE),
    }));
    for (const i of touchedIntents) this.best[i] = this.cover[i] = 0;
    return ranked.sort((a, b) => b.score - a.score);
  }
}
