/**
 * The text of an old Word file (.doc, Word 97–2003 binary), for shared/import/word-binary.ts. word-extractor
 * (pure JavaScript, maintained, no native code) reads the OLE container and Word's piece table; it runs
 * here, at the Node edge, because it reads through Node's Buffer. Loaded on the first .doc only.
 */
import type { WordBinaryText } from '../../shared/import/word-binary.ts';

export async function wordBinaryText(bytes: Uint8Array): Promise<WordBinaryText> {
  const { default: WordExtractor } = await import('word-extractor');
  const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { body: doc.getBody({ filterUnicode: false }), boxes: doc.getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false, includeBody: true }) };
}
