/**
 * Digits printed with no separator (「1951014210231」 for seven cells) → every way of cutting them into the
 * row's cells. A cell is a non-negative integer printed without leading zeros (no table prints 「07」) and
 * with at most seven digits. The walk is bounded: cells are cut one by one, a branch that can no longer
 * give the row its number of cells is dropped at once, and a row with more readings than `cap` is given
 * up (the clerk reads it), so a run of two hundred digits costs no more than a short one.
 */

export type Slot = number | null;

/** What a row's printed values are, as far as splitting goes. */
export type RunToken = { digits: string; splittable: boolean } | { blank: true };

/** No count in a report has more digits than this; a longer run is several cells. */
export const MAX_CELL_DIGITS = 7;
/** Readings listed before giving up. */
export const MAX_READINGS = 20_000;
const MAX_STEPS = 400_000;

export interface SplitResult {
  readings: Slot[][];
  /** True when there were more readings than the walk may list: the row is not read by its digits. */
  tooMany: boolean;
}

/**
 * Every reading of `tokens` as `cells` cells that `keep` allows; `keep(prefix)` is asked after each cell
 * and may refuse a prefix early (a group total that does not add up), and at the end with the full row.
 */
export function splitRow(tokens: readonly RunToken[], cells: number, keep: (prefix: readonly Slot[]) => boolean = () => true, cap = MAX_READINGS): SplitResult {
  // Most and fewest cells the tokens from i on can give.
  const most: number[] = new Array<number>(tokens.length + 1).fill(0);
  const fewest: number[] = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const d = 'digits' in t && t.splittable ? t.digits.length : 1;
    most[i] = most[i + 1]! + d;
    fewest[i] = fewest[i + 1]! + ('digits' in t && t.splittable ? Math.ceil(d / MAX_CELL_DIGITS) : 1);
  }
  const readings: Slot[][] = [];
  const acc: Slot[] = [];
  let steps = 0;
  let tooMany = false;
  const walk = (i: number, at: number): void => {
    if (tooMany) return;
    if (++steps > MAX_STEPS) {
      tooMany = true;
      return;
    }
    if (i === tokens.length) {
      if (acc.length === cells && keep(acc)) {
        if (readings.length >= cap) tooMany = true;
        else readings.push([...acc]);
      }
      return;
    }
    const t = tokens[i]!;
    const left = cells - acc.length;
    if (!('digits' in t)) {
      acc.push(null);
      if (keep(acc)) walk(i + 1, 0);
      acc.pop();
      return;
    }
    if (!t.splittable) {
      acc.push(Number(t.digits));
      if (keep(acc)) walk(i + 1, 0);
      acc.pop();
      return;
    }
    const rest = t.digits.length - at;
    for (let len = 1; len <= Math.min(MAX_CELL_DIGITS, rest); len++) {
      if (len > 1 && t.digits[at] === '0') break;
      const after = rest - len;
      // Cells still to cut after this one: from what is left of this run and the tokens after it.
      const min = (after ? Math.ceil(after / MAX_CELL_DIGITS) : 0) + fewest[i + 1]!;
      const max = after + most[i + 1]!;
      if (left - 1 < min || left - 1 > max) continue;
      acc.push(Number(t.digits.slice(at, at + len)));
      if (keep(acc)) {
        if (after) walk(i, at + len);
        else walk(i + 1, 0);
      }
      acc.pop();
    }
  };
  if (cells >= fewest[0]! && cells <= most[0]!) walk(0, 0);
  return { readings, tooMany };
}

/** Whether a run of digits may stand for several cells (an integer of two or more digits). */
export function splittableDigits(digits: string): boolean {
  return /^\d{2,}$/.test(digits);
}

/** Sum of the numbers, null if any is missing. */
export function sumOf(values: readonly Slot[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null) return null;
    s += v;
  }
  return s;
}
