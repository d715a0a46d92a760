// word-extractor 1.0.4 ships no types, and @types/word-extractor leaves out the options its methods take
// (without filterUnicode: false it turns 「“”」 into straight quotes).
declare module 'word-extractor' {
  interface TextOptions {
    filterUnicode?: boolean;
  }
  class WordDocument {
    getBody(options?: TextOptions): string;
    getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
