/**
 * 视图 › 与上年对比: the bar above the report that says what is compared with what, lists the gentle
 * notes (a click goes to the cell) and lets the clerk pick last year's report when this one was not
 * rolled over from it. The cells and paragraphs draw their own part (GridCell, ProseEditor).
 */
import { useMemo } from 'react';
import { keptFigures, yearOnYearNotes } from '../../shared/report/year-on-year.ts';
import { pickLastYear } from '../commands/last-year.ts';
import { gridActions } from '../grid/grid-actions.ts';
import { useEditor } from '../store/index.ts';
import { uiStore, useUi } from '../store/ui-store.ts';
import './year-on-year.css';

export function toggleYearOnYear(): void {
  uiStore.setState((u) => ({ yearOnYear: !u.yearOnYear }));
}

export function YearOnYearBar() {
  const on = useUi((u) => u.yearOnYear);
  // Hidden, the bar neither computes its notes nor redraws on each keystroke.
  const cells = useEditor((s) => (on ? s.report?.cells : undefined));
  const lastYear = useEditor((s) => (on ? (s.report?.lastYear ?? null) : null));
  const notes = useMemo(() => {
    const figures = keptFigures({ lastYear });
    return figures && cells ? yearOnYearNotes({ cells }, figures) : [];
  }, [cells, lastYear]);
  if (!on) return null;
  const figures = keptFigures({ lastYear });
  return (
    <section className="yoy-bar" aria-label="与上年对比">
      <div className="yoy-bar-head">
        {figures ? (
          <span>
            <strong>与上年（{figures.year}年）对比</strong>：表格每格下方是上年数字、增减和百分比；底纹标出与上年相同的段落。
          </span>
        ) : (
          <span>
            <strong>与上年对比</strong>：本报告没有上年的表格数字（不是从上年报告新建的，或由旧版本保存）。请选择上年报告，Word、PDF、网页、文本或年报文件均可。
          </span>
        )}
        <span className="yoy-bar-tools">
          <button type="button" onClick={() => void pickLastYear()}>
            {figures ? '更换上年报告…' : '选择上年报告…'}
          </button>
          <button type="button" onClick={toggleYearOnYear}>
            关闭对比
          </button>
        </span>
      </div>
      {notes.length ? (
        <ul className="yoy-notes" aria-label="与上年相差较大的数字（提示）">
          {notes.map((n) => (
            <li key={n.cells[0]}>
              <button type="button" className="yoy-note" onClick={() => gridActions.jump(n.cells[0]!)}>
                {n.message}
              </button>
            </li>
          ))}
        </ul>
      ) : figures ? (
        <p className="yoy-quiet">没有与上年相差特别大的数字。</p>
      ) : null}
    </section>
  );
}
