/**
 * Two more gentle notes of the district's review, besides the year-on-year ones (yoy.ts):
 * - against the other units of the same kind: a unit reporting 0 where most of them report many has
 *   more often left a figure out than had a quiet year;
 * - the district's own report (the 县/区人民政府's, when the folder holds it) beside the sum of its units'
 *   tables: the two need not agree (本级 figures are not the sum), so each difference is a note, not an error.
 */
import { getCell } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import { TABLES, type TableId } from '../schema/index.ts';
import { unitKindLabel } from '../schema/units.ts';
import { formatNumber } from '../values/parse.ts';
import type { BatchFinding } from './entry.ts';
import { sumReports } from './sum.ts';
import { COMPARED, MIN_FIGURE } from '../report/year-on-year.ts';

export const PEER_RULE = 'peer-compare';
export const DISTRICT_RULE = 'district-sum';

/** Fewer units than this of one kind say nothing about what is usual for it. */
export const MIN_PEERS = 5;

/**
 * Notes for each report (by its index in `reports`) that has 0 where most other units of its kind (and
 * year) report at least MIN_FIGURE. Reports are compared within their kind and year only.
 */
export function peerNotes(reports: readonly Report[]): Map<number, BatchFinding[]> {
  const groups = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const key = `${r.unit.kind}\u0000${r.year}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out = new Map<number, BatchFinding[]>();
  for (const members of groups.values()) {
    if (members.length - 1 < MIN_PEERS) continue;
    for (const c of COMPARED) {
      const values = members.map((i) => getCell(reports[i]!, c.address).value);
      const many = values.filter((v) => v !== null && v >= MIN_FIGURE).length;
      values.forEach((v, k) => {
        // The unit itself has 0, so `many` counts only the others.
        if (v !== 0) return;
        const others = members.length - 1;
        if (many * 2 <= others) return;
        const i = members[k]!;
        const kind = unitKindLabel(reports[i]!.unit.kind);
        const message = `${c.label}：本单位为 0，同类单位（${kind}）${others} 个中有 ${many} 个在 ${MIN_FIGURE} 以上，请核实是否漏填`;
        out.set(i, [...(out.get(i) ?? []), { rule: PEER_RULE, severity: 'note', cells: [c.address], message }]);
      });
    }
  }
  return out;
}

/**
 * Which report of the folder is the district's own: the one 县级人民政府 report of the year among at
 * least two other units (departments, townships). None when there is no such report, or more than one.
 */
export function districtOwnIndex(reports: readonly Report[]): number | null {
  const own = reports.flatMap((r, i) => (r.unit.kind === 'countyGov' ? [i] : []));
  return own.length === 1 && reports.length >= 3 ? own[0]! : null;
}

const EXAMPLES = 3;

/** One note per table where the district's own figures differ from its units' sum, naming the first differences. */
export function districtNotes(own: Report, units: readonly Report[]): BatchFinding[] {
  const sum = sumReports(units, { unit: '', year: own.year });
  const byTable = new Map<TableId, { address: string; text: string }[]>();
  for (const c of COMPARED) {
    const mine = getCell(own, c.address).value;
    const theirs = getCell(sum, c.address).value;
    if (mine === null || theirs === null || mine === theirs) continue;
    const list = byTable.get(c.table) ?? [];
    list.push({ address: c.address, text: `${c.label} 本级报告 ${formatNumber(mine)}，各单位之和 ${formatNumber(theirs)}` });
    byTable.set(c.table, list);
  }
  return [...byTable].map(([table, diffs]) => ({
    rule: DISTRICT_RULE,
    severity: 'note' as const,
    cells: diffs.map((d) => d.address),
    message:
      `${TABLES[table].name}与本文件夹 ${units.length} 个单位的表格之和有 ${diffs.length} 处不同（本级数字不必等于各单位之和，供核对）：` +
      diffs.slice(0, EXAMPLES).map((d) => d.text).join('；') +
      (diffs.length > EXAMPLES ? '……' : ''),
  }));
}
