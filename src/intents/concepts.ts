/**
 * Finds the lexicon's concepts in a normalised text: left to right, the longest term starting
 * at each place wins and is skipped over (ブロック解除 is `unblock`, so its 解除 is not `unlink`).
 * Latin terms match whole words, with a plural or -ed/-ing ending allowed.
 */

/** The compiled lexicon: per concept, its id and its terms already normalised (kana readings included). */
export type ConceptTable = readonly (readonly [id: string, terms: readonly string[]])[];

const LATIN = /[a-z0-9]/;
const ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing'];

export class ConceptMatcher {
  /** First character → [term, concept] pairs, longest term first. */
  private readonly byFirst = new Map<string, [string, string][]>();

  constructor(table: ConceptTable) {
    for (const [id, terms] of table) {
      for (const term of terms) {
        const first = term[0];
        if (!first) continue;
        let list = this.byFirst.get(first);
        if (!list) this.byFirst.set(first, (list = []));
        list.push([term, id]);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  /** Concept ids found in the text, each once. */
  find(normalised: string): Set<string> {
    const found = new Set<string>();
    let i = 0;
    while (i < normalised.length) {
      const matched = this.matchAt(normalised, i);
      if (matched) {
        found.add(matched[1]);
        i += matched[0];
      } else i++;
    }
    return found;
  }

  /** [length consumed, concept] of the longest term starting at i, or undefined. */
  private matchAt(s: string, i: number): [number, string] | undefined {
    const candidates = this.byFirst.get(s[i]!);
    if (!candidates) return undefined;
    const latinStart = LATIN.test(s[i]!);
    if (latinStart && i > 0 && LATIN.test(s[i - 1]!)) return undefined;
    for (const [term, id] of candidates) {
      if (!s.startsWith(term, i)) continue;
      const end = i + term.length;
      if (!LATIN.test(term[term.length - 1]!)) return [term.length, id];
      for (const ending of ENDINGS) {
        if (ending && !s.startsWith(ending, end)) continue;
        const after = s[end + ending.length];
        if (after === undefined || !LATIN.test(after)) return [term.length + ending.length, id];
      }
    }
    return undefined;
  }
}
