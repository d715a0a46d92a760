/**
 * Table 四 counted from a 行政复议/行政诉讼 sheet, for report year N. The format says nothing of the year
 * boundary; the count follows table 三 and the note units print under table 四 (「行政复议、行政诉讼数量含上年度
 * 结转数量」): a case counts in N when it was open at some time in N — filed in N, or filed earlier and not
 * decided before N. Decided in N, it counts under its result; not decided by the end of N, under 尚未审结.
 * Filed after N, or decided before N: not counted. Each group's 总计 is the sum of its four.
 */
import { SEC4_OUTCOMES, sec4Address } from '../schema/index.ts';
import type { LedgerBook } from './book.ts';
import { OUTCOME_PENDING, recogniseOutcome, recogniseRoute, ROUTE_LABELS, type CaseOutcome, type CaseRoute } from './cases.ts';
import type { HeaderFound } from './columns.ts';
import type { DateRead } from './dates.ts';
import type { LeftOut } from './left-out.ts';
import type { LedgerMapping } from './mapping.ts';
import { dateReader, wordReader } from './readers.ts';
import { fieldText, fieldValue, sheetRecords, type LedgerRecord, type SetAside } from './records.ts';

export interface CountedCase {
  sheet: number;
  row: number;
  number: string;
  received: string;
  closed: string | null;
  routeText: string;
  outcomeText: string;
  route: CaseRoute;
  outcome: CaseOutcome;
}

export interface CaseTally {
  year: number;
  cases: CountedCase[];
  /** Each non-total cell of table 四 → the cases it counts (indices). */
  cells: Record<string, number[]>;
  leftOut: LeftOut[];
  notCounted: { closedBefore: number; receivedAfter: number };
  setAside: SetAside[];
}

export interface CaseSheet {
  sheet: number;
  header: HeaderFound;
  /** What the sheet's own name says every case of it is (a sheet named 行政复议), when it says so. */
  route?: CaseRoute | 'litigation';
}

const GROUP_OF: Record<CaseRoute, number> = { review: 0, direct: 1, afterReview: 2 };
const COUNTED_FIELDS = ['received', 'caseType', 'route', 'outcome', 'closed'] as const;

export function caseAddress(route: CaseRoute, outcome: CaseOutcome): string {
  return sec4Address(GROUP_OF[route] * SEC4_OUTCOMES.length + outcome);
}

type Problem = Omit<LeftOut, 'sheet' | 'row' | 'number'>;

function routeOf(rec: LedgerRecord, s: CaseSheet, read: { type: (t: string) => ReturnType<typeof recogniseRoute>; route: (t: string) => ReturnType<typeof recogniseRoute> }): { route: CaseRoute; text: string } | Problem {
  const typeText = fieldText(rec, 'caseType');
  const routeText = fieldText(rec, 'route');
  const type = typeText ? read.type(typeText) : null;
  if (type?.kind === 'value') return { route: type.value, text: typeText };
  const litigation = type?.kind === 'group' || (!typeText && s.route === 'litigation');
  if (!typeText && s.route && s.route !== 'litigation') return { route: s.route, text: '' };
  if (litigation) {
    const via = routeText ? read.route(routeText) : null;
    if (via?.kind === 'value' && via.value !== 'review') return { route: via.value, text: `${typeText}${routeText ? `（${routeText}）` : ''}` };
    if (routeText) return { field: 'route', value: routeText, reason: `“${routeText}”无法判断该行政诉讼是否经过复议，未计入`, mapAs: 'route' };
    return typeText
      ? { field: 'caseType', value: typeText, reason: `“${typeText}”没有写明是未经复议直接起诉还是复议后起诉，未计入`, mapAs: 'caseType' }
      : { field: 'caseType', value: '', reason: '没有写明案件类型（行政复议或行政诉讼）：请在台账中补填', mapAs: null };
  }
  if (!typeText) return { field: 'caseType', value: '', reason: '没有写明案件类型（行政复议或行政诉讼）：请在台账中补填', mapAs: null };
  return { field: 'caseType', value: typeText, reason: `案件类型“${typeText}”无法对应到表四的行政复议或行政诉讼，未计入`, mapAs: 'caseType' };
}

export function countCases(book: LedgerBook, sheets: readonly CaseSheet[], year: number, mapping: LedgerMapping): CaseTally {
  const date = dateReader(mapping);
  const read = {
    type: wordReader(mapping, 'caseType', recogniseRoute),
    route: wordReader(mapping, 'route', recogniseRoute),
    outcome: wordReader(mapping, 'outcome', recogniseOutcome),
  };
  const tally: CaseTally = { year, cases: [], cells: {}, leftOut: [], notCounted: { closedBefore: 0, receivedAfter: 0 }, setAside: [] };
  for (const s of sheets) {
    const sheet = book.sheets[s.sheet];
    if (!sheet) continue;
    const rows = sheetRecords(sheet, s.sheet, s.header, COUNTED_FIELDS);
    tally.setAside.push(...rows.setAside);
    for (const rec of rows.records) {
      const problems: Problem[] = [];
      const received: DateRead = date(fieldValue(rec, 'received'));
      const closed: DateRead = date(fieldValue(rec, 'closed'));
      const r = 'date' in received ? received.date : null;
      const c = 'date' in closed ? closed.date : null;
      if (c && c.year < year) {
        tally.notCounted.closedBefore++;
        continue;
      }
      if (r && r.year > year) {
        tally.notCounted.receivedAfter++;
        continue;
      }
      if ('empty' in received) problems.push({ field: 'received', value: '', reason: '没有收到（立案）日期：请在台账中补填', mapAs: null });
      if ('problem' in received) problems.push({ field: 'received', value: fieldText(rec, 'received'), reason: `收到日期${received.problem}，未计入`, mapAs: 'date' });
      if ('problem' in closed) problems.push({ field: 'closed', value: fieldText(rec, 'closed'), reason: `审结日期${closed.problem}，未计入`, mapAs: 'date' });
      const route = routeOf(rec, s, read);
      if ('field' in route) problems.push(route);
      const outcomeText = fieldText(rec, 'outcome');
      const got = outcomeText ? read.outcome(outcomeText) : null;
      let outcome: CaseOutcome | null = null;
      if (!('problem' in closed)) {
        if (!c || c.year > year) {
          outcome = OUTCOME_PENDING;
          if (!c && got?.kind === 'value' && got.value !== OUTCOME_PENDING) {
            problems.push({ field: 'closed', value: '', reason: `结果为“${outcomeText}”，但没有审结日期：无法判断是否在本年审结，请在台账中补填`, mapAs: null });
          }
        } else if (got?.kind === 'value' && got.value !== OUTCOME_PENDING) outcome = got.value;
        else if (!outcomeText) problems.push({ field: 'outcome', value: '', reason: '已有审结日期，但没有结果：请在台账中补填', mapAs: null });
        else if (got?.kind === 'value') problems.push({ field: 'outcome', value: outcomeText, reason: `已有审结日期，但结果为“${outcomeText}”：请核对台账`, mapAs: null });
        else problems.push({ field: 'outcome', value: outcomeText, reason: `结果“${outcomeText}”无法对应到表四的结果维持、结果纠正、其他结果，未计入`, mapAs: 'outcome' });
      }
      const number = fieldText(rec, 'number');
      if (problems.length || !r || 'field' in route || outcome === null) {
        for (const p of problems) tally.leftOut.push({ sheet: rec.sheet, row: rec.row, number, ...p });
        continue;
      }
      const index = tally.cases.length;
      tally.cases.push({ sheet: rec.sheet, row: rec.row, number, received: r.iso, closed: c?.iso ?? null, routeText: route.text || ROUTE_LABELS[route.route], outcomeText, route: route.route, outcome });
      (tally.cells[caseAddress(route.route, outcome)] ??= []).push(index);
    }
  }
  return tally;
}
