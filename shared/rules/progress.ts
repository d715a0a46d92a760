/**
 * What is left before the report is finished: blank cells per table (the empty 2019-format rows of an
 * imported report included — they print blank otherwise), sections without prose, paragraphs the
 * roll-over marked and nobody has checked. The 问题 panel lists these; none of them is a mistake.
 */
import type { Report } from '../report/model.ts';
import { ALL_CELLS, SECTIONS, TABLES, type SectionId, type TableId } from '../schema/index.ts';
import { findingKey, type Finding, type ParagraphRef } from './finding.ts';
import { isBlank } from './quote.ts';
import { REVIEW_RULE } from './review-marks.ts';
import { pendingBalances } from './sec3-balance.ts';

export interface BlankCells {
  table: TableId;
  /** 「表三」 */
  name: string;
  count: number;
  /** The first blank cell in reading order: where 「转到」 goes. */
  first: string;
}

export interface Remaining {
  blanks: BlankCells[];
  emptySections: { section: SectionId; heading: string }[];
  /** Roll-over marks still open and without a 已核对 reason. */
  unreviewed: ParagraphRef[];
  /** Columns of 表三 whose 一 + 二 = 三（七）+ 四 is begun but not all filled: checked once they are. */
  pendingBalances: string[];
}

export function remainingWork(report: Report, findings: readonly Finding[]): Remaining {
  const blanks: BlankCells[] = [];
  if (!report.confirmedZero) {
    for (const def of ALL_CELLS) {
      if (def.isTotal && report.autoTotals[def.table as 'sec3' | 'sec4']) continue;
      if (!isBlank(report, def.address)) continue;
      const last = blanks.at(-1);
      if (last?.table === def.table) last.count++;
      else blanks.push({ table: def.table, name: TABLES[def.table].name, count: 1, first: def.address });
    }
  }
  const emptySections = SECTIONS.filter(
    (s) => !s.table && !report.sections[s.id].paragraphs.some((p) => p.text.trim() !== ''),
  ).map((s) => ({ section: s.id, heading: `${s.ordinal}、${s.title}` }));
  const unreviewed = findings
    .filter((f) => f.rule === REVIEW_RULE && f.paragraph && !report.reasons[findingKey(f)]?.trim())
    .map((f) => f.paragraph!);
  return { blanks, emptySections, unreviewed, pendingBalances: report.confirmedZero ? [] : pendingBalances(report) };
}

export function isFinished(r: Remaining): boolean {
  return !r.blanks.length && !r.emptySections.length && !r.unreviewed.length;
}
