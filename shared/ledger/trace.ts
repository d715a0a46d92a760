/**
 * Which applications stand behind a cell: an applicant column's cell lists its own; a 总计 cell the
 * union of the cells it adds up (a row's six columns, a column's 22 result rows, a table-四 group's four).
 */
import { SEC3_APPLICANT_COLS, SEC3_RESULT_PART_KEYS, SEC3_ROW_KEYS, SEC3_TOTAL_COL, SEC4_OUTCOMES, SEC4_TOTAL_OFFSET, sec3Address, sec4Address, type Sec3RowKey } from '../schema/index.ts';

const SEC3 = /^sec3\.rows\.(\w+)\[(\d)\]$/;
const SEC4 = /^sec4\[(\d+)\]$/;

/** The counted cells a cell is made of (itself when it is counted directly). */
export function tracedParts(address: string): string[] {
  const m3 = SEC3.exec(address);
  if (m3) {
    const key = m3[1] as Sec3RowKey;
    const col = Number(m3[2]);
    if (!SEC3_ROW_KEYS.includes(key)) return [];
    const rows = key === 'total' ? SEC3_RESULT_PART_KEYS : [key];
    const cols = col === SEC3_TOTAL_COL ? SEC3_APPLICANT_COLS : [col];
    return rows.flatMap((k) => cols.map((c) => sec3Address(k, c)));
  }
  const m4 = SEC4.exec(address);
  if (m4) {
    const i = Number(m4[1]);
    const group = Math.floor(i / SEC4_OUTCOMES.length);
    if (i % SEC4_OUTCOMES.length !== SEC4_TOTAL_OFFSET) return [address];
    return Array.from({ length: SEC4_TOTAL_OFFSET }, (_, o) => sec4Address(group * SEC4_OUTCOMES.length + o));
  }
  return [];
}

/** The indices of the entries a cell counts, in ledger order. */
export function entriesOfCell(cells: Readonly<Record<string, readonly number[]>>, address: string): number[] {
  const parts = tracedParts(address);
  if (parts.length === 1) return [...(cells[parts[0]!] ?? [])];
  const all = parts.flatMap((p) => cells[p] ?? []);
  return all.sort((a, b) => a - b);
}

/** Whether a cell is one the ledger counts (table 三 and 四's cells, not table 二's). */
export function isTraced(address: string): boolean {
  return tracedParts(address).length > 0;
}
