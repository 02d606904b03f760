/** The part of kuromoji 0.1.2's API the build step uses (the package ships no types). */
declare module 'kuromoji' {
  interface IpadicFeatures {
    surface_form: string;
    pos: string;
    basic_form: string;
    reading?: string;
  }
  interface Tokenizer<T> {
    tokenize(text: string): T[];
  }
  interface Builder {
    build(callback: (err: Error | null, tokenizer: Tokenizer<IpadicFeatures>) => void): void;
  }
  function builder(options: { dicPath: string }): Builder;
  const kuromoji: { builder: typeof builder };
  export default kuromoji;
  export type { IpadicFeatures, Tokenizer };
}
