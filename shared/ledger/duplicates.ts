/**
 * Each application counted once. Rows with the same application number are one application: written
 * twice alike, the first row counts; kept once while open and again when closed (a ledger copied into
 * next year's sheet, or a row added for the answer), the closed row counts. Rows with one number that
 * say different things are left for the clerk. A ledger without a number column is not de-duplicated:
 * two people may apply alike on one day.
 */
import type { Duplicate, LeftOut } from './left-out.ts';
import type { LedgerRecord } from './records.ts';

export interface RecordFacts {
  record: LedgerRecord;
  number: string;
  /** What the row says, for comparing two rows of one number. */
  signature: string;
  /** Same application, compared without its closing (received date and applicant). */
  identity: string;
  /** The row has a closing date. */
  closed: boolean;
}

export interface Deduplicated {
  keep: RecordFacts[];
  duplicates: Duplicate[];
  conflicts: LeftOut[];
}

/** The number as a key: full-width folded, spaces dropped; 序号 restart on each sheet, so they are per sheet. */
function numberKey(f: RecordFacts, perSheet: boolean): string {
  const n = f.number.normalize('NFKC').replace(/\s+/g, '');
  return perSheet ? `${f.record.sheet}#${n}` : n;
}

export function deduplicate(facts: readonly RecordFacts[], perSheet: (sheet: number) => boolean): Deduplicated {
  const groups = new Map<string, RecordFacts[]>();
  const keep: RecordFacts[] = [];
  for (const f of facts) {
    if (!f.number) {
      keep.push(f);
      continue;
    }
    const k = numberKey(f, perSheet(f.record.sheet));
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: Deduplicated = { keep, duplicates: [], conflicts: [] };
  const at = (f: RecordFacts) => ({ sheet: f.record.sheet, row: f.record.row });
  for (const g of groups.values()) {
    const first = g[0]!;
    if (g.length === 1) {
      keep.push(first);
      continue;
    }
    if (g.every((f) => f.signature === first.signature)) {
      keep.push(first);
      for (const f of g.slice(1)) out.duplicates.push({ ...at(f), number: f.number, kept: at(first), reason: '与另一行内容相同，只计一次' });
      continue;
    }
    const closed = g.filter((f) => f.closed);
    const open = g.filter((f) => !f.closed);
    const one = closed[0];
    if (closed.length === 1 && one && open.every((f) => f.identity === one.identity)) {
      keep.push(one);
      for (const f of open) out.duplicates.push({ ...at(f), number: f.number, kept: at(one), reason: '是同一申请办结前的记录，以办结的一行为准' });
      continue;
    }
    for (const f of g) {
      out.conflicts.push({
        ...at(f),
        number: f.number,
        field: 'number',
        value: f.number,
        reason: `编号“${f.number}”在台账中有 ${g.length} 行，内容不同，无法判断以哪一行为准：请在台账中核对后重新统计`,
        mapAs: null,
      });
    }
  }
  return out;
}
