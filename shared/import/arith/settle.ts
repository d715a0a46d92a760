/**
 * Glued rows settled by the table's column equations (docs/format.md §3.3): in each column the 22 result
 * rows add up to （七）总计, and 一 + 二 = （七） + 四. Each row keeps the readings of its digits whose value in
 * every column can still be completed, by the other rows' readings, into equations that hold. Rows read
 * cell by cell have one reading and anchor the rest. An equation no combination satisfies (the report is
 * wrong there) prunes nothing, and every reading that rests on it is reported as unchecked.
 */
import type { Slot } from './split.ts';

/** Σ sign·row = 0 over the rows named, in one column. */
export interface Equation {
  terms: readonly { row: string; sign: 1 | -1 }[];
}

export interface SettleResult {
  readings: Map<string, Slot[][]>;
  /** Per row, the columns where an equation through it could not be checked or does not hold. */
  unchecked: Map<string, Set<number>>;
}

/** Combinations tried per equation and column before giving up on it. */
const MAX_COMBINATIONS = 50_000;

function domain(readings: readonly Slot[][], c: number): number[] | null {
  const out = new Set<number>();
  for (const r of readings) {
    const v = r[c];
    if (v === null || v === undefined) return null;
    out.add(v);
  }
  return [...out];
}

/** The values of each row the equation supports in column c; null when it cannot tell (unknown, too many, or broken). */
function supported(eq: Equation, c: number, readings: Map<string, Slot[][]>): Map<string, Set<number>> | null {
  const doms: { row: string; sign: number; values: number[] }[] = [];
  let combos = 1;
  for (const t of eq.terms) {
    const r = readings.get(t.row);
    if (!r || !r.length) return null;
    const d = domain(r, c);
    if (!d) return null;
    doms.push({ row: t.row, sign: t.sign, values: d });
    combos *= d.length;
    if (combos > MAX_COMBINATIONS) return null;
  }
  const fixed = doms.filter((d) => d.values.length === 1).reduce((s, d) => s + d.sign * d.values[0]!, 0);
  const open = doms.filter((d) => d.values.length > 1);
  const out = new Map<string, Set<number>>(doms.map((d) => [d.row, new Set<number>()]));
  let any = false;
  const pick: number[] = [];
  const walk = (k: number, sum: number): void => {
    if (k === open.length) {
      if (sum !== 0) return;
      any = true;
      open.forEach((d, i) => out.get(d.row)!.add(pick[i]!));
      return;
    }
    for (const v of open[k]!.values) {
      pick.push(v);
      walk(k + 1, sum + open[k]!.sign * v);
      pick.pop();
    }
  };
  walk(0, fixed);
  if (!any) return null;
  for (const d of doms) if (d.values.length === 1) out.get(d.row)!.add(d.values[0]!);
  return out;
}

export function settle(start: Map<string, Slot[][]>, equations: readonly Equation[], columns: number): SettleResult {
  const readings = new Map([...start].map(([k, v]) => [k, [...v]]));
  for (let round = 0; round < 12; round++) {
    let changed = false;
    for (const eq of equations) {
      for (let c = 0; c < columns; c++) {
        const ok = supported(eq, c, readings);
        if (!ok) continue;
        for (const [row, values] of ok) {
          const before = readings.get(row)!;
          const after = before.filter((r) => values.has(r[c]!));
          if (after.length !== before.length && after.length) {
            readings.set(row, after);
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  const unchecked = new Map<string, Set<number>>();
  for (const eq of equations) {
    for (let c = 0; c < columns; c++) {
      const ok = supported(eq, c, readings);
      const holds = ok && eq.terms.every((t) => readings.get(t.row)!.length === 1);
      if (holds) continue;
      for (const t of eq.terms) {
        if (!unchecked.has(t.row)) unchecked.set(t.row, new Set());
        unchecked.get(t.row)!.add(c);
      }
    }
  }
  return { readings, unchecked };
}
