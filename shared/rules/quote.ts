/** How numbers appear inside rule messages. */
import { getCell, numberOf } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import { computedAddresses } from '../report/totals.ts';
import { formatNumber } from '../values/parse.ts';

/** 「13」 for a number, 「未填」 for an empty cell, the text itself for anything else. */
export function shown(report: Report, address: string): string {
  const c = getCell(report, address);
  if (c.raw.trim() === '') return '未填';
  return c.value !== null && formatNumber(c.value) === c.raw.trim() ? c.raw.trim() : `“${c.raw.trim()}”`;
}

export function isBlank(report: Report, address: string): boolean {
  return getCell(report, address).raw.trim() === '';
}

export function sum(report: Report, addresses: readonly string[]): number {
  let s = 0;
  for (const a of addresses) s += getCell(report, a).value ?? 0;
  return Number(formatNumber(s));
}

/** A 总计 the editor computes from its parts: the clerk never typed it, so no message says 「填写」 of it. */
export function isComputed(report: Report, address: string): boolean {
  return computedAddresses(report).has(address);
}

/**
 * 「填写 13」 or 「未填」, as the second half of 「…之和 12，总计填写 13」; 「自动计算为 12（只计有效的数字）」 for
 * a computed total, which differs from the sum only when a part holds what is not a count.
 */
export function filled(report: Report, address: string): string {
  const s = shown(report, address);
  if (isComputed(report, address)) return `自动计算为 ${s === '未填' ? '0' : s}（只计有效的数字）`;
  return s === '未填' ? '未填' : `填写 ${s}`;
}

/** A cell's number in a message, 「（自动计算）」 after a computed total. */
export function shownTotal(report: Report, address: string): string {
  return isComputed(report, address) ? `${shown(report, address)}（自动计算）` : shown(report, address);
}

/**
 * The sum of `parts` when it disagrees with `total`, else null. A blank total disagrees with
 * non-zero parts (it is shown as 未填); a blank row agrees with itself while the report is filled in.
 */
export function totalMismatch(report: Report, parts: readonly string[], total: string): number | null {
  const s = sum(report, parts);
  return s === numberOf(report, total) && !(isBlank(report, total) && s !== 0) ? null : s;
}

/** 「，相差 1」 after a comparison of two filled numbers. */
export function difference(a: number, b: number): string {
  return `，相差 ${formatNumber(Math.abs(a - b))}`;
}

/**
 * The cells of a finding with the one part the clerk typed first, when only one was typed: the
 * jump goes to what was typed rather than to a total the clerk never touched.
 */
export function typedFirst(report: Report, cells: readonly string[], totals: readonly string[]): string[] {
  const typed = cells.filter((a) => !totals.includes(a) && !isBlank(report, a));
  if (typed.length !== 1) return [...cells];
  return [typed[0]!, ...cells.filter((a) => a !== typed[0])];
}

/** 「，相差 1」 when the total is filled, nothing while it is blank (the whole sum is the difference). */
export function gap(report: Report, parts: number, total: string): string {
  return isBlank(report, total) ? '' : difference(parts, numberOf(report, total));
}
