/**
 * What a report keeps of its ledger (report.ledger): the clerk's answers, remembered for next year, and
 * the last count written into the tables — each counted application with its number, row and dates, and
 * which cells count it — so the numbers stay traceable after the file is closed and reopened, and next
 * year's 上年结转 can be compared application by application. No applicant's name or request is kept:
 * the report file goes to the district office.
 */
import { z } from 'zod';
import { isCellAddress } from '../schema/index.ts';
import type { ApplicantColumn } from './applicants.ts';
import type { CaseOutcome } from './cases.ts';
import { APPLICATION_FIELDS, CASE_FIELDS, type LedgerField } from './columns.ts';
import type { LeftOut } from './left-out.ts';
import type { LedgerMapping } from './mapping.ts';
import { PENDING, RESULT_KEYS, type ResultValue } from './results.ts';
import type { LedgerTally } from './tally.ts';

/** One counted application or case as the report keeps it. */
export interface LedgerEntry {
  /** The application's number ('' when the ledger has none). */
  number: string;
  sheet: string;
  row: number;
  received: string;
  closed: string | null;
  /** The ledger's words: the applicant type (table 三) or the case type (table 四). */
  kind: string;
  /** The ledger's words: the result, or the case's outcome. */
  result: string;
}

export interface LedgerLeftOutEntry {
  sheet: string;
  row: number;
  number: string;
  value: string;
  reason: string;
}

export interface LedgerCount {
  /** The ledger file's name. */
  source: string;
  year: number;
  countedAt: string;
  entries: LedgerEntry[];
  /** Each counted cell (applicant columns of table 三, the four results of each table-四 group) → entry indices. */
  cells: Record<string, number[]>;
  /** Rows not counted when the tables were filled, as listed to the clerk then. */
  leftOut: LedgerLeftOutEntry[];
  /** Table 四 was filled from the ledger too. */
  sec4: boolean;
}

export interface ReportLedger {
  mapping: LedgerMapping;
  count?: LedgerCount;
}

/** What the ledger counted as 结转下年度, per applicant column: next year's 上年结转 is checked against it. */
export interface CarriedApplication {
  number: string;
  received: string;
}

const MAX = { text: 500, entries: 500_000 };
const text = z.string().max(MAX.text);
const fieldName = z.enum([...new Set<LedgerField | 'none'>([...APPLICATION_FIELDS, ...CASE_FIELDS, 'none'])] as [LedgerField | 'none', ...(LedgerField | 'none')[]]);

const resultValue = z.enum([PENDING, ...RESULT_KEYS] as [ResultValue, ...ResultValue[]]);
const applicantColumn = z.union([0, 1, 2, 3, 4, 5].map((n) => z.literal(n)) as unknown as [z.ZodLiteral<ApplicantColumn>, ...z.ZodLiteral<ApplicantColumn>[]]);
const caseOutcome = z.union([0, 1, 2, 3].map((n) => z.literal(n)) as unknown as [z.ZodLiteral<CaseOutcome>, ...z.ZodLiteral<CaseOutcome>[]]);

export const ledgerMappingSchema = z.object({
  columns: z.record(text, fieldName),
  values: z.object({
    applicantType: z.record(text, applicantColumn).optional(),
    result: z.record(text, resultValue).optional(),
    reason: z.record(text, resultValue).optional(),
    date: z.record(text, text).optional(),
    caseType: z.record(text, z.enum(['review', 'direct', 'afterReview'])).optional(),
    route: z.record(text, z.enum(['review', 'direct', 'afterReview'])).optional(),
    outcome: z.record(text, caseOutcome).optional(),
  }),
});

const entrySchema = z.object({ number: text, sheet: text, row: z.number().int().min(1), received: text, closed: text.nullable(), kind: text, result: text });

export const ledgerCountSchema = z
  .object({
    source: text,
    year: z.number().int(),
    countedAt: text,
    entries: z.array(entrySchema).max(MAX.entries),
    cells: z.record(z.string().refine(isCellAddress), z.array(z.number().int().min(0))),
    leftOut: z.array(z.object({ sheet: text, row: z.number().int(), number: text, value: text, reason: text })).max(MAX.entries),
    sec4: z.boolean(),
  })
  .refine((c) => Object.values(c.cells).every((list) => list.every((i) => i < c.entries.length)), { message: '台账统计记录中的申请序号超出范围' });

export const reportLedgerSchema = z.object({ mapping: ledgerMappingSchema, count: ledgerCountSchema.optional() });

export const carriedApplicationsSchema = z.array(z.array(z.object({ number: text, received: text })).max(MAX.entries)).length(6);

/** The count as the report keeps it. `sec4`: table 四 was filled too. */
export function ledgerCount(t: LedgerTally, sheetNames: readonly string[], opts: { sec4: boolean; now?: Date }): LedgerCount {
  const sheet = (i: number) => sheetNames[i] ?? '';
  const entries: LedgerEntry[] = t.applications.applications.map((a) => ({
    number: a.number,
    sheet: sheet(a.sheet),
    row: a.row,
    received: a.received,
    closed: a.closed,
    kind: a.applicantText,
    result: a.resultText,
  }));
  const cells: Record<string, number[]> = { ...t.applications.cells };
  const leftOut = (l: LeftOut): LedgerLeftOutEntry => ({ sheet: sheet(l.sheet), row: l.row, number: l.number, value: l.value, reason: l.reason });
  const out: LedgerCount = {
    source: t.source,
    year: t.year,
    countedAt: (opts.now ?? new Date()).toISOString(),
    entries,
    cells,
    leftOut: t.applications.leftOut.map(leftOut),
    sec4: opts.sec4 && !!t.cases,
  };
  if (opts.sec4 && t.cases) {
    const offset = entries.length;
    for (const c of t.cases.cases) {
      entries.push({ number: c.number, sheet: sheet(c.sheet), row: c.row, received: c.received, closed: c.closed, kind: c.routeText, result: c.outcomeText });
    }
    for (const [address, list] of Object.entries(t.cases.cells)) cells[address] = list.map((i) => i + offset);
    out.leftOut.push(...t.cases.leftOut.map(leftOut));
  }
  return out;
}
