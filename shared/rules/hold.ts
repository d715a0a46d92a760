/**
 * Less noise while typing: a column of table 三 (or a group of table 四) does not balance until the
 * clerk has typed all of it. Its balance error waits while the active cell is in that column and the
 * column still has blank cells; it shows as soon as the clerk leaves the column or the table.
 */
import type { Report } from '../report/model.ts';
import { SEC3_ROW_KEYS, SEC3_TOTAL_COL, sec3Address, sec4Address } from '../schema/index.ts';
import type { Finding } from './finding.ts';
import { isBlank } from './quote.ts';

const HELD_RULES = new Set(['sec3-balance', 'sec3-result-totals', 'sec4-sums']);
const TOTAL_AREA = `sec3:${SEC3_TOTAL_COL}`;

/** 'sec3:2' for a cell of column 2 of table 三, 'sec4:1' for the second group of table 四. */
export function holdArea(address: string | null): string | null {
  if (!address) return null;
  let m = /^sec3\.rows\.\w+\[(\d)\]$/.exec(address);
  if (m) return `sec3:${m[1]}`;
  m = /^sec4\[(\d+)\]$/.exec(address);
  if (m) return `sec4:${Math.floor(Number(m[1]) / 5)}`;
  return null;
}

function areaCells(key: string): string[] {
  const [table, n] = key.split(':');
  const i = Number(n);
  if (table === 'sec4') return [0, 1, 2, 3].map((k) => sec4Address(i * 5 + k));
  // The 总计 column and the （七）总计 row are sums: they are never what is left to type.
  if (i === SEC3_TOTAL_COL) return [];
  return SEC3_ROW_KEYS.filter((k) => k !== 'total').map((k) => sec3Address(k, i));
}

/** `typing`: the cell the clerk last typed into, while the active cell is still in its column (or group). */
export function heldWhileTyping(findings: Finding[], report: Report, typing: string | null): Finding[] {
  const here = holdArea(typing);
  if (!here) return findings;
  const cells = areaCells(here);
  if (!cells.some((a) => isBlank(report, a))) return findings;
  // The 总计 column moves with every column typed: it waits too, until the table is left.
  const waits = (a: string | null) => a === here || (a === TOTAL_AREA && here.startsWith('sec3:'));
  const held = (f: Finding) => HELD_RULES.has(f.rule) && f.cells[0] !== undefined && waits(holdArea(f.cells[0]));
  return findings.some(held) ? findings.filter((f) => !held(f)) : findings;
}

