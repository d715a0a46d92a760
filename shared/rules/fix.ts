/** Applying a text finding's one-click fix to the report. */
import type { Report } from '../report/model.ts';
import type { Finding, TextEdit } from './finding.ts';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The report with the fix applied to the paragraph the finding names; unchanged when there is none. */
export function applyFix(report: Report, f: Pick<Finding, 'paragraph' | 'fix'>): Report {
  const at = f.paragraph;
  if (!at || !f.fix) return report;
  const list = at.section === 'preamble' ? report.preamble : report.sections[at.section]?.paragraphs;
  // A fix that adds the missing statement to a section with no paragraph yet starts its first one.
  const p = list?.[at.index] ?? (list?.length === at.index ? { heading: '', text: '' } : undefined);
  if (!list || !p) return report;
  const field = f.fix.field === 'heading' ? 'heading' : 'text';
  const next = applyEdits(p[field], f.fix.edits);
  if (next === p[field]) return report;
  const paragraphs = [...list];
  paragraphs[at.index] = { ...p, [field]: next };
  if (at.section === 'preamble') return { ...report, preamble: paragraphs };
  return { ...report, sections: { ...report.sections, [at.section]: { paragraphs } } };
}
