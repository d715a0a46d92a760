/**
 * The dates of a ledger in every form offices write them: a spreadsheet date, an Excel serial number
 * (a date column pasted as values, or a CSV of one), 2024-03-18, 2024/3/18, 2024.3.18, 2024年3月18日,
 * 20240318, 二〇二四年三月十八日, with or without a time after it. Counting needs only the year, so a
 * month without its day (2024年3月) is read too; anything else is not guessed at.
 */
import { parseChineseNumeral } from '../values/chinese-numerals.ts';
import type { LedgerValue } from './book.ts';

export interface LedgerDate {
  /** 2024-03-18, or 2024-03 when the ledger gives no day. */
  iso: string;
  year: number;
  /** y·10000 + m·100 + d (d = 0 when unknown): orders dates. */
  key: number;
}

export type DateRead = { date: LedgerDate } | { empty: true } | { problem: string };

/** Years a ledger of the statutory format (2019 on) can hold, with room both sides. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function make(y: number, m: number, d: number | null): LedgerDate | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) return null;
  if (d !== null && (d < 1 || d > daysIn(y, m))) return null;
  const mm = String(m).padStart(2, '0');
  return {
    iso: d === null ? `${y}-${mm}` : `${y}-${mm}-${String(d).padStart(2, '0')}`,
    year: y,
    key: y * 10000 + m * 100 + (d ?? 0),
  };
}

/** Excel's day number (1900 system; 60 is Lotus's 29 February 1900, past which the epoch is 30 December 1899). */
export function excelSerialDate(serial: number): LedgerDate | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  const t = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
  return make(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function chineseDate(s: string): LedgerDate | null {
  const m = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?$/.exec(s);
  if (!m) return null;
  const year = Number([...m[1]!].map((c) => CN_DIGIT[c]).join(''));
  const month = parseChineseNumeral(m[2]!);
  const day = m[3] ? parseChineseNumeral(m[3]) : null;
  if (month === null || (m[3] && day === null)) return null;
  return make(year, month, day);
}

function textDate(raw: string): LedgerDate | null {
  let s = raw.normalize('NFKC').trim();
  // A time after the date (2024-03-18 10:30, 2024/3/18 10:30:00, ISO's T) says nothing the count needs.
  s = s.replace(/(?:[T\s]+|(?<=日))\d{1,2}[:时].*$/, '');
  s = s.replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s);
  if (m) return make(Number(m[1]), Number(m[2]), null);
  if (/^\d{5}(?:\.\d+)?$/.test(s)) return excelSerialDate(Number(s));
  return chineseDate(s);
}

/** A cell of a date column, read; `problem` says in Chinese why it is not a date. */
export function readDate(v: LedgerValue | undefined): DateRead {
  if (v === null || v === undefined) return { empty: true };
  if (typeof v === 'object') {
    const d = textDate(v.date);
    return d ? { date: d } : { problem: `“${v.date}”不是有效日期` };
  }
  if (typeof v === 'number') {
    const d = Number.isInteger(v) && v > 19000000 && v < 21010000 ? textDate(String(v)) : excelSerialDate(v);
    return d ? { date: d } : { problem: `“${v}”不是可以识别的日期` };
  }
  const text = v.trim();
  if (!text) return { empty: true };
  const d = textDate(text);
  return d ? { date: d } : { problem: `“${text}”不是可以识别的日期` };
}

/** A date the clerk typed for a value the ledger's own could not be read as (the mapping step). */
export function parseTypedDate(text: string): LedgerDate | null {
  return textDate(text);
}
