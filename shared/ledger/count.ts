/**
 * Table 三 counted from the application ledger, for report year N (docs/format.md §3.3, and the rules):
 * - received in N, closed in N → 一、本年新收 and its result row;
 * - received in N, open at the end of N (no closing date, or a later one) → 本年新收 and 四、结转下年度;
 * - received before N, closed in N → 二、上年结转 and its result row;
 * - received before N, still open at the end of N → 上年结转 and 结转下年度;
 * - closed before N, or received after N → not counted.
 * Each application counts once, in its applicant's column and in one result row (部分公开 only under
 * 部分公开). A row whose values cannot be placed is never guessed: it is listed and left out of every
 * count until the clerk answers (mapping.ts) or corrects the ledger.
 */
import { SEC3_COLUMNS, SEC3_ROW_KEYS, sec3Address, type Sec3RowKey } from '../schema/index.ts';
import { recogniseApplicant, type ApplicantColumn } from './applicants.ts';
import type { LedgerBook, LedgerValue } from './book.ts';
import { headerCore, type HeaderFound } from './columns.ts';
import type { DateRead, LedgerDate } from './dates.ts';
import { deduplicate } from './duplicates.ts';
import type { Duplicate, LeftOut } from './left-out.ts';
import type { LedgerMapping } from './mapping.ts';
import { dateReader, wordReader } from './readers.ts';
import { fieldText, fieldValue, sheetRecords, type LedgerRecord, type SetAside } from './records.ts';
import { PENDING, recogniseResult, type ResultKey, type ResultValue } from './results.ts';
import type { Recognised } from './vocabulary.ts';

export type InRow = 'newReceived' | 'carriedOver';
export type OutRow = ResultKey | 'carriedForward';

export interface CountedApplication {
  sheet: number;
  row: number;
  number: string;
  received: string;
  closed: string | null;
  /** The ledger's own words for the applicant type and the result (no names: the report file may travel). */
  applicantText: string;
  resultText: string;
  column: ApplicantColumn;
  into: InRow;
  outOf: OutRow;
}

export interface ApplicationTally {
  year: number;
  applications: CountedApplication[];
  /** Each applicant-column cell of table 三 (columns 0–5) → the applications it counts (indices). */
  cells: Record<string, number[]>;
  leftOut: LeftOut[];
  duplicates: Duplicate[];
  notCounted: { closedBefore: number; receivedAfter: number };
  /** The rows outside the year, for saying where an application last year carried forward went. */
  outsideYear: { sheet: number; row: number; number: string; why: 'closedBefore' | 'receivedAfter'; closed: string | null; received: string | null }[];
  setAside: SetAside[];
  blankRows: number;
}

/** A sheet of applications and its header (detect.ts finds them; the clerk may choose others). */
export interface ApplicationSheet {
  sheet: number;
  header: HeaderFound;
}

/** Each row's seven addresses, made once rather than twice per application. */
const ADDRESSES = Object.fromEntries(SEC3_ROW_KEYS.map((k) => [k, SEC3_COLUMNS.map((_, c) => sec3Address(k, c))])) as Record<Sec3RowKey, string[]>;

const COUNTED_FIELDS = ['received', 'applicantType', 'result', 'closed', 'reason'] as const;

interface Readers {
  date: (v: LedgerValue) => DateRead;
  applicant: (text: string) => Recognised<ApplicantColumn>;
  result: (text: string) => Recognised<ResultValue>;
  reason: (text: string) => Recognised<ResultValue>;
}

function readers(mapping: LedgerMapping): Readers {
  return {
    date: dateReader(mapping),
    applicant: wordReader(mapping, 'applicantType', recogniseApplicant),
    result: wordReader(mapping, 'result', recogniseResult),
    reason: wordReader(mapping, 'reason', recogniseResult),
  };
}

/** closed before received, at the precision both have (a month without its day compares by month). */
function before(a: LedgerDate, b: LedgerDate): boolean {
  const day = a.key % 100 && b.key % 100;
  return day ? a.key < b.key : Math.floor(a.key / 100) < Math.floor(b.key / 100);
}

/** What a row gives: an application to count, the problems that keep it out, or nothing this year. */
type Placed = PlacedApp | Problem[] | Skipped;
type PlacedApp = Omit<CountedApplication, 'number' | 'sheet' | 'row'>;
interface Skipped {
  skip: 'closedBefore' | 'receivedAfter';
  received: string | null;
  closed: string | null;
}

/** Why a row is left out, before its place in the ledger is added. */
type Problem = Omit<LeftOut, 'sheet' | 'row' | 'number'>;

/** The result of a row closed in N: the result column, or a category there made precise by the reason column. */
function resultOf(rec: LedgerRecord, r: Readers, hasReason: boolean): ResultKey | Problem {
  const text = fieldText(rec, 'result');
  if (!text) return { field: 'result', value: '', reason: '已有办结日期，但没有办理结果：请在台账中补填', mapAs: null };
  const got = r.result(text);
  if (got.kind === 'value') {
    if (got.value !== PENDING) return got.value;
    return { field: 'result', value: text, reason: `已有办结日期，但办理结果为“${text}”（尚未办结）：请核对台账`, mapAs: null };
  }
  if (got.kind === 'group') {
    const reason = hasReason ? fieldText(rec, 'reason') : '';
    if (reason) {
      const why = r.reason(reason);
      if (why.kind === 'value' && why.value !== PENDING && got.members.has(why.value)) return why.value;
      return { field: 'reason', value: reason, reason: `办理结果“${text}”的具体情形“${reason}”无法对应到表三的某一行，未计入`, mapAs: 'reason' };
    }
    return { field: 'result', value: text, reason: `办理结果“${text}”只写了类别，没有写明是其中哪一种情形，未计入`, mapAs: 'result' };
  }
  return { field: 'result', value: text, reason: `办理结果“${text}”无法对应到表三的办理结果，未计入`, mapAs: 'result' };
}

function dateProblem(field: 'received' | 'closed', read: DateRead, rec: LedgerRecord): Problem | null {
  const name = field === 'received' ? '收到日期' : '办结日期';
  if ('problem' in read) return { field, value: fieldText(rec, field), reason: `${name}${read.problem}，未计入`, mapAs: 'date' };
  return null;
}

function applicantProblem(text: string, got: Recognised<ApplicantColumn> | null): Problem | null {
  if (!got) return { field: 'applicantType', value: '', reason: '没有申请人类型：请在台账中补填', mapAs: null };
  if (got.kind === 'group') {
    return { field: 'applicantType', value: text, reason: `申请人类型“${text}”只写了类别，没有写明是商业企业、科研机构等哪一类，未计入`, mapAs: 'applicantType' };
  }
  if (got.kind === 'unknown') return { field: 'applicantType', value: text, reason: `申请人类型“${text}”无法对应到表三的申请人类别，未计入`, mapAs: 'applicantType' };
  return null;
}

// A 50 000-row ledger goes through here row by row: no object but the application itself on the way.
function place(rec: LedgerRecord, year: number, r: Readers, hasReason: boolean): Placed {
  const received = r.date(fieldValue(rec, 'received'));
  const closed = r.date(fieldValue(rec, 'closed'));
  const closedDate = 'date' in closed ? closed.date : null;
  const receivedDate = 'date' in received ? received.date : null;
  // Outside the year whatever else the row says: nothing to ask about.
  if ((closedDate && closedDate.year < year) || (receivedDate && receivedDate.year > year)) {
    return { skip: closedDate && closedDate.year < year ? 'closedBefore' : 'receivedAfter', received: receivedDate?.iso ?? null, closed: closedDate?.iso ?? null };
  }
  let problems: Problem[] | undefined;
  const add = (p: Problem | null) => {
    if (p) (problems ??= []).push(p);
  };
  if ('empty' in received) add({ field: 'received', value: '', reason: '没有收到日期：请在台账中补填', mapAs: null });
  add(dateProblem('received', received, rec));
  add(dateProblem('closed', closed, rec));
  if (receivedDate && closedDate && before(closedDate, receivedDate)) {
    add({ field: 'closed', value: fieldText(rec, 'closed'), reason: `办结日期 ${closedDate.iso} 早于收到日期 ${receivedDate.iso}：请核对台账`, mapAs: null });
  }
  const applicantText = fieldText(rec, 'applicantType');
  const applicant = applicantText ? r.applicant(applicantText) : null;
  add(applicantProblem(applicantText, applicant));
  const resultText = fieldText(rec, 'result');
  let outOf: OutRow | null = null;
  if (!('problem' in closed) && (!closedDate || closedDate.year > year)) {
    outOf = 'carriedForward';
    const result = !closedDate && resultText ? r.result(resultText) : null;
    if (result?.kind === 'value' && result.value !== PENDING) {
      add({ field: 'closed', value: '', reason: `办理结果为“${resultText}”，但没有办结日期：无法判断是否在本年办结，请在台账中补填`, mapAs: null });
    }
  } else if (closedDate) {
    const res = resultOf(rec, r, hasReason);
    if (typeof res === 'string') outOf = res;
    else add(res);
  }
  if (problems || !receivedDate || applicant?.kind !== 'value' || !outOf) return problems ?? [];
  return {
    received: receivedDate.iso,
    closed: closedDate?.iso ?? null,
    applicantText,
    resultText,
    column: applicant.value,
    into: receivedDate.year === year ? 'newReceived' : 'carriedOver',
    outOf,
  };
}

/** Counts table 三 for `year` from the application sheets of `book`. */
export function countApplications(book: LedgerBook, sheets: readonly ApplicationSheet[], year: number, mapping: LedgerMapping): ApplicationTally {
  const r = readers(mapping);
  const tally: ApplicationTally = {
    year,
    applications: [],
    cells: {},
    leftOut: [],
    duplicates: [],
    notCounted: { closedBefore: 0, receivedAfter: 0 },
    outsideYear: [],
    setAside: [],
    blankRows: 0,
  };
  const records: LedgerRecord[] = [];
  const serialNumbers = new Set<number>();
  for (const s of sheets) {
    const sheet = book.sheets[s.sheet];
    if (!sheet) continue;
    const read = sheetRecords(sheet, s.sheet, s.header, COUNTED_FIELDS);
    tally.setAside.push(...read.setAside);
    tally.blankRows += read.blankRows;
    const numberCol = s.header.columns.number;
    if (numberCol !== undefined && headerCore(s.header.headers[numberCol] ?? '') === '序号') serialNumbers.add(s.sheet);
    for (const rec of read.records) records.push(rec);
  }
  const date = (rec: LedgerRecord, f: 'received' | 'closed') => {
    const d = r.date(fieldValue(rec, f));
    return 'date' in d ? d.date.iso : fieldText(rec, f);
  };
  const identity = (rec: LedgerRecord) => `${date(rec, 'received')}\u0001${fieldText(rec, 'applicantType')}`;
  const dedup = deduplicate(records, {
    number: (rec) => fieldText(rec, 'number'),
    perSheet: (sheet) => serialNumbers.has(sheet),
    identity,
    signature: (rec) => `${identity(rec)}\u0001${date(rec, 'closed')}\u0001${fieldText(rec, 'result')}\u0001${fieldText(rec, 'reason')}`,
    closed: (rec) => fieldText(rec, 'closed') !== '',
  });
  tally.duplicates = dedup.duplicates;
  tally.leftOut.push(...dedup.conflicts);
  const withReason = new Set(sheets.filter((s) => s.header.columns.reason !== undefined).map((s) => s.sheet));
  for (const rec of records) {
    if (dedup.drop.has(rec)) continue;
    const number = fieldText(rec, 'number');
    const placed = place(rec, year, r, withReason.has(rec.sheet));
    if (Array.isArray(placed)) {
      for (const p of placed) tally.leftOut.push({ sheet: rec.sheet, row: rec.row, number, ...p });
      continue;
    }
    if ('skip' in placed) {
      tally.notCounted[placed.skip]++;
      tally.outsideYear.push({ sheet: rec.sheet, row: rec.row, number, why: placed.skip, received: placed.received, closed: placed.closed });
      continue;
    }
    const index = tally.applications.length;
    const app: CountedApplication = Object.assign(placed, { sheet: rec.sheet, row: rec.row, number });
    tally.applications.push(app);
    (tally.cells[ADDRESSES[app.into][app.column]!] ??= []).push(index);
    (tally.cells[ADDRESSES[app.outOf][app.column]!] ??= []).push(index);
  }
  tally.leftOut.sort((a, b) => a.sheet - b.sheet || a.row - b.row);
  return tally;
}
