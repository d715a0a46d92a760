/** A statutory table drawn from the schema: the same merged headers as the printed table. */
import { useMemo, type FocusEvent } from 'react';
import { lastYearHints, type CellHint } from '../../shared/grid/hints.ts';
import { computedAddresses } from '../../shared/report/totals.ts';
import { TABLES, type TableId } from '../../shared/schema/index.ts';
import { useEditor } from '../store/index.ts';
import { useUi } from '../store/ui-store.ts';
import { tableBesideLastYear, type CellView } from '../../shared/report/year-on-year.ts';
import { CellMessages } from './CellMessages.tsx';
import { GridCell } from './GridCell.tsx';
import { gridActions } from './grid-actions.ts';

export function GridTable({ table }: { table: TableId }) {
  const def = TABLES[table];
  const auto = useEditor((s) => (table === 'sec2' ? false : (s.report?.autoTotals[table] ?? false)));
  const setAutoTotals = useEditor((s) => s.setAutoTotals);
  const hintsJson = useEditor((s) => (s.report ? JSON.stringify(lastYearHints(s.report)) : '{}'));
  const hints = useMemo(() => JSON.parse(hintsJson) as Record<string, CellHint>, [hintsJson]);
  const yoyOn = useUi((u) => u.yearOnYear);
  // As a string: the cells get new figures only when the text they show changes.
  const yoyJson = useEditor((s) => (yoyOn && s.report ? JSON.stringify(tableBesideLastYear(s.report, table)) : '{}'));
  const yoy = useMemo(() => JSON.parse(yoyJson) as Record<string, CellView>, [yoyJson]);
  const computed = useMemo(() => computedAddresses({ autoTotals: { sec3: auto, sec4: auto } }), [auto]);
  const total = def.columnWidths.reduce((a, b) => a + b, 0);

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    // Reached by Shift+Tab from below: start at the last cell, as a form would.
    const from = e.relatedTarget as Node | null;
    const fromBelow = !!from && (e.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    gridActions.enterTable(table, fromBelow);
  };

  return (
    <div className="grid-block">
      {table !== 'sec2' ? (
        <label className="auto-totals">
          <input type="checkbox" checked={auto} onChange={(e) => setAutoTotals(table, e.target.checked)} />
          自动计算总计
          <span className="muted">（取消后可按已公布的数字手工填写总计）</span>
        </label>
      ) : null}
      <div
        className={`grid-wrap grid-${table}${yoyOn ? ' yoy-on' : ''}`}
        tabIndex={0}
        aria-label={`${def.name}，按 Tab 进入表格`}
        onFocus={onFocus}
        onMouseDown={(e) => {
          if (!(e.target as HTMLElement).closest('td[data-cell]')) e.preventDefault();
        }}
      >
        <table role="grid" aria-label={def.name} className="grid">
          <colgroup>
            {def.columnWidths.map((w, i) => (
              <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <tbody>
            {def.rows.map((row, ri) => (
              <tr key={ri} role="row" className={`row-${row.kind}`}>
                {row.cells.map((cell, ci) =>
                  cell.type === 'label' ? (
                    <th
                      key={ci}
                      role={row.kind === 'data' ? 'rowheader' : 'columnheader'}
                      scope={row.kind === 'data' ? 'row' : 'col'}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      className={cell.vertical ? 'vertical' : undefined}
                    >
                      {cell.text}
                    </th>
                  ) : (
                    <GridCell
                      key={ci}
                      address={cell.address}
                      colSpan={cell.colSpan}
                      computed={computed.has(cell.address)}
                      hint={hints[cell.address]}
                      yoyLast={yoy[cell.address]?.last}
                      yoyChange={yoy[cell.address]?.change}
                      yoyTitle={yoy[cell.address]?.title}
                      yoyNote={yoy[cell.address]?.note}
                    />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <CellMessages table={table} />
      </div>
    </div>
  );
}
