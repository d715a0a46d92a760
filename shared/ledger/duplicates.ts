/**
 * Each application counted once. Rows with the same application number are one application: written
 * twice alike, the first row counts; kept once while open and again when closed (a ledger copied into
 * next year's sheet, or a row added for the answer), the closed row counts. Rows with one number that
 * say different things are left for the clerk. A ledger without a number column is not de-duplicated:
 * two people may apply alike on one day.
 */
import type { Duplicate, LeftOut } from './left-out.ts';
import type { LedgerRecord } from './records.ts';

/** How rows are compared: only rows that share a number are ever read beyond their number. */
export interface Comparing {
  number(rec: LedgerRecord): string;
  /** 序号 restart on each sheet: their numbers are per sheet. */
  perSheet(sheet: number): boolean;
  /** Same application, compared without its closing (received date and applicant). */
  identity(rec: LedgerRecord): string;
  /** What the row says. */
  signature(rec: LedgerRecord): string;
  /** The row has a closing date. */
  closed(rec: LedgerRecord): boolean;
}

export interface Deduplicated {
  /** Rows not to count (a copy, or one of rows that disagree). */
  drop: Set<LedgerRecord>;
  duplicates: Duplicate[];
  conflicts: LeftOut[];
}

/** The number as a key: full-width folded, spaces dropped (plain ASCII numbers, most of them, as they are). */
function numberKey(n: string, sheet: number, perSheet: boolean): string {
  let plain = true;
  for (let i = 0; i < n.length && plain; i++) {
    const c = n.charCodeAt(i);
    plain = c > 0x20 && c < 0x7f;
  }
  const key = plain ? n : n.normalize('NFKC').replace(/\s+/g, '');
  return perSheet ? `${sheet}#${key}` : key;
}

export function deduplicate(records: readonly LedgerRecord[], how: Comparing): Deduplicated {
  const first = new Map<string, LedgerRecord>();
  const groups = new Map<string, LedgerRecord[]>();
  for (const rec of records) {
    const n = how.number(rec);
    if (!n) continue;
    const k = numberKey(n, rec.sheet, how.perSheet(rec.sheet));
    const seen = first.get(k);
    if (!seen) first.set(k, rec);
    else {
      const g = groups.get(k);
      if (g) g.push(rec);
      else groups.set(k, [seen, rec]);
    }
  }
  const out: Deduplicated = { drop: new Set(), duplicates: [], conflicts: [] };
  const at = (r: LedgerRecord) => ({ sheet: r.sheet, row: r.row });
  const dup = (r: LedgerRecord, kept: LedgerRecord, reason: string) => {
    out.drop.add(r);
    out.duplicates.push({ ...at(r), number: how.number(r), kept: at(kept), reason });
  };
  for (const g of groups.values()) {
    const head = g[0]!;
    const signature = how.signature(head);
    if (g.every((r) => how.signature(r) === signature)) {
      for (const r of g.slice(1)) dup(r, head, '与另一行内容相同，只计一次');
      continue;
    }
    const closed = g.filter((r) => how.closed(r));
    const one = closed[0];
    if (closed.length === 1 && one && g.every((r) => r === one || how.identity(r) === how.identity(one))) {
      for (const r of g) if (r !== one) dup(r, one, '是同一申请办结前的记录，以办结的一行为准');
      continue;
    }
    for (const r of g) {
      out.drop.add(r);
      const n = how.number(r);
      out.conflicts.push({
        ...at(r),
        number: n,
        field: 'number',
        value: n,
        reason: `编号“${n}”在台账中有 ${g.length} 行，内容不同，无法判断以哪一行为准：请在台账中核对后重新统计`,
        mapAs: null,
      });
    }
  }
  return out;
}
