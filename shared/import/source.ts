/**
 * What every reader (.docx, .pdf, .html, text) hands to the importer: the document in reading order as
 * paragraphs and tables, nothing format-specific. Readers only rebuild structure; deciding what a
 * paragraph or a cell means (headings, the schema's rows, numbers, flags) is the importer's job.
 */
import type { Report } from '../report/model.ts';
import type { SectionId } from '../schema/sections.ts';

export interface SourceCell {
  /** The cell's text, lines joined with '\n' where the source broke them. */
  text: string;
  rowSpan: number;
  colSpan: number;
}

export type SourceBlock =
  | {
      kind: 'paragraph';
      text: string;
      /** The source's own style or outline hint where it has one ('Title', 'Heading 1', 'h2', a font size…). */
      style?: string;
    }
  | {
      kind: 'table';
      /** Rows of the cells that start there (the HTML model: a cell covered by a span is not repeated). */
      rows: SourceCell[][];
    };

export interface SourceDocument {
  /** Where it came from; text sources (.txt, .md, pasted) have one paragraph block per line. */
  format: 'docx' | 'doc' | 'odt' | 'rtf' | 'pdf' | 'html' | 'text';
  blocks: SourceBlock[];
}

/** An uncertain value or paragraph, with the Chinese reason the clerk sees on the review screen. */
export interface ImportFlag {
  cell?: string;
  paragraph?: { section: SectionId | 'preamble'; index: number };
  /** The report's header field the flag is about: the unit's name or its kind, which the clerk may change there. */
  field?: 'unitName' | 'unitKind';
  reason: string;
  /** The source text the guess was made from, shown beside it for the clerk to compare. */
  source?: string;
  /** A scanned cell as an image (PNG data URL), shown beside the value read from it. */
  crop?: string;
}

export interface ImportResult {
  report: Report;
  flags: ImportFlag[];
  /** 'scan': an image or image-only PDF read by OCR. */
  format: SourceDocument['format'] | 'nianbao' | 'facts' | 'scan';
}

/**
 * A document reader's blocks with each paragraph trimmed (leading full-width spaces are the clerk's
 * hand-typed indent, not text) and the paragraphs left empty dropped.
 */
export function trimParagraphs(blocks: readonly SourceBlock[]): SourceBlock[] {
  return blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: b.text.trim() } : b)).filter((b) => b.kind === 'table' || b.text !== '');
}
