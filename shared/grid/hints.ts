/** Last year's figures shown beside this year's cells: a hint for the clerk, never a lock. */
import { SEC3_COLUMNS, sec2Address, sec3Address, type Sec2RowKey } from '../schema/index.ts';
import { getCell } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import { formatNumber } from '../values/parse.ts';

export interface CellHint {
  value: number;
  /** Chinese explanation, e.g. 「上年结转下年度 3 件」. */
  text: string;
}

/** 上年结转 ← last year's 结转下年度; 现行有效 ← last year's 现行有效 + 本年制发 − 本年废止. */
export function lastYearHints(report: Pick<Report, 'cells' | 'lastYear'>): Record<string, CellHint> {
  const out: Record<string, CellHint> = {};
  const last = report.lastYear;
  if (!last) return out;
  SEC3_COLUMNS.forEach((_, c) => {
    const v = last.carriedForward[c];
    if (v === null || v === undefined) return;
    out[sec3Address('carriedOver', c)] = { value: v, text: `${last.year}年报告“结转下年度继续办理”为 ${formatNumber(v)}` };
  });
  const effective = (key: Sec2RowKey, base: number | null) => {
    if (base === null) return;
    const issued = getCell(report, sec2Address(key, 'issued')).value ?? 0;
    const repealed = getCell(report, sec2Address(key, 'repealed')).value ?? 0;
    const v = Number(formatNumber(base + issued - repealed));
    out[sec2Address(key, 'effective')] = {
      value: v,
      text: `上年现行有效 ${formatNumber(base)} + 本年制发 ${formatNumber(issued)} − 本年废止 ${formatNumber(repealed)} = ${formatNumber(v)}`,
    };
  };
  effective('rules', last.effective.rules);
  effective('normativeDocs', last.effective.normativeDocs);
  return out;
}
