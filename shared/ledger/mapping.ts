/**
 * The clerk's answers for a ledger, kept in the report file (report.ledger.mapping) and carried to next
 * year's report by the roll-over, so each question is asked once: which column is which field, and
 * what a value no list knows stands for (「个体户」 → 商业企业, 「撤回申请」 → （六）3.其他, a date written
 * some odd way → the date).
 */
import type { ApplicantColumn } from './applicants.ts';
import type { CaseOutcome, CaseRoute } from './cases.ts';
import type { LedgerField } from './columns.ts';
import type { ResultValue } from './results.ts';
import { valueCore } from './vocabulary.ts';

/** What a value of each field can be mapped to. */
export interface ValueTargets {
  applicantType: ApplicantColumn;
  result: ResultValue;
  reason: ResultValue;
  /** A date, as 2024-03-18 (received and closed share one list: a way of writing a date is the same in both). */
  date: string;
  caseType: CaseRoute;
  route: CaseRoute;
  outcome: CaseOutcome;
}

export type MappableField = keyof ValueTargets;

export interface LedgerMapping {
  /** Header text (as headerCore reads it) → the field that column is, or 'none' for a column that is none. */
  columns: Record<string, LedgerField | 'none'>;
  /** Per field, a value's key (valueKey) → what it stands for. */
  values: { [F in MappableField]?: Record<string, ValueTargets[F]> };
}

export const EMPTY_MAPPING: LedgerMapping = Object.freeze({ columns: {}, values: {} }) as LedgerMapping;

/** The key a value is remembered by: its core for words (spacing, brackets, ordinals do not matter), its text for dates. */
export function valueKey(field: MappableField, text: string): string {
  return field === 'date' ? text.normalize('NFKC').replace(/\s+/g, '') : valueCore(text);
}

export function mappedValue<F extends MappableField>(m: LedgerMapping, field: F, text: string): ValueTargets[F] | undefined {
  return (m.values[field] as Record<string, ValueTargets[F]> | undefined)?.[valueKey(field, text)];
}

/** The mapping with one more answer (a new object; the old one is unchanged). */
export function withValue<F extends MappableField>(m: LedgerMapping, field: F, text: string, target: ValueTargets[F] | null): LedgerMapping {
  const own = { ...((m.values[field] as Record<string, ValueTargets[F]> | undefined) ?? {}) };
  const key = valueKey(field, text);
  if (target === null) delete own[key];
  else own[key] = target;
  return { ...m, values: { ...m.values, [field]: own } };
}

export function withColumn(m: LedgerMapping, header: string, field: LedgerField | 'none' | null, headerCore: (t: string) => string): LedgerMapping {
  const columns = { ...m.columns };
  const key = headerCore(header);
  if (!key) return m;
  if (field === null) delete columns[key];
  else columns[key] = field;
  return { ...m, columns };
}
