/**
 * The messages of a table's problem cells, for aria-describedby on each cell. The container is
 * `hidden`: a description may point at hidden text (it is read all the same), and hidden text takes
 * no layout. Off screen but laid out, as before, every changed message re-laid the whole table out.
 */
import { LAYOUT } from '../../shared/grid/layout.ts';
import type { TableId } from '../../shared/schema/index.ts';
import { useEditor } from '../store/index.ts';
import { messageId } from './selection.ts';

/** Each table's value cells in reading order, flattened once rather than on every change. */
const CELLS = Object.fromEntries(Object.entries(LAYOUT).map(([t, rows]) => [t, rows.flat()])) as Record<TableId, (typeof LAYOUT)[TableId][number]>;

export function CellMessages({ table }: { table: TableId }) {
  const problems = useEditor((s) => s.problems);
  const cells = CELLS[table].filter((c) => problems[c.address]);
  return (
    <div className="cell-messages" hidden>
      {cells.map((c) => (
        <span key={c.address} id={messageId(c.address)}>
          {problems[c.address]!.messages.join('；')}
        </span>
      ))}
    </div>
  );
}
