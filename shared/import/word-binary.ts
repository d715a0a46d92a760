/**
 * Old Word (.doc, the Word 97–2003 binary format, still what many township PCs save) → SourceDocument,
 * from the text the Node side takes out of it (electron/files/word-binary-text.ts, word-extractor).
 * That text keeps every cell but not the rows: each cell ends in a tab and a row's end mark becomes one
 * more, so two tabs end a row — but an empty cell inside a row gives two tabs as well. A row of the
 * statutory tables starts with its label, so two tabs before a label end a row and two before a number
 * are an empty cell; where that still leaves rows run together (a table of numbers only), the table
 * reader places the numbers by the table's arithmetic as it does for a web page's glued text, and flags
 * what it cannot place.
 */
import { type SourceDocument } from './source.ts';
import { textToSource } from './text.ts';

export interface WordBinaryText {
  /** The main text, cells ending in tabs. */
  body: string;
  /** The text boxes' text (a title is sometimes drawn as one). */
  boxes: string;
}

/** Takes the text out of an old Word file; throws when the file is not one (a .wps, an Excel .xls). */
export type WordBinaryReader = (bytes: Uint8Array) => Promise<WordBinaryText>;

/**
 * Two tabs or more before a label (「1.属于国家秘密」 too) or the end: a row's end, with any empty cells at
 * its end or at the start of the next (a merged label column). Before a cell that is a number they are
 * an empty cell inside the row.
 */
const ROW_END = /\t{2,}(?![ \u3000]*-?[\d.]+[ \u3000]*(?:\t|$))/g;

export function wordBinarySource({ body, boxes }: WordBinaryText): SourceDocument {
  const rows = body.replace(/\r\n?/g, '\n').replace(ROW_END, '\t\n');
  return { ...textToSource(boxes.trim() ? `${boxes}\n${rows}` : rows), format: 'doc' };
}
