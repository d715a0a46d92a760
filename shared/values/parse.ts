/**
 * Cell text → value. Clerks type (and paste from Excel/WPS) full-width digits, thousands separators,
 * "/" for nothing, or numbers with a note; we keep their text and say precisely what is wrong.
 */
import type { CellKind } from '../schema/table.ts';

/** What a cell holds: the text as typed and the number it stands for (null: empty or not a number). */
export interface CellValue {
  raw: string;
  value: number | null;
}

export type ParsedCell =
  | { state: 'empty' }
  | { state: 'number'; value: number }
  /** Not an acceptable value; `value` is a leading number when the text has one ("22（其中修订16件）"). */
  | { state: 'invalid'; value: number | null; problem: string };

export const FEE_MAX_DECIMALS = 6;

const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width → half-width digits and signs, no spaces, no thousands separators. */
export function normalizeNumberText(raw: string): string {
  let s = '';
  for (const ch of raw) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff10 && code <= 0xff19) s += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (ch === '－' || ch === '−' || ch === '﹣') s += '-';
    else if (ch === '．' || ch === '。' && /\d/.test(s.slice(-1))) s += '.';
    else if (ch === '＋') s += '+';
    else if (ch === '，') s += ',';
    else s += ch;
  }
  s = s.replace(/[\s\u00a0\u3000]+/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  return s;
}

const PLACEHOLDERS = new Set(['/', '-', '—', '——', '－', '无', '空', '／', 'N/A', '\\']);

export function parseCellText(raw: string, kind: CellKind): ParsedCell {
  const text = raw.trim();
  if (text === '') return { state: 'empty' };
  const s = normalizeNumberText(text);
  if (PLACEHOLDERS.has(s) || PLACEHOLDERS.has(text)) {
    return { state: 'invalid', value: null, problem: `“${text}”不是数字：没有的请填 0` };
  }
  const m = /^([-+]?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) {
    const lead = /^(\d+(?:\.\d+)?)/.exec(s);
    if (lead) {
      const note = text.replace(/^[\d０-９.．,，\s]+/, '').trim() || text;
      return {
        state: 'invalid',
        value: Number(lead[1]),
        problem: `表格只能填数字，“${note}”这类说明请写在正文中`,
      };
    }
    return { state: 'invalid', value: null, problem: `“${text}”不是数字` };
  }
  const [, sign, int, frac] = m;
  const value = Number(`${int}${frac ? `.${frac}` : ''}`);
  if (sign === '-' && value !== 0) return { state: 'invalid', value: -value, problem: `不能填负数（${text}）` };
  if (kind === 'count' && frac && /[1-9]/.test(frac)) {
    return { state: 'invalid', value, problem: `件数应为整数，“${text}”不是整数` };
  }
  if (kind === 'fee' && frac && frac.length > FEE_MAX_DECIMALS) {
    return { state: 'invalid', value, problem: `金额（万元）最多保留 ${FEE_MAX_DECIMALS} 位小数（${text}）` };
  }
  return { state: 'number', value };
}

/** Builds the stored value from typed text. */
export function cellFromText(raw: string, kind: CellKind): CellValue {
  const p = parseCellText(raw, kind);
  return { raw, value: p.state === 'empty' ? null : p.value };
}

/** Builds the stored value from a number (facts JSON, computed totals). */
export function cellFromNumber(n: number | null): CellValue {
  return n === null ? { raw: '', value: null } : { raw: formatNumber(n), value: n };
}

/** Prints a number the way it was meant: no exponent, no float noise. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(FEE_MAX_DECIMALS)));
}

export const EMPTY_CELL: CellValue = Object.freeze({ raw: '', value: null }) as CellValue;
