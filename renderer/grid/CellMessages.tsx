/** The messages of a table's problem cells, off screen, for aria-describedby on each cell. */
import { LAYOUT } from '../../shared/grid/layout.ts';
import type { TableId } from '../../shared/schema/index.ts';
import { useEditor } from '../store/index.ts';
import { messageId } from './selection.ts';

export function CellMessages({ table }: { table: TableId }) {
  const problems = useEditor((s) => s.problems);
  const cells = LAYOUT[table].flat().filter((c) => problems[c.address]);
  return (
    <div className="visually-hidden">
      {cells.map((c) => (
        <span key={c.address} id={messageId(c.address)}>
          {problems[c.address]!.messages.join('；')}
        </span>
      ))}
    </div>
  );
}
