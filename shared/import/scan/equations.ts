/**
 * The sums the statutory tables print (docs/format.md §4.3–§4.6), as equations over cell addresses: a
 * number read from a scan is confirmed when an equation it is part of holds and none fails.
 */
import {
  SEC3_APPLICANT_COLS,
  SEC3_COLUMNS,
  SEC3_RESULT_PART_KEYS,
  SEC3_ROW_KEYS,
  SEC3_TOTAL_COL,
  SEC4_GROUPS,
  SEC4_TOTAL_OFFSET,
  sec3Address,
  sec3RowName,
  sec4Address,
} from '../../schema/index.ts';

export interface Equation {
  /** sum(left) = sum(right). */
  left: string[];
  right: string[];
  /** How the clerk knows it, in the format's words. */
  name: string;
}

export const EQUATIONS: readonly Equation[] = [
  ...SEC3_ROW_KEYS.map((key) => ({
    left: SEC3_APPLICANT_COLS.map((c) => sec3Address(key, c)),
    right: [sec3Address(key, SEC3_TOTAL_COL)],
    name: `表三${sec3RowName(key)}：各类申请人之和 = 总计`,
  })),
  ...SEC3_COLUMNS.map((col, c) => ({
    left: SEC3_RESULT_PART_KEYS.map((k) => sec3Address(k, c)),
    right: [sec3Address('total', c)],
    name: `表三${col}列：（一）至（六）之和 = （七）总计`,
  })),
  ...SEC3_COLUMNS.map((col, c) => ({
    left: [sec3Address('newReceived', c), sec3Address('carriedOver', c)],
    right: [sec3Address('total', c), sec3Address('carriedForward', c)],
    name: `表三${col}列：一 + 二 = 三（七） + 四`,
  })),
  ...SEC4_GROUPS.map((g, gi) => ({
    left: [0, 1, 2, 3].map((i) => sec4Address(gi * 5 + i)),
    right: [sec4Address(gi * 5 + SEC4_TOTAL_OFFSET)],
    name: `表四${g.full}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计`,
  })),
];

export interface Verdict {
  /** Addresses in at least one equation that holds and in none that fails. */
  confirmed: Set<string>;
  /** Address → the equations it is part of that fail. */
  broken: Map<string, string[]>;
}

/** Which of the numbers read the arithmetic confirms; `value` gives a cell's number or null when unread. */
export function confirmByArithmetic(value: (address: string) => number | null): Verdict {
  const holds = new Set<string>();
  const broken = new Map<string, string[]>();
  for (const eq of EQUATIONS) {
    const all = [...eq.left, ...eq.right];
    const values = all.map(value);
    if (values.some((v) => v === null)) {
      // An unread cell leaves the others of its equation unconfirmed by it.
      continue;
    }
    const sum = (xs: string[]) => xs.reduce((s, a) => s + value(a)!, 0);
    if (Math.abs(sum(eq.left) - sum(eq.right)) < 1e-9) all.forEach((a) => holds.add(a));
    else for (const a of all) broken.set(a, [...(broken.get(a) ?? []), eq.name]);
  }
  const confirmed = new Set([...holds].filter((a) => !broken.has(a)));
  return { confirmed, broken };
}
