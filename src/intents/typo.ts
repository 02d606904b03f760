/**
 * Spelling correction for Latin words by deletion neighbourhoods (edit distance ≤ 1,
 * plus most transpositions): a word and a vocabulary word match when deleting at most one
 * letter from each makes them equal. Lookups cost a few map reads, where fuse.js over the
 * same vocabulary measured ~2 ms per word — several times the whole per-query budget.
 */
export class TypoCorrector {
  private readonly byDeletion = new Map<string, string>();

  constructor(vocabulary: Iterable<string>, private readonly minLength = 4) {
    for (const word of vocabulary) {
      if (word.length < minLength) continue;
      for (const key of deletions(word)) if (!this.byDeletion.has(key)) this.byDeletion.set(key, word);
    }
  }

  /** The vocabulary word this unknown word most likely meant, or undefined. */
  correct(word: string): string | undefined {
    if (word.length < this.minLength) return undefined;
    for (const key of deletions(word)) {
      const hit = this.byDeletion.get(key);
      if (hit && Math.abs(hit.length - word.length) <= 1) return hit;
    }
    return undefined;
  }
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
