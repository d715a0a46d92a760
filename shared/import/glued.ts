/**
 * A row whose printed values are fewer than its cells because digits ran together ("270020130" for seven
 * cells): the row's tokens handed to the splitter (shared/import/arith/split.ts). Numbers with a note, with
 * decimals or of one digit are never cut; blanks and placeholders stay one empty cell each.
 */
import { splitRow, splittableDigits, type RunToken, type Slot } from './arith/split.ts';
import type { ValueToken } from './match-rows.ts';

export { sumOf, type Slot } from './arith/split.ts';

/** A number token that may hold several glued values. */
export function isSplittable(t: ValueToken): boolean {
  return t.kind === 'number' && !t.note && splittableDigits(t.digits);
}

function runToken(t: ValueToken): RunToken {
  return t.kind === 'number' ? { digits: t.digits, splittable: isSplittable(t) } : { blank: true };
}

/** Readings kept for the column equations when none meets the row's own sum. */
const MAX_ALL = 2000;

export interface GluedReadings {
  /** How many readings the digits have whatever the sums (Infinity: too many to count). */
  count: number;
  /** A few of them, to show the clerk when none fits. */
  some: Slot[][];
  /** All of them when they are few (the row's own sum broken, the column equations may still settle it). */
  all?: Slot[][];
  /** The readings the row's own equations allow. */
  fits: Slot[][];
  /** As many digits as cells: one digit a cell, read as printed whatever the sums. */
  forced: boolean;
}

/**
 * The readings of a glued row that `accept` (the row's own equations) allows, and how many there are in
 * all. Null when even the fitting ones are too many to list.
 */
export function expandGlued(tokens: readonly ValueToken[], need: number, accept: (v: Slot[]) => boolean): GluedReadings | null {
  const run = tokens.map(runToken);
  const forced = run.reduce((n, t) => n + ('digits' in t && t.splittable ? t.digits.length : 1), 0) === need;
  const { readings, tooMany } = splitRow(run, need);
  if (!tooMany) {
    const fits = readings.filter(accept);
    return { count: readings.length, some: readings.slice(0, 3), fits, forced, ...(readings.length <= MAX_ALL ? { all: readings } : {}) };
  }
  // Too many to list them all: the ones the row's equations allow may still be few.
  const fitting = splitRow(run, need, (p) => p.length < need || accept([...p]));
  return fitting.tooMany ? null : { count: Infinity, some: [], fits: fitting.readings, forced };
}

/** Readings with hidden blanks listed at most: more and the row is the clerk's. */
const MAX_BLANK_READINGS = 2000;

/**
 * The readings of a row that hides `blanks` blank cells among its glued digits (a blank prints nothing,
 * so "000000" for seven cells hides one): the digits cut into the other cells, and the blanks in every
 * place they may stand, null there. Empty when there are too many to list.
 */
export function hiddenBlankReadings(tokens: readonly ValueToken[], need: number, blanks: number): Slot[][] {
  if (blanks < 1 || blanks >= need) return [];
  const { readings, tooMany } = splitRow(tokens.map(runToken), need - blanks, undefined, MAX_BLANK_READINGS);
  if (tooMany) return [];
  const out: Slot[][] = [];
  const place = (from: number, left: number, at: number[]): void => {
    if (!left) {
      for (const r of readings) {
        const withBlanks: Slot[] = [...r];
        for (const p of at) withBlanks.splice(p, 0, null);
        out.push(withBlanks);
      }
      return;
    }
    for (let p = from; p < need; p++) place(p + 1, left - 1, [...at, p]);
  };
  place(0, blanks, []);
  return out.length > MAX_BLANK_READINGS ? [] : out;
}

/** How many cells a row's tokens can give at most (one digit a cell). */
export function mostCells(tokens: readonly ValueToken[]): number {
  return tokens.map(runToken).reduce((n, t) => n + ('digits' in t && t.splittable ? t.digits.length : 1), 0);
}
