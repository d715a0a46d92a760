/** One value cell: its text, its state (computed, error, warning, selected) and its messages. */
import { memo } from 'react';
import type { CellHint } from '../../shared/grid/hints.ts';
import { editorStore, useEditor } from '../store/index.ts';
import { useCellView } from './cell-view.ts';
import { gridActions } from './grid-actions.ts';
import { messageId } from './selection.ts';

interface Props {
  address: string;
  colSpan: number;
  computed: boolean;
  hint: CellHint | undefined;
  /** 与上年对比: 「上年 12」, 「+3 · +25%」, the sentence for the tooltip, and the gentle note if any. */
  yoyLast?: string | undefined;
  yoyChange?: string | undefined;
  yoyTitle?: string | undefined;
  yoyNote?: string | undefined;
}

/** Past this many characters a value may not fit its cell: only such a cell clips (see styles.css). */
const LONG_VALUE = 6;

function GridCellView({ address, colSpan, computed, hint, yoyLast, yoyChange, yoyTitle, yoyNote }: Props) {
  const { raw, problem, active, selected, flag } = useCellView(address);
  // After 按 0 打印 a blank cell prints 0: the screen shows it so (greyed, it is still blank in the file).
  const zeroShown = useEditor((s) => s.report?.confirmedZero === true) && raw.trim() === '' && !computed;
  const classes = ['cell'];
  if (computed) classes.push('computed');
  if (raw.length > LONG_VALUE) classes.push('long');
  if (problem) classes.push(problem.severity === 'error' ? 'has-error' : 'has-warning');
  if (flag) classes.push('flagged');
  if (yoyNote) classes.push('has-note');
  if (selected) classes.push('selected');
  if (active) classes.push('active');
  const tips = [
    ...(problem?.messages ?? []),
    ...(hint ? [`提示：${hint.text}`] : []),
    ...(flag ? [`导入时存疑：${flag}`] : []),
    ...(computed ? ['自动计算'] : []),
    ...(yoyTitle ? [`上年对比：${yoyTitle}`] : []),
    ...(yoyNote ? [`提示：${yoyNote}`] : []),
  ];
  return (
    <td
      role="gridcell"
      colSpan={colSpan > 1 ? colSpan : undefined}
      className={classes.join(' ')}
      data-cell={address}
      aria-invalid={problem?.severity === 'error' ? 'true' : undefined}
      aria-readonly={computed ? 'true' : undefined}
      aria-label={computed ? `${raw || '空'}（自动计算的总计）` : undefined}
      aria-selected={selected ? 'true' : undefined}
      aria-describedby={problem ? messageId(address) : undefined}
      title={tips.length ? tips.join('\n') : undefined}
      onMouseDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        if (gridActions.isEditing(address)) return;
        gridActions.pointerDown(address, e.shiftKey && editorStore.getState().active !== null);
      }}
      onMouseEnter={(e) => {
        if (e.buttons === 1) gridActions.pointerOver(address);
      }}
      onDoubleClick={() => gridActions.startEdit()}
    >
      {/* A fixed-size box with strict containment: new text lays out this box alone, not the table. */}
      <span className="cell-box">
        {raw !== '' ? (
          <span className="cell-text">{raw}</span>
        ) : zeroShown ? (
          <span className="cell-zero" title="未填写，按 0 打印">
            0
          </span>
        ) : hint ? (
          // A suggestion, not a value: worded so that it never passes for a filled cell.
          <span className="cell-hint">建议 {hint.value}</span>
        ) : null}
      </span>
      {yoyLast ? (
        <span className="yoy-line" data-yoy={address}>
          <span className="yoy-last">{yoyLast}</span>
          <span className="yoy-change">{yoyChange || '\u00a0'}</span>
        </span>
      ) : null}
    </td>
  );
}

export const GridCell = memo(GridCellView);
