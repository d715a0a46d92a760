/**
 * What a left-out value can be answered with, per field: the choices the app's mapping step offers (in
 * table order, by the table's own labels), and the answer written as text (`nianbao tally --map
 * 个体户=商业企业`), read by the same word lists — so 「其他处理-其他」, 「（六）3.其他」 and 「其他处理 其他」
 * all answer alike.
 */
import { APPLICANT_VOCABULARY, applicantLabel, type ApplicantColumn } from './applicants.ts';
import { CASE_OUTCOMES, CASE_ROUTES, outcomeLabel, recogniseOutcome, recogniseRoute, ROUTE_LABELS } from './cases.ts';
import { parseTypedDate } from './dates.ts';
import type { MappableField, ValueTargets } from './mapping.ts';
import { PENDING, RESULT_KEYS, recogniseResult, resultLabel, type ResultValue } from './results.ts';
import { recognise } from './vocabulary.ts';
import { SEC3_APPLICANT_COLS } from '../schema/index.ts';

export interface TargetOption<F extends MappableField> {
  value: ValueTargets[F];
  label: string;
}

const RESULT_CHOICES: ResultValue[] = [...RESULT_KEYS, PENDING];

/** The choices for a field's answer (dates have none: the clerk types the date). */
export function targetOptions<F extends MappableField>(field: F): TargetOption<F>[] {
  const opts = (() => {
    switch (field) {
      case 'applicantType':
        return SEC3_APPLICANT_COLS.map((c) => ({ value: c, label: applicantLabel(c) }));
      case 'result':
      case 'reason':
        return RESULT_CHOICES.map((k) => ({ value: k, label: resultLabel(k) }));
      case 'caseType':
      case 'route':
        return CASE_ROUTES.map((r) => ({ value: r, label: ROUTE_LABELS[r] }));
      case 'outcome':
        return CASE_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }));
      default:
        return [];
    }
  })();
  return opts as TargetOption<F>[];
}

export function targetLabel<F extends MappableField>(field: F, value: ValueTargets[F]): string {
  if (field === 'date') return String(value);
  return targetOptions(field).find((o) => o.value === value)?.label ?? String(value);
}

/** An answer written as text → the target, or null when it does not name exactly one. */
export function parseTarget<F extends MappableField>(field: F, text: string): ValueTargets[F] | null {
  const got = (() => {
    switch (field) {
      case 'applicantType': {
        const r = recognise(APPLICANT_VOCABULARY, text);
        return r.kind === 'value' ? (r.value as ApplicantColumn) : null;
      }
      case 'result':
      case 'reason': {
        const r = recogniseResult(text.replace(/^尚未办结$/, '办理中'));
        return r.kind === 'value' ? r.value : null;
      }
      case 'caseType':
      case 'route': {
        const r = recogniseRoute(text);
        return r.kind === 'value' ? r.value : null;
      }
      case 'outcome': {
        const r = recogniseOutcome(text);
        return r.kind === 'value' ? r.value : null;
      }
      case 'date':
        return parseTypedDate(text)?.iso ?? null;
    }
    return null;
  })();
  return got as ValueTargets[F] | null;
}
