/**
 * Reads the example phrasings (content/intents/examples/*.txt): a `[class]` line starts a class
 * (an intent id, smalltalk.* or none), every other non-empty line not starting with `#` is one
 * example of it. Only the build step reads them; the Worker never ships them.
 */
export const EXAMPLES_DIR = 'content/intents/examples';

export function parseExamples(text: string, source: string, into = new Map<string, string[]>()): Map<string, string[]> {
  let current: string[] | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const header = /^\[([a-z0-9.~-]+)\]$/.exec(line);
    if (header) {
      const name = header[1]!;
      current = into.get(name) ?? [];
      into.set(name, current);
      return;
    }
    if (!current) throw new Error(`${source}:${i + 1}: example before any [class] line`);
    current.push(line);
  });
  return into;
}
