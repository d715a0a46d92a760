/**
 * A blank cell hidden in a glued row (a row with fewer digits than cells, or one whose own sum no reading
 * meets) stays empty on import, but the row's own sum still says what number it stands for: table 三's
 * 总计 column is the sum of the six before it (docs/format.md §3.3). The column equations are asked with
 * that number, so a blank in a place where it would have to be negative, or where its column does not add
 * up, is not a reading. A row with two blanks says nothing of either.
 */
import type { Slot } from './split.ts';

/**
 * The reading with its one blank replaced by the number the row's sum gives (`total` the index of the
 * row's total cell, the cells before it its parts); the reading itself when it has no blank or two;
 * null when the blank would stand for a negative number.
 */
export function impliedBlank(reading: readonly Slot[], total: number): Slot[] | null {
  const at = reading.indexOf(null);
  if (at < 0 || reading.indexOf(null, at + 1) >= 0) return [...reading];
  const parts = reading.slice(0, total);
  const others = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
  const value = at === total ? others : reading[total]! - others;
  if (value < 0) return null;
  const out = [...reading];
  out[at] = value;
  return out;
}

/** Readings with their blanks implied, and the way back to the printed reading (null where blank). */
export function implyBlanks(readings: readonly Slot[][], total: number): { implied: Slot[][]; printed: Map<Slot[], Slot[]> } {
  const printed = new Map<Slot[], Slot[]>();
  const implied: Slot[][] = [];
  for (const r of readings) {
    const i = impliedBlank(r, total);
    if (!i) continue;
    printed.set(i, r);
    implied.push(i);
  }
  return { implied, printed };
}
