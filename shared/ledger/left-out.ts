/** A row the counting could not place, and why: listed with its row and number, never counted until answered. */
import type { LedgerField } from './columns.ts';
import type { MappableField } from './mapping.ts';

export interface LeftOut {
  sheet: number;
  /** The spreadsheet's row number. */
  row: number;
  /** The application's number as the ledger writes it ('' when it has none). */
  number: string;
  field: LedgerField;
  /** The cell's text ('' for a missing value). */
  value: string;
  /** Chinese, for the clerk: what is wrong and what to do. */
  reason: string;
  /** The list of answers that would place it ('date' for either date), or null when the ledger itself must be corrected. */
  mapAs: MappableField | null;
}

/** A row counted once although the ledger has it more than once. */
export interface Duplicate {
  sheet: number;
  row: number;
  number: string;
  /** The row counted instead. */
  kept: { sheet: number; row: number };
  reason: string;
}

/** Rows left out, grouped by the value that would place them: one question per distinct value. */
export interface Question {
  field: MappableField;
  /** The value as the ledger first writes it. */
  value: string;
  rows: LeftOut[];
}

export function questionsOf(leftOut: readonly LeftOut[], key: (field: MappableField, text: string) => string): Question[] {
  const byKey = new Map<string, Question>();
  for (const l of leftOut) {
    if (!l.mapAs) continue;
    const k = `${l.mapAs}\u0001${key(l.mapAs, l.value)}`;
    const q = byKey.get(k);
    if (q) q.rows.push(l);
    else byKey.set(k, { field: l.mapAs, value: l.value, rows: [l] });
  }
  return [...byKey.values()];
}

/** The distinct rows of a list (a row with two problems is one row left out). */
export function rowsOf(leftOut: readonly { sheet: number; row: number }[]): number {
  return new Set(leftOut.map((l) => `${l.sheet}:${l.row}`)).size;
}
