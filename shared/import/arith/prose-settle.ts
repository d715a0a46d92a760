/**
 * Glued rows the tables' equations cannot settle (table 二 has none inside a row; table 四's groups often
 * leave two readings) settled by the report's own prose: 「制发行政规范性文件69件，废止36件」 or 「行政复议
 * 3件」 are the checks' claims (shared/rules/text-number-claims.ts, docs/format.md §4.12). A reading is
 * taken only when it alone meets every claim about the row's cells and each other reading contradicts one.
 * A claim that no reading meets (the prose is wrong there, or speaks of something else — 「废止行政规范性
 * 文件1件」 in section 一 about last year's clean-up) tells the readings nothing apart and is set aside,
 * as an equation no reading satisfies is (settle.ts).
 */
import type { Report } from '../../report/model.ts';
import { textNumbers } from '../../rules/text-numbers.ts';
import { formatNumber } from '../../values/parse.ts';
import type { ImportFlag } from '../source.ts';
import type { Slot } from './split.ts';

export interface AmbiguousRow {
  addresses: readonly (string | null)[];
  candidates: Slot[][];
  name: string;
  source: string;
}

/** Readings tried per row: more than this and the prose is not asked. */
const MAX_TRIED = 64;

/** The claims (paragraph and quoted words) of the prose that this reading of the row contradicts. */
function contradictions(report: Report, row: AmbiguousRow, reading: readonly Slot[]): Set<string> {
  const cells = { ...report.cells };
  row.addresses.forEach((a, i) => {
    const v = reading[i];
    if (a && v !== null && v !== undefined) cells[a] = { raw: formatNumber(v), value: v };
  });
  const own = new Set(row.addresses.filter((a): a is string => a !== null));
  const found = textNumbers.check({ report: { ...report, cells }, stage: 'editing' }).filter((f) => f.cells.some((c) => own.has(c)));
  return new Set(found.map((f) => `${f.paragraph?.section}:${f.paragraph?.index}:${f.message.slice(0, f.message.indexOf('”') + 1)}`));
}

/** Writes the rows the prose settles into `report.cells`, replacing their flags in `flags`. */
export function settleByProse(report: Report, rows: readonly AmbiguousRow[], flags: ImportFlag[]): void {
  for (const row of rows) {
    if (row.candidates.length > MAX_TRIED) continue;
    const against = row.candidates.map((c) => contradictions(report, row, c));
    const setAside = [...against[0]!].filter((claim) => against.every((a) => a.has(claim)));
    const fitting = against.flatMap((a, i) => (a.size === setAside.length ? [i] : []));
    if (fitting.length !== 1) continue;
    const reading = row.candidates[fitting[0]!]!;
    const own = new Set(row.addresses);
    for (let i = flags.length - 1; i >= 0; i--) if (own.has(flags[i]!.cell ?? null)) flags.splice(i, 1);
    row.addresses.forEach((a, i) => {
      const v = reading[i];
      if (!a) return;
      if (v !== null && v !== undefined) report.cells[a] = { raw: formatNumber(v), value: v };
      flags.push({
        cell: a,
        reason: `原表“${row.name}”这一行的数字连在一起，有 ${row.candidates.length} 种拆分符合合计关系，已按正文中的数字取 ${reading.map((x) => x ?? '空').join('、')}${setAside.length ? `（正文另有 ${setAside.length} 处数字与各种拆分都不符，未作依据）` : ''}，请核对`,
        source: row.source,
      });
    });
  }
}
