/**
 * After any reader (text, HTML, PDF, DOCX): table 三's rows whose own total breaks, while the same numbers
 * in the columns a wrong header row implies (the 总计 printed first, or last moved first) would add up and
 * keep the column equations at least as whole — read again in that order, and flagged. OCR puts rows under
 * a header row of another table (「| 项目 | 总计 | 自然人 | …」); read by position, （七）总计's 自然人 would be
 * its 总计. Docs: docs/format.md §5.
 */
import { SEC3_COLUMNS, SEC3_RESULT_PART_KEYS, SEC3_ROW_KEYS, SEC3_TOTAL_COL, sec3Address, sec3RowName, type Sec3RowKey } from '../../schema/index.ts';
import { formatNumber, type CellValue } from '../../values/parse.ts';
import type { ImportFlag } from '../source.ts';

type Values = Map<Sec3RowKey, number[]>;
/** Every row's printed cells, blanks as null: the columns a blank is not in are still checked. */
type Printed = Map<Sec3RowKey, (number | null)[]>;

const rowHolds = (v: readonly number[]) => v.slice(0, SEC3_TOTAL_COL).reduce((a, b) => a + b, 0) === v[SEC3_TOTAL_COL];

/** The orders a header row of the wrong table may have put the numbers in. */
const REORDERS: ((v: number[]) => number[])[] = [
  (v) => [...v.slice(1), v[0]!],
  (v) => [v[v.length - 1]!, ...v.slice(0, -1)],
];

/** How many column equations (each （七）总计, 一 + 二 = （七） + 四) do not hold, over the columns all rows have. */
function brokenColumns(values: Printed): number {
  let broken = 0;
  for (let c = 0; c < SEC3_COLUMNS.length; c++) {
    const all = (keys: readonly Sec3RowKey[]) => keys.every((k) => values.get(k)?.[c] != null);
    const v = (k: Sec3RowKey) => values.get(k)![c]!;
    if (all([...SEC3_RESULT_PART_KEYS, 'total']) && SEC3_RESULT_PART_KEYS.reduce((s, k) => s + v(k), 0) !== v('total')) broken++;
    if (all(['newReceived', 'carriedOver', 'total', 'carriedForward']) && v('newReceived') + v('carriedOver') !== v('total') + v('carriedForward')) broken++;
  }
  return broken;
}

export function reassignSec3(cells: Record<string, CellValue>, flags: ImportFlag[], suspect: readonly Sec3RowKey[] = []): void {
  const flagged = new Set(flags.map((f) => f.cell));
  const values: Values = new Map();
  const printed: Printed = new Map();
  for (const key of SEC3_ROW_KEYS) {
    const row = SEC3_COLUMNS.map((_, c) => cells[sec3Address(key, c)]?.value ?? null);
    printed.set(key, row);
    if (row.every((x): x is number => x !== null)) values.set(key, row);
  }
  const moved: Values = new Map();
  for (const [key, row] of values) {
    if (rowHolds(row) || SEC3_COLUMNS.some((_, c) => flagged.has(sec3Address(key, c)))) continue;
    const fits = REORDERS.map((f) => f(row)).filter(rowHolds);
    if (fits.length === 1) moved.set(key, fits[0]!);
  }
  let current: Printed = new Map([...printed, ...moved]);
  if (brokenColumns(current) > brokenColumns(printed)) {
    moved.clear();
    current = new Map(printed);
  }
  // Rows whose total holds either way ([7,0,0,0,0,0,7] under 「总计 | 自然人 | …」): moved one at a time while
  // that makes more column equations hold.
  for (let round = 0; round < SEC3_ROW_KEYS.length; round++) {
    const now = brokenColumns(current);
    if (!now) break;
    let best: { key: Sec3RowKey; row: number[]; broken: number } | null = null;
    for (const [key, row] of values) {
      if (moved.has(key) || SEC3_COLUMNS.some((_, c) => flagged.has(sec3Address(key, c)))) continue;
      for (const f of REORDERS) {
        const alt = f(row);
        if (!rowHolds(alt) || alt.every((n, c) => n === row[c])) continue;
        const broken = brokenColumns(new Map([...current, [key, alt]]));
        if (broken < now && (!best || broken < best.broken)) best = { key, row: alt, broken };
      }
    }
    if (!best) break;
    moved.set(best.key, best.row);
    current.set(best.key, best.row);
  }
  // Rows under a header row that names other things, not moved and not adding up: wrong or misplaced.
  for (const key of suspect) {
    const row = current.get(key);
    if (!row || moved.has(key) || SEC3_COLUMNS.some((_, c) => flagged.has(sec3Address(key, c)))) continue;
    const holds = row.every((x) => x !== null) && rowHolds(row as number[]) && brokenColumns(current) === 0;
    if (!holds) {
      for (let c = 0; c < SEC3_COLUMNS.length; c++) {
        flags.push({ cell: sec3Address(key, c), reason: `原表“${sec3RowName(key)}”这一行上方印有另一张表的表头，数字的合计关系不符，可能错列：请对照原表核对` });
      }
    }
  }
  for (const [key, row] of moved) {
    const printed = values.get(key)!.join('、');
    const why = rowHolds(values.get(key)!) ? '各列的合计关系不符' : '本行合计不符';
    row.forEach((n, c) => {
      const a = sec3Address(key, c);
      cells[a] = { raw: formatNumber(n), value: n };
      flags.push({
        cell: a,
        reason: `原表“${sec3RowName(key)}”这一行按位置读作 ${printed}，${why}；按表格的合计关系，这些数字应是 ${row.join('、')}（表头可能错位），已按此填入，请核对`,
      });
    });
  }
}
