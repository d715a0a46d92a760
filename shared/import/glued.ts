/**
 * Digits printed with no separator ("270020130" for seven cells) split by the table's own constraints.
 * Every way of cutting the digits (no leading zeros, as no table prints "07") is tried; the constraint
 * (row sums, group totals) keeps the ones that fit. One fit is used and flagged; several are refused.
 */
import type { ValueToken } from './match-rows.ts';

/** Where enumeration stops: a row with more possibilities than this is not resolved by digits alone. */
const MAX_NODES = 200_000;
const MAX_CANDIDATES = 64;
/** No count in a report has more digits than this; longer runs must be glued. */
const MAX_PART_DIGITS = 7;

export type Slot = number | null;

function splits(digits: string, parts: number, out: number[][], acc: number[], budget: { nodes: number }): void {
  if (--budget.nodes < 0 || out.length > MAX_CANDIDATES) return;
  if (parts === 1) {
    if (digits.length <= MAX_PART_DIGITS && (digits.length === 1 || digits[0] !== '0')) out.push([...acc, Number(digits)]);
    return;
  }
  for (let len = 1; len <= Math.min(MAX_PART_DIGITS, digits.length - parts + 1); len++) {
    const head = digits.slice(0, len);
    if (len > 1 && head[0] === '0') break;
    acc.push(Number(head));
    splits(digits.slice(len), parts - 1, out, acc, budget);
    acc.pop();
  }
}

/** A number token that may hold several glued values. */
export function isSplittable(t: ValueToken): boolean {
  return t.kind === 'number' && !t.note && /^\d{2,}$/.test(t.digits);
}

/**
 * Every way `tokens` can fill `need` slots when some number tokens are glued, filtered by `accept`.
 * Returns null when there are too many to list (the row is left for the clerk).
 */
export function expandGlued(tokens: readonly ValueToken[], need: number, accept: (v: Slot[]) => boolean): Slot[][] | null {
  const out: Slot[][] = [];
  const budget = { nodes: MAX_NODES };
  const walk = (i: number, acc: Slot[]): void => {
    if (budget.nodes-- < 0 || out.length > MAX_CANDIDATES) return;
    if (acc.length > need) return;
    if (i === tokens.length) {
      if (acc.length === need && accept(acc)) out.push([...acc]);
      return;
    }
    const t = tokens[i]!;
    const remainingTokens = tokens.length - i - 1;
    if (!isSplittable(t)) {
      walk(i + 1, [...acc, t.kind === 'number' ? Number(t.digits) : null]);
      return;
    }
    const digits = (t as Extract<ValueToken, { kind: 'number' }>).digits;
    const maxParts = Math.min(digits.length, need - acc.length - remainingTokens);
    for (let parts = 1; parts <= maxParts; parts++) {
      const cuts: number[][] = [];
      splits(digits, parts, cuts, [], budget);
      for (const c of cuts) walk(i + 1, [...acc, ...c]);
    }
  };
  walk(0, []);
  if (budget.nodes < 0 || out.length > MAX_CANDIDATES) return null;
  return out;
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
