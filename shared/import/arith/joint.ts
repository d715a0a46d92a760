/**
 * Glued rows read together (docs/format.md §3.3): settle.ts narrows each row column by column, which
 * cannot see that one row's reading is a whole — 「3、0、0、10、1、2」 against 「3、0、0、1、0、12」 changes three
 * columns at once. Here every combination of the rows' remaining readings is tried against every
 * equation in every column, and a row keeps only the readings that take part in a combination where all
 * of them hold. A blank cell (a row with fewer digits than cells, its blank's place unknown) is a number
 * the table does not give: an equation through it is not checked in that column, but the same reading
 * has a value in every other column, and those must hold.
 * Nothing is decided when no combination holds (the report is wrong somewhere; settle.ts says where) or
 * when there are too many to try.
 */
import type { Equation } from './settle.ts';
import type { Slot } from './split.ts';

export interface JointResult {
  /** Per row, the readings that take part in at least one combination where every equation holds. */
  readings: Map<string, Slot[][]>;
  /** How many combinations hold. */
  solutions: number;
}

/** Combinations visited before giving up. */
const MAX_STEPS = 300_000;

interface Check {
  eq: Equation;
  column: number;
}

export function joint(start: ReadonlyMap<string, readonly Slot[][]>, equations: readonly Equation[], columns: number): JointResult | null {
  const open = [...start].filter(([, r]) => r.length > 1).sort((a, b) => a[1].length - b[1].length);
  const order = new Map(open.map(([row], i) => [row, i]));
  // Each equation in each column is checked once its last open row has a reading.
  const checksAt: Check[][] = open.map(() => []);
  const fixedChecks: Check[] = [];
  for (const eq of equations) {
    // An equation through a row not read at all cannot be checked.
    if (eq.terms.some((t) => !start.get(t.row)?.length)) continue;
    const last = Math.max(-1, ...eq.terms.map((t) => order.get(t.row) ?? -1));
    for (let column = 0; column < columns; column++) (last < 0 ? fixedChecks : checksAt[last]!).push({ eq, column });
  }
  if (!open.length) return null;
  const pick: number[] = new Array<number>(open.length).fill(0);
  const valueOf = (row: string, column: number): Slot => {
    const i = order.get(row);
    const r = i === undefined ? start.get(row)![0]! : open[i]![1][pick[i]!]!;
    return r[column] ?? null;
  };
  const holds = ({ eq, column }: Check): boolean => {
    let sum = 0;
    for (const t of eq.terms) {
      const v = valueOf(t.row, column);
      if (v === null) return true;
      sum += t.sign * v;
    }
    return sum === 0;
  };
  const used = open.map(() => new Set<number>());
  let solutions = 0;
  let steps = 0;
  let gaveUp = false;
  const walk = (i: number): void => {
    if (gaveUp) return;
    if (i === open.length) {
      solutions++;
      pick.forEach((p, k) => used[k]!.add(p));
      return;
    }
    for (let p = 0; p < open[i]![1].length; p++) {
      if (++steps > MAX_STEPS) {
        gaveUp = true;
        return;
      }
      pick[i] = p;
      if (checksAt[i]!.every(holds)) walk(i + 1);
    }
  };
  walk(0);
  if (gaveUp || !solutions) return null;
  const readings = new Map<string, Slot[][]>([...start].map(([row, r]) => [row, [...r]]));
  open.forEach(([row, r], k) => readings.set(row, r.filter((_, p) => used[k]!.has(p))));
  return { readings, solutions };
}
