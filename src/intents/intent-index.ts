import { normalise } from './normalise';
import { features, latinWords } from './tokenise';
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
  features: string[];
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
 * Stop words are not matched on, but they still weigh in each text's length: otherwise
 * "do I have to link" would be nothing but "link" and match a bare "link" perfectly.
 */
const STOP_WORD_WEIGHT2 = 0.25;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Features are weighted by how few intents use them, so 連携 or "unlink" count for much
 * and です or "account" for little; an example's weight vector is normalised once here.
 */
export function compileIndex(entries: readonly IntentExamples[]): IndexData {
  const exampleFeatures: string[][] = [];
  const exampleStopWords: number[] = [];
  const exampleIntent: number[] = [];
  const intentsUsing = new Map<string, Set<number>>();
  entries.forEach((entry, intentNo) => {
    for (const example of entry.examples) {
      const normalised = normalise(example);
      const fs = features(normalised);
      if (fs.length === 0) continue;
      exampleFeatures.push(fs);
      exampleStopWords.push(latinWords(normalised).stopWords);
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
  const weights = featureList.map((f) => round(Math.log(1 + entries.length / intentsUsing.get(f)!.size)));
  const postings: number[][] = featureList.map(() => []);
  const exampleNorm = exampleFeatures.map((fs, exampleNo) => {
    let sum = exampleStopWords[exampleNo]! * STOP_WORD_WEIGHT2;
    for (const f of fs) {
      const i = featureNo.get(f)!;
      sum += weights[i]! * weights[i]!;
      postings[i]!.push(exampleNo);
    }
    return round(Math.sqrt(sum));
  });
  return {
    intents: entries.map((e) => e.intent),
    features: featureList,
    weights,
    postings,
    featureIntents: featureList.map((f) => [...intentsUsing.get(f)!].sort((a, b) => a - b)),
    exampleIntent,
    exampleNorm,
    unknownWeight: round(Math.log(1 + entries.length / 2)),
  };
}

interface Posting {
  weight: number;
  examples: readonly number[];
  intents: readonly number[];
}

/**
 * Ranks intents for a text: cosine similarity to each example sharing a feature (an intent
 * scores as its best example), blended with how much of the query the intent's vocabulary
 * covers. A query word the index has never seen makes the query less like everything, which
 * is how unrelated questions fall below the confidence threshold.
 */
export class IntentIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly exampleScores: Float64Array;
  private readonly best: Float64Array;
  private readonly cover: Float64Array;
  private typos: TypoCorrector | undefined;

  constructor(private readonly data: IndexData) {
    data.features.forEach((f, i) => this.postings.set(f, { weight: data.weights[i]!, examples: data.postings[i]!, intents: data.featureIntents[i]! }));
    this.exampleScores = new Float64Array(data.exampleIntent.length);
    this.best = new Float64Array(data.intents.length);
    this.cover = new Float64Array(data.intents.length);
  }

  /** Built on the first unknown word, so a cold start does not pay for it. */
  private correct(word: string): string {
    this.typos ??= new TypoCorrector(this.data.features.filter((f) => f.startsWith('w:')).map((f) => f.slice(2)));
    return this.typos.correct(word) ?? word;
  }

  /** Intents by descending score (0…1), best first; only those sharing something with the text. */
  rank(text: string): Scored[] {
    const normalised = normalise(text);
    const latin = latinWords(normalised);
    const words = latin.words.map((w) => (this.postings.has('w:' + w) ? w : this.correct(w)));
    let queryNorm2 = latin.stopWords * STOP_WORD_WEIGHT2;
    const touchedExamples: number[] = [];
    const touchedIntents: number[] = [];
    for (const f of features(normalised, words)) {
      const posting = this.postings.get(f);
      if (!posting) {
        queryNorm2 += this.data.unknownWeight * this.data.unknownWeight;
        continue;
      }
      const w2 = posting.weight * posting.weight;
      queryNorm2 += w2;
      for (const i of posting.intents) {
        if (this.cover[i] === 0) touchedIntents.push(i);
        this.cover[i]! += w2;
      }
      for (const ex of posting.examples) {
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
