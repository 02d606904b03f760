/**
 * Finds the lexicon's concepts in a normalised text: left to right, the longest term starting
 * at each place wins and is skipped over (ブロック解除 is `unblock`, so its 解除 is not `unlink`).
 * Latin terms match whole words, with a plural or -ed/-ing ending allowed.
 */
import { charNumber, numberChar } from './number-chars';

/** The lexicon as the build step reads it: per concept, its id and its terms already normalised. */
export type ConceptTable = readonly (readonly [id: string, terms: readonly string[]])[];

/**
 * The lexicon as the Worker ships it: terms grouped by their first character, longest first, so
 * a cold start builds nothing. Each group is one string of `term` + its concept's number as one
 * character (numberChar), separated by `|` (normalised text has no punctuation).
 */
export interface CompiledConcepts {
  ids: string[];
  byFirst: Record<string, string>;
}

const SEPARATOR = '|';

export function compileConcepts(table: ConceptTable): CompiledConcepts {
  const groups: Record<string, [string, number][]> = {};
  table.forEach(([, terms], concept) => {
    for (const term of terms) {
      if (term === '') continue;
      if (term.includes(SEPARATOR) || numberChar(concept) === SEPARATOR) throw new Error(`lexicon: cannot pack ${term}`);
      (groups[term[0]!] ??= []).push([term, concept]);
    }
  });
  const byFirst: Record<string, string> = {};
  for (const [first, list] of Object.entries(groups).sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    byFirst[first] = list.map(([term, concept]) => term + numberChar(concept)).join(SEPARATOR);
  }
  return { ids: table.map(([id]) => id), byFirst };
}

const LATIN = /[a-z0-9]/;
const ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing'];

export class ConceptMatcher {
  /** Groups unpacked on first use. */
  private readonly groups = new Map<string, [term: string, concept: number][] | undefined>();

  constructor(private readonly compiled: CompiledConcepts) {}

  private group(first: string): [string, number][] | undefined {
    if (this.groups.has(first)) return this.groups.get(first);
    // An own-property check: a text may contain "constructor" or "__proto__".
    const packed = Object.hasOwn(this.compiled.byFirst, first) ? this.compiled.byFirst[first] : undefined;
    const group = packed?.split(SEPARATOR).map((entry): [string, number] => [entry.slice(0, -1), charNumber(entry.charCodeAt(entry.length - 1))]);
    this.groups.set(first, group);
    return group;
  }

  /** Concept ids found in the text, each once. */
  find(normalised: string): Set<string> {
    const found = new Set<string>();
    let i = 0;
    while (i < normalised.length) {
      const matched = this.matchAt(normalised, i);
      if (matched) {
        found.add(this.compiled.ids[matched[1]]!);
        i += matched[0];
      } else i++;
    }
    return found;
  }

  /** [length consumed, concept number] of the longest term starting at i, or undefined. */
  private matchAt(s: string, i: number): [number, number] | undefined {
    const first = s[i]!;
    const candidates = this.group(first);
    if (!candidates) return undefined;
    if (LATIN.test(first) && i > 0 && LATIN.test(s[i - 1]!)) return undefined;
    for (const [term, concept] of candidates) {
      if (!s.startsWith(term, i)) continue;
      const end = i + term.length;
      if (!LATIN.test(term[term.length - 1]!)) return [term.length, concept];
      for (const ending of ENDINGS) {
        if (ending && !s.startsWith(ending, end)) continue;
        const after = s[end + ending.length];
        if (after === undefined || !LATIN.test(after)) return [term.length + ending.length, concept];
      }
    }
    return undefined;
  }
}
