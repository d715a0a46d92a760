/** What a rule reports, and the shape every rule module has. */
import type { Report } from '../report/model.ts';
import type { SectionId } from '../schema/sections.ts';

export type Severity = 'error' | 'warning';

/** Where prose lives: one of the six sections, or the opening paragraphs above 一、总体情况. */
export type ProsePart = SectionId | 'preamble';

/** A paragraph of the prose: its section (or the preamble) and its position there (0-based). */
export interface ParagraphRef {
  section: ProsePart;
  index: number;
}

/** One replacement inside a paragraph's text, by character offsets of the text the finding was made from. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The one-click fix of a text finding: 「改为 46」 and the edits that do it. */
export interface TextFix {
  label: string;
  edits: TextEdit[];
  /** The paragraph's sub-heading rather than its text. */
  field?: 'heading';
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Cells the finding is about (schema addresses); the editor highlights them. */
  cells: string[];
  /** The paragraph a text finding is about; the editor highlights it and the 问题 panel jumps to it. */
  paragraph?: ParagraphRef;
  /** Chinese text shown to the clerk, quoting the numbers. */
  message: string;
  /** Replacement text for the paragraph, offered as one button. */
  fix?: TextFix;
}

/**
 * editing: the clerk is still filling the report, an empty cell counts as 0 and is shown as 未填;
 * final: before export or when checking a published report, empty cells are reported too.
 */
export type Stage = 'editing' | 'final';

export interface RuleContext {
  report: Report;
  stage: Stage;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line saying what the rule checks, in Chinese (for the help panel and `--json` consumers). */
  title: string;
  /** The rule reads the prose (a paragraph edit can change its findings). */
  readsText?: boolean;
  check(ctx: RuleContext): Finding[];
}

/**
 * Key under which the clerk's reason for a warning is stored in the file; a text finding's key names
 * its paragraph (one reason covers that rule's findings in the paragraph).
 */
export function findingKey(f: Pick<Finding, 'rule' | 'cells' | 'paragraph'>): string {
  if (f.paragraph) return `${f.rule}:${f.paragraph.section}.${f.paragraph.index}`;
  return `${f.rule}:${f.cells[0] ?? ''}`;
}
