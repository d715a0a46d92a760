/**
 * Matched rows → cell values and flags: what every table shares (number problems, notes, placeholders,
 * blanks, missing and short rows, glued digits). Every value the clerk should look at gets a flag.
 */
import { cellDef } from '../schema/index.ts';
import type { CellKind } from '../schema/table.ts';
import { formatNumber, type CellValue } from '../values/parse.ts';
import { numberProblem } from './cell-text.ts';
import { expandGlued, isSplittable, type GluedReadings, type Slot } from './glued.ts';
import type { MatchedRow, ValueToken } from './match-rows.ts';
import type { ImportFlag } from './source.ts';
import type { AmbiguousRow } from './arith/prose-settle.ts';

export interface TableRead {
  cells: Record<string, CellValue>;
  flags: ImportFlag[];
  /** Glued rows several readings fit, for the prose to settle once it is read (arith/prose-settle.ts). */
  ambiguous: AmbiguousRow[];
}

export function emptyRead(): TableRead {
  return { cells: {}, flags: [], ambiguous: [] };
}

function kindOf(address: string): CellKind {
  return cellDef(address)?.kind ?? 'count';
}

/** Puts one printed value into a cell, flagging whatever is not a plain acceptable number. */
export function putToken(read: TableRead, address: string, t: ValueToken, source: string): void {
  if (t.kind === 'blank') {
    read.flags.push({ cell: address, reason: '原表此格为空白，未当作 0：请填写', source });
    return;
  }
  if (t.kind === 'placeholder') {
    read.cells[address] = { raw: t.raw, value: null };
    read.flags.push({ cell: address, reason: `原表此格填的是“${t.raw}”，不是数字：没有的请填 0`, source });
    return;
  }
  const value = Number(t.digits);
  read.cells[address] = { raw: t.digits, value };
  const problem = numberProblem(t.digits, kindOf(address));
  if (t.note) {
    read.flags.push({
      cell: address,
      reason: `原表写作“${t.raw}”，已取 ${t.digits}；括号中的说明“${t.note}”请移入正文`,
      source,
    });
  } else if (problem) {
    read.flags.push({ cell: address, reason: `原表此格为“${t.raw}”：${problem}`, source });
  } else if (t.raw !== t.digits && /[^\d.０-９．\s,，]/.test(t.raw)) {
    read.flags.push({ cell: address, reason: `原表写作“${t.raw}”，已取 ${t.digits}`, source });
  }
}

export function putSlot(read: TableRead, address: string, v: Slot): void {
  if (v !== null) read.cells[address] = { raw: formatNumber(v), value: v };
}

export function flagAll(read: TableRead, addresses: readonly (string | null)[], reason: string, source?: string): void {
  for (const a of addresses) if (a) read.flags.push(source === undefined ? { cell: a, reason } : { cell: a, reason, source });
}

/** A row whose values are glued or short: the readings of its digits, or null when they cannot be listed. */
export type RowOutcome =
  | { kind: 'exact'; values: ValueToken[] }
  | { kind: 'glued'; readings: GluedReadings }
  | { kind: 'short'; count: number };

export function rowOutcome(row: MatchedRow, need: number, accept: (v: Slot[]) => boolean): RowOutcome {
  if (row.values.length === need) return { kind: 'exact', values: row.values };
  if (row.values.length < need && row.values.some(isSplittable)) {
    const readings = expandGlued(row.values, need, accept);
    if (readings) return { kind: 'glued', readings };
  }
  return { kind: 'short', count: row.values.length };
}

/** Writes a row that matched exactly; `addresses[i]` null for a column the schema does not keep. */
export function putRow(read: TableRead, addresses: readonly (string | null)[], row: MatchedRow): void {
  const source = row.source.join('\n');
  row.values.forEach((t, i) => {
    const a = addresses[i];
    if (a) putToken(read, a, t, source);
  });
}

/** The cells a row's cell i is the sum of: table 三's 总计 (7 cells), table 四's group 总计 (15); none else. */
function sumParts(cells: number, i: number): number[] {
  if (cells === 7 && i === 6) return [0, 1, 2, 3, 4, 5];
  if (cells === 15 && i % 5 === 4) return [i - 4, i - 3, i - 2, i - 1];
  return [];
}

const shown = (c: readonly Slot[]) => c.map((v) => v ?? '空').join('、');
const MAX_SHOWN = 4;

/**
 * A glued row: its only reading is written as printed; a reading the equations single out is written and
 * flagged for the clerk to check; several fitting readings or none are not written, and the flag lists them.
 * `candidates` are the readings left after the column equations (default: those the row's own allow);
 * `unchecked` says an equation through the row could not be checked or does not hold.
 */
export function putGlued(
  read: TableRead,
  addresses: readonly (string | null)[],
  row: MatchedRow,
  readings: GluedReadings,
  name: string,
  opts: { candidates?: Slot[][]; unchecked?: boolean; rowBroken?: boolean } = {},
): void {
  const source = row.source.join('\n');
  const candidates = opts.candidates ?? readings.fits;
  const digits = row.values.map((v) => (v.kind === 'number' ? v.digits : '')).join('');
  if (readings.forced && readings.some.length === 1) {
    // One digit a cell: as certain as separated cells, and kept whatever the sums (the checks say where
    // they break); but a blank cell hidden in the run reads the same way, so a break is flagged here too.
    const c = readings.some[0]!;
    addresses.forEach((a, i) => {
      if (!a) return;
      if (c[i] === null) read.flags.push({ cell: a, reason: '原表此格为空白，未当作 0：请填写', source });
      else putSlot(read, a, c[i] ?? null);
    });
    if (!readings.fits.length || opts.unchecked) {
      const why = readings.fits.length ? '与其他行的合计关系不符' : '本行合计不符';
      flagAll(read, addresses, `原表“${name}”这一行的数字连在一起，按一位一格读作 ${shown(c)}，但${why}：可能有空白格或原表有误，请核对`, source);
    }
    return;
  }
  const printedBlank = row.values.some((v) => v.kind === 'blank');
  if (candidates.length === 1 && !printedBlank && candidates[0]!.includes(null)) {
    // The equations placed a blank the digits hide: the other cells are written, the blank stays empty.
    const c = candidates[0]!;
    addresses.forEach((a, i) => a && putSlot(read, a, c[i] ?? null));
    const why = readings.count === 0 ? `只有 ${digits.length} 位数字，不够拆成 ${addresses.length} 格，有空白格` : '没有一种拆分符合本行合计，可能有空白格或原表有误';
    flagAll(read, addresses, `原表“${name}”这一行的数字连在一起，${why}；按表格的合计关系读作 ${shown(c)}，“空”的一格未填入：请核对并填写`, source);
    return;
  }
  if (candidates.length === 1) {
    const c = candidates[0]!;
    addresses.forEach((a, i) => a && putSlot(read, a, c[i] ?? null));
    const doubt = opts.rowBroken
      ? '；本行各列之和与本行总计不符（原表有误），按各列与其他行的合计关系取此拆分'
      : opts.unchecked
        ? '，但与其他行的合计关系无法全部核对'
        : '';
    flagAll(read, addresses, `原表“${name}”这一行的数字连在一起，已按表格的合计关系拆分为 ${shown(c)}${doubt}，请核对`, source);
    return;
  }
  let why: string;
  // A cell every reading the sums allow gives the same number is read, whichever reading is meant.
  // A total is not written beside parts left empty: it would read as a sum that does not hold.
  let agreed = 0;
  if (candidates.length > 1) {
    const same = addresses.map((_, i) => {
      const v = candidates[0]![i] ?? null;
      return v !== null && candidates.every((c) => c[i] === v) ? v : null;
    });
    addresses.forEach((a, i) => {
      const v = same[i] ?? null;
      if (!a || v === null || sumParts(addresses.length, i).some((k) => same[k] === null)) return;
      putSlot(read, a, v);
      agreed++;
    });
  }
  if (candidates.length > 1 && readings.count > 0) read.ambiguous.push({ addresses, candidates, name, source });
  if (candidates.length && readings.count > 0) {
    const list = candidates.slice(0, MAX_SHOWN).map(shown).join('；');
    why = `有 ${candidates.length} 种拆分都符合合计关系（${list}${candidates.length > MAX_SHOWN ? '；……' : ''}）`;
  } else if (readings.count === 0) {
    why = `只有 ${digits.length} 位数字，不够拆成 ${addresses.length} 格，可能有空白格`;
  } else {
    why = `没有一种拆分符合合计关系${readings.some.length ? `（可拆为 ${readings.some.map(shown).join('；')} 等）` : ''}`;
  }
  const filled = agreed ? `，各种拆分中相同的 ${agreed} 格已填入，其余` : '，';
  flagAll(read, addresses, `原表“${name}”这一行的数字连在一起，${why}${filled}未填入：请按原表填写`, source);
}

/** The printed text of tokens, as the clerk would see them in the table. */
function printed(values: readonly ValueToken[]): string {
  return values.map((v) => (v.kind === 'number' ? v.raw : v.raw.trim() || '空')).join('、');
}

/**
 * Numbers that came with no row to put them in (a row under a wrong header, a row with more cells than
 * the format has, a line of figures between tables) are not imported, and never silently: one flag per
 * line, about the whole table, with the line beside it.
 */
export function flagStray(read: TableRead, tableName: string, stray: readonly { values: readonly ValueToken[]; source: string }[]): void {
  for (const s of stray) {
    const numbers = s.values.filter((v) => v.kind !== 'blank');
    if (!numbers.length) continue;
    read.flags.push({
      reason: `${tableName}中有 ${numbers.length} 个数字（${printed(numbers)}）找不到所属的行，未导入：请对照原表核对是否漏填`,
      source: s.source,
    });
  }
}

export function putShort(read: TableRead, addresses: readonly (string | null)[], row: MatchedRow, need: number, name: string): void {
  flagAll(
    read,
    addresses,
    `原表“${name}”这一行应有 ${need} 个数字，只读到 ${row.values.length} 个，无法确定各自属于哪一列，未填入：请按原表填写`,
    row.source.join('\n'),
  );
}
