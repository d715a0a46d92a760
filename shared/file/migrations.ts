/**
 * Versioned migrations: MIGRATIONS[n] turns a version-n document into version n+1; a new version adds
 * its step here and bumps FILE_VERSION.
 */
import { sec2Address, sec3Address } from '../schema/index.ts';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {
  // Version 2 added the opening paragraph before 一 (report.preamble); a version-1 report has none.
  1: (doc) => {
    const report = doc.report;
    if (typeof report !== 'object' || report === null || 'preamble' in report) return doc;
    return { ...doc, report: { ...report, preamble: [] } };
  },
  // Version 3 keeps all of last year's figures (the 与上年对比 view) and adds bound sentences
  // (optional). A version-2 report kept the carry-over and 现行有效 figures only: those become its cells.
  2: (doc) => {
    const report = doc.report as Record<string, unknown> | null;
    const lastYear = report?.lastYear;
    if (typeof lastYear !== 'object' || lastYear === null || 'cells' in lastYear) return doc;
    const cells = lastYearCellsOfVersion2(lastYear as Record<string, unknown>);
    return { ...doc, report: { ...report, lastYear: { ...lastYear, cells } } };
  },
};

/** Version 2's last-year figures by the cell they came from (the addresses of rollover.ts lastYearBase). */
function lastYearCellsOfVersion2(lastYear: Record<string, unknown>): Record<string, number> {
  const cells: Record<string, number> = {};
  const put = (address: string, v: unknown) => {
    if (typeof v === 'number') cells[address] = v;
  };
  if (Array.isArray(lastYear.carriedForward)) lastYear.carriedForward.forEach((v, c) => put(sec3Address('carriedForward', c), v));
  const effective = lastYear.effective as Record<string, unknown> | undefined;
  put(sec2Address('rules', 'effective'), effective?.rules);
  put(sec2Address('normativeDocs', 'effective'), effective?.normativeDocs);
  return cells;
}

export function migrate(doc: Record<string, unknown>, from: number, to: number): Record<string, unknown> {
  let out = doc;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = { ...step(out), version: v + 1 };
  }
  return out;
}
