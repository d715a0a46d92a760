/**
 * A header row printed inside table 三, above its last rows (OCR puts the header of another table or a
 * reordered one there: 「| 项目 | 总计 | 自然人 | 商业企业 | … |」). When it names all seven columns, the rows
 * under it are read in the order it names; when it names other things, the rows under it are suspect, and
 * any whose sums do not hold is flagged (shared/import/arith/reassign.ts).
 */
import { SEC3_COLUMNS, type Sec3RowKey } from '../../schema/index.ts';
import type { Fragment } from '../fragments.ts';
import { labelCore } from '../labels.ts';
import type { MatchResult } from '../match-rows.ts';

export interface MidHeader {
  /** Fragment index of the header row. */
  at: number;
  /** Column of each printed value position, when the header names all seven columns; null otherwise. */
  order: number[] | null;
}

const COLUMN_CORES = SEC3_COLUMNS.map((c) => labelCore(c));

/** Header rows among the fragments after `from` (the first data row): three or more text cells and no number. */
export function midHeaders(fragments: readonly Fragment[], from: number): MidHeader[] {
  const out: MidHeader[] = [];
  for (let k = from + 1; k < fragments.length; k++) {
    const tokens = fragments[k]!.tokens.filter((t) => t.kind !== 'blank');
    if (tokens.length < 4 || tokens.some((t) => t.kind !== 'text')) continue;
    const cores = tokens.map((t) => (t.kind === 'text' ? labelCore(t.text) : ''));
    const order = cores.map((c) => COLUMN_CORES.indexOf(c)).filter((i) => i >= 0);
    const named = order.length === SEC3_COLUMNS.length && new Set(order).size === order.length;
    if (named && order.every((c, i) => c === i)) continue;
    if (named || cores.filter((c) => c.length >= 2).length >= 4) out.push({ at: k, order: named ? order : null });
  }
  return out;
}

/** Rows under a header row printed inside the table: read in the order it names, or marked suspect. */
export function underMidHeaders(fragments: readonly Fragment[], m: MatchResult, suspect: Sec3RowKey[]): void {
  const starts = [...m.rows.values()].map((r) => r.at ?? Infinity);
  const headers = midHeaders(fragments, Math.min(...starts)).filter((h) => h.at <= m.last);
  if (!headers.length) return;
  for (const [id, row] of m.rows) {
    const h = headers.filter((x) => x.at <= (row.at ?? -1)).at(-1);
    if (!h) continue;
    if (!h.order) {
      suspect.push(id as Sec3RowKey);
      continue;
    }
    if (row.values.length !== h.order.length) continue;
    const values = [...row.values];
    h.order.forEach((col, p) => (values[col] = row.values[p]!));
    row.values = values;
    row.reordered = true;
  }
}
