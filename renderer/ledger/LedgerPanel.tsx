/**
 * 台账明细: beside the report, the applications the selected cell of table 三 (or 四) counts — number,
 * row, dates, the ledger's own words — from the count kept in the report (so it is there after the file
 * is reopened). A number changed by hand since is said so; 上年结转 is set against last year's report;
 * the rows left out are one click away.
 */
import { useMemo } from 'react';
import { entriesOfCell, isTraced } from '../../shared/ledger/trace.ts';
import type { LedgerCount } from '../../shared/ledger/record.ts';
import type { LastYearBase } from '../../shared/report/model.ts';
import { cellDef } from '../../shared/schema/index.ts';
import { gridActions } from '../grid/grid-actions.ts';
import { useEditorAfterPaint } from '../store/after-paint.ts';
import type { EditorState } from '../store/index.ts';
import { useUi } from '../store/ui-store.ts';
import { setLedgerPanel } from './ledger-store.ts';
import './ledger.css';

const LIST_LIMIT = 500;
const CARRIED_OVER = /^sec3\.rows\.carriedOver\[(\d)\]$/;

const selectCount = (s: EditorState) => s.report?.ledger?.count ?? null;
// The cell shown is the one the clerk moved to: after the move's paint, the list follows.
const selectActive = (s: EditorState) => s.active;
const selectCells = (s: EditorState) => s.report?.cells ?? null;
const selectLastYear = (s: EditorState) => s.report?.lastYear ?? null;

function lastYearNote(address: string, shown: number, last: LastYearBase | null): string | null {
  const m = CARRIED_OVER.exec(address);
  const expected = m && last ? last.carriedForward[Number(m[1])] : null;
  if (expected === null || expected === undefined || expected === shown) return null;
  return `${last!.year}年报告的结转下年度继续办理为 ${expected} 件，与台账的上年结转不同。`;
}

function Entries({ count, list }: { count: LedgerCount; list: number[] }) {
  return (
    <table className="ledger-entries">
      <thead>
        <tr>
          <th scope="col">编号</th>
          <th scope="col">行</th>
          <th scope="col">收到</th>
          <th scope="col">办结</th>
          <th scope="col">台账所记</th>
        </tr>
      </thead>
      <tbody>
        {list.slice(0, LIST_LIMIT).map((i) => {
          const e = count.entries[i]!;
          return (
            <tr key={i}>
              <td>{e.number || '—'}</td>
              <td>{e.row}</td>
              <td>{e.received}</td>
              <td>{e.closed ?? '未办结'}</td>
              <td>
                {e.kind}
                {e.result ? ` · ${e.result}` : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function LedgerPanel() {
  const open = useUi((u) => u.ledgerPanel);
  const count = useEditorAfterPaint(selectCount);
  const active = useEditorAfterPaint(selectActive);
  const cells = useEditorAfterPaint(selectCells);
  const last = useEditorAfterPaint(selectLastYear);
  const traced = !!count && !!active && isTraced(active) && (active.startsWith('sec3') || count.sec4);
  const list = useMemo(() => (traced ? entriesOfCell(count!.cells, active!) : []), [traced, count, active]);
  if (!open) return null;
  const shown = traced ? (cells?.[active!]?.value ?? null) : null;
  return (
    <aside className="side-panel ledger-panel" aria-label="台账明细">
      <div className="ledger-panel-head">
        <h2>台账明细</h2>
        <button type="button" onClick={() => setLedgerPanel(false)} aria-label="关闭台账明细" title="关闭">
          ×
        </button>
      </div>
      {!count ? (
        <p className="muted">本报告的表格不是由台账统计的。用“编辑 › 从台账统计表三…”统计后，这里列出每个数字计入的申请。</p>
      ) : (
        <>
          <p className="muted ledger-source">
            台账“{count.source}”，{count.year}年度，{new Date(count.countedAt).toLocaleString('zh-CN')} 统计
          </p>
          {count.leftOut.length ? (
            <details className="ledger-left">
              <summary className="ledger-warn">{new Set(count.leftOut.map((l) => `${l.sheet}:${l.row}`)).size} 行未计入</summary>
              <ul>
                {count.leftOut.slice(0, 200).map((l, i) => (
                  <li key={i}>
                    第 {l.row} 行{l.number ? `（${l.number}）` : ''}：{l.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {traced ? (
            <section className="ledger-cell" aria-live="polite">
              <h3>
                <button type="button" className="ledger-jump" onClick={() => gridActions.jump(active!)}>
                  {cellDef(active!)?.label}
                </button>
              </h3>
              <p>
                台账计入 <strong>{list.length}</strong> 件
                {shown !== null && shown !== list.length ? <span className="ledger-warn">；此格现为 {shown}，统计后改过</span> : null}
              </p>
              {lastYearNote(active!, list.length, last) ? <p className="ledger-warn">{lastYearNote(active!, list.length, last)}</p> : null}
              {list.length ? <Entries count={count} list={list} /> : null}
              {list.length > LIST_LIMIT ? <p className="muted">只列出前 {LIST_LIMIT} 件。</p> : null}
            </section>
          ) : (
            <p className="muted">点击表三{count.sec4 ? '或表四' : ''}中的单元格，这里列出它计入的申请。</p>
          )}
        </>
      )}
    </aside>
  );
}
