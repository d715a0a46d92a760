/**
 * 批量审核: every report of the folder in one table, as `nianbao check 文件夹` prints it — file, unit,
 * year, counts and the findings — sortable by a click on a column, filtered by severity and by a unit's
 * or file's name. A click on a row opens that unit's report in the editor; the exports are at the top.
 */
import { useMemo } from 'react';
import type { BatchReview } from '../../shared/api/contract.ts';
import { batchSummary } from '../../shared/batch/review.ts';
import { FILTER_LABEL, SEVERITY_LABEL, batchRows, nextSort, type BatchRow, type SeverityFilter, type SortKey } from './batch-model.ts';
import { closeBatch, exportBatch, openEntry, reviewFolder } from './batch-commands.ts';
import { batchStore, useBatch } from './batch-store.ts';
import './batch.css';

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'file', label: '文件' },
  { key: 'unit', label: '单位' },
  { key: 'year', label: '年度', numeric: true },
  { key: 'error', label: '错误', numeric: true },
  { key: 'warning', label: '警告', numeric: true },
  { key: 'note', label: '提示', numeric: true },
];

function cellOf(row: BatchRow, key: SortKey): string {
  if (key === 'file') return row.entry.file;
  if (key === 'unit') return row.entry.unit ?? '（无法读取）';
  if (key === 'year') return row.entry.year ? String(row.entry.year) : '—';
  return String(row.counts[key]);
}

function SumLine({ sum }: { sum: BatchReview['sum'] }) {
  if (!sum.included.length) return <p className="muted">没有可汇总的报告。</p>;
  return (
    <details className="batch-sum">
      <summary>
        汇总 {sum.year} 年度：计入 {sum.included.length} 个单位，未计入 {sum.excluded.length} 个文件
      </summary>
      <ul>
        {sum.excluded.map((e) => (
          <li key={e.file}>
            未计入 {e.file}：{e.reason}
          </li>
        ))}
        {sum.included.map((i) => (
          <li key={i.file}>
            计入 {i.file}（{i.unit}）{i.tableErrors ? `，表格有 ${i.tableErrors} 处错误` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Row({ row, opened }: { row: BatchRow; opened: boolean }) {
  const { entry } = row;
  const readable = entry.unit !== null;
  const open = () => readable && void openEntry(row.index);
  return (
    <tr className={`sev-${row.worst ?? 'none'}${opened ? ' batch-opened' : ''}`} data-file={entry.file} onClick={open}>
      <td>
        {readable ? (
          <button type="button" className="batch-open" title="在编辑器中打开这份报告" onClick={(e) => (e.stopPropagation(), open())}>
            {entry.file}
          </button>
        ) : (
          entry.file
        )}
      </td>
      {COLUMNS.slice(1).map((c) => (
        <td key={c.key} className={c.numeric ? 'num' : undefined}>
          {cellOf(row, c.key)}
        </td>
      ))}
      <td className="batch-findings">
        {entry.findings.length ? (
          <ul>
            {entry.findings.map((f, i) => (
              <li key={i} className={`sev-${f.severity}`}>
                <span className="batch-mark">{SEVERITY_LABEL[f.severity]}</span>
                {f.message}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">未发现问题</span>
        )}
      </td>
    </tr>
  );
}

export function BatchScreen() {
  const review = useBatch((s) => s.review);
  const view = useBatch((s) => s.view);
  const busy = useBatch((s) => s.busy);
  const notice = useBatch((s) => s.notice);
  const opened = useBatch((s) => s.opened);
  const rows = useMemo(() => (review ? batchRows(review.entries, view) : []), [review, view]);
  const setView = (patch: Partial<typeof view>) => batchStore.setState({ view: { ...view, ...patch } });
  if (!review) {
    return (
      <div className="batch-screen" aria-busy="true">
        <p role="status">{busy}</p>
      </div>
    );
  }
  const canSum = review.sum.included.length > 0;
  return (
    <div className="batch-screen" aria-labelledby="batch-title">
      <header className="batch-head">
        <h1 id="batch-title">批量审核：{review.name}</h1>
        <p data-testid="batch-summary">{batchSummary(review.entries)}</p>
        <SumLine sum={review.sum} />
        <div className="batch-actions">
          <button type="button" disabled={!!busy} onClick={() => void exportBatch('findings')}>
            导出问题清单（Excel）
          </button>
          <button type="button" disabled={!!busy || !canSum} onClick={() => void exportBatch('sumXlsx')}>
            导出汇总表（Excel）
          </button>
          <button type="button" disabled={!!busy || !canSum} onClick={() => void exportBatch('sumDocx')}>
            导出汇总报告（Word）
          </button>
          <button type="button" disabled={!!busy} onClick={() => void reviewFolder()}>
            审核其他文件夹…
          </button>
          <button type="button" onClick={closeBatch}>
            关闭
          </button>
        </div>
        <div className="batch-filters">
          <label>
            显示
            <select value={view.filter} onChange={(e) => setView({ filter: e.target.value as SeverityFilter })}>
              {Object.entries(FILTER_LABEL).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            单位或文件
            <input type="search" value={view.query} placeholder="输入名称的一部分" onChange={(e) => setView({ query: e.target.value })} />
          </label>
          <span className="muted" data-testid="batch-count">
            显示 {rows.length} / {review.entries.length} 个文件
          </span>
        </div>
      </header>
      <div className="batch-table-wrap">
        <table className="batch-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={view.sort.key === c.key ? (view.sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" onClick={() => setView({ sort: nextSort(view.sort, c.key) })}>
                    {c.label}
                    <span aria-hidden="true">{view.sort.key === c.key ? (view.sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th>问题</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Row key={r.index} row={r} opened={r.index === opened} />
            ))}
          </tbody>
        </table>
        {rows.length ? null : <p className="muted batch-empty">没有符合条件的文件。</p>}
      </div>
      <footer className="batch-status" role="status">
        {busy ?? notice ?? '点击一行，在编辑器中打开该单位的报告。'}
      </footer>
    </div>
  );
}

/** Above the editor while a review is open: which unit this is and the way back to the table. */
export function BatchReturnBar() {
  const review = useBatch((s) => s.review);
  const opened = useBatch((s) => s.opened);
  if (!review) return null;
  const entry = opened === null ? null : review.entries[opened];
  return (
    <div className="batch-bar">
      <span>
        批量审核：{review.name}
        {entry ? ` · ${entry.file}` : ''}
      </span>
      <button type="button" onClick={() => batchStore.setState({ visible: true })}>
        返回审核结果
      </button>
    </div>
  );
}
