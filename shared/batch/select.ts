/**
 * Which reports go into the district's 汇总: one report per unit, all of one year. Everything left
 * out is listed with the reason, so the officer sees at once whose report is missing from the sum.
 */
import type { Report } from '../report/model.ts';
import { finalFindings } from '../rules/export-gate.ts';
import type { Finding } from '../rules/finding.ts';
import { RULES } from '../rules/index.ts';
import type { BatchInput } from './entry.ts';
import { districtOwnIndex } from './compare.ts';
import { unitKey } from './units.ts';

export interface SumIncluded {
  file: string;
  unit: string;
  report: Report;
  /** Errors of the unit's tables: summing them carries the mistake into the district's tables. */
  tableErrors: Finding[];
}

export interface SumExcluded {
  file: string;
  reason: string;
}

export interface SumCandidate {
  /** Index in the inputs. */
  index: number;
  file: string;
  unit: string;
  report: Report;
}

/** What the sum would take, before the units' tables are checked. */
export interface SumCandidates {
  year: number | null;
  included: SumCandidate[];
  excluded: SumExcluded[];
  /** The district's own report (compare.ts): set beside the sum of its units, not added to it. */
  own: SumCandidate | null;
}

export interface SumSelection {
  year: number | null;
  included: SumIncluded[];
  excluded: SumExcluded[];
}

// Text findings do not change a number of the tables, so they do not stop a sum.
const TABLE_RULES = new Set(RULES.filter((r) => !r.readsText).map((r) => r.id));

/** The year most reports are for (the later one on a tie): the one the district is collecting. */
export function commonYear(reports: readonly Report[]): number | null {
  const counts = new Map<number, number>();
  for (const r of reports) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

export function sumCandidates(inputs: readonly BatchInput[], year?: number): SumCandidates {
  const readable = inputs.flatMap((i) => (i.report ? [i.report] : []));
  const chosen = year ?? commonYear(readable);
  const included: SumCandidate[] = [];
  const excluded: SumExcluded[] = [];
  const seen = new Map<string, string>();
  for (const [index, { file, report, error }] of inputs.entries()) {
    if (!report) {
      excluded.push({ file, reason: `无法读取：${error ?? '文件无法读取'}` });
      continue;
    }
    if (report.year !== chosen) {
      excluded.push({ file, reason: `是${report.year}年度的报告，汇总的是${chosen}年度` });
      continue;
    }
    const key = unitKey(report.unit.name);
    const first = seen.get(key);
    if (first !== undefined) {
      excluded.push({ file, reason: `与“${first}”是同一单位（${report.unit.name}）的报告，只计入一份` });
      continue;
    }
    seen.set(key, file);
    included.push({ index, file, unit: report.unit.name, report });
  }
  const ownAt = districtOwnIndex(included.map((i) => i.report));
  const own = ownAt === null ? null : included.splice(ownAt, 1)[0]!;
  if (own) excluded.push({ file: own.file, reason: `是${own.unit}本级的报告：与各单位之和对照，不计入汇总` });
  return { year: chosen, included, excluded, own };
}

export function selectForSum(inputs: readonly BatchInput[], year?: number): SumSelection {
  const { included, excluded, year: chosen } = sumCandidates(inputs, year);
  return {
    year: chosen,
    excluded,
    included: included.map(({ file, unit, report }) => ({
      file,
      unit,
      report,
      tableErrors: finalFindings(report).filter((f) => f.severity === 'error' && TABLE_RULES.has(f.rule)),
    })),
  };
}
