/** The 批量审核 table as the clerk arranges it: which entries show (severity, unit or file name) and in what order. */
import { countBatch, worstSeverity, type BatchEntry, type BatchSeverity } from '../../shared/batch/review.ts';

export type SeverityFilter = 'all' | BatchSeverity | 'clean';
export type SortKey = 'file' | 'unit' | 'year' | BatchSeverity;

export interface BatchView {
  filter: SeverityFilter;
  /** Part of a unit's or a file's name. */
  query: string;
  sort: { key: SortKey; descending: boolean };
}

export interface BatchRow {
  /** The entry's index in the review (what the Node side opens). */
  index: number;
  entry: BatchEntry;
  counts: Record<BatchSeverity, number>;
  worst: BatchSeverity | null;
}

export const SEVERITY_LABEL: Record<BatchSeverity, string> = { error: '错误', warning: '警告', note: '提示' };

export const FILTER_LABEL: Record<SeverityFilter, string> = {
  all: '全部',
  error: '有错误的',
  warning: '有警告的',
  note: '有提示的',
  clean: '未发现问题的',
};

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function matches(row: BatchRow, view: BatchView): boolean {
  if (view.filter === 'clean' && row.entry.findings.length) return false;
  if (view.filter !== 'all' && view.filter !== 'clean' && !row.counts[view.filter]) return false;
  const q = fold(view.query);
  return !q || fold(row.entry.file).includes(q) || fold(row.entry.unit ?? '').includes(q);
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compare(a: BatchRow, b: BatchRow, key: SortKey): number {
  switch (key) {
    case 'file':
      return collator.compare(a.entry.file, b.entry.file);
    case 'unit':
      // Unreadable files (no unit) after every unit.
      return a.entry.unit === null || b.entry.unit === null
        ? Number(a.entry.unit === null) - Number(b.entry.unit === null)
        : collator.compare(a.entry.unit, b.entry.unit);
    case 'year':
      return (a.entry.year ?? 0) - (b.entry.year ?? 0);
    default:
      return a.counts[key] - b.counts[key];
  }
}

export function batchRows(entries: readonly BatchEntry[], view: BatchView): BatchRow[] {
  const rows = entries.map((entry, index) => ({ index, entry, counts: countBatch(entry.findings), worst: worstSeverity(entry.findings) }));
  const sign = view.sort.descending ? -1 : 1;
  // Ties keep the folder's order, so a sort by errors still reads file by file.
  return rows.filter((r) => matches(r, view)).sort((a, b) => sign * compare(a, b, view.sort.key) || a.index - b.index);
}

/** A click on a column: the same column again turns the order round; counts start with the most. */
export function nextSort(current: BatchView['sort'], key: SortKey): BatchView['sort'] {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key === 'error' || key === 'warning' || key === 'note' };
}
