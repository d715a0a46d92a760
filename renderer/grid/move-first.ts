/**
 * Tab/Enter after typing, as the clerk sees it: in the keystroke's own frame the value stays on show
 * where it was typed and the cell cursor moves on; the report takes the value (totals, the table's
 * redraw, the cell's marks) right after that frame is on screen. Drawing two small boxes instead of
 * redrawing table 三 is what keeps the keystroke within a few milliseconds of a bare text field.
 *
 * Nothing waits on it: the next key, a press of the mouse, an action from a menu and the editor
 * losing focus all write a shown value first, and a window that paints no frame (hidden, minimised)
 * writes it after NO_FRAME_MS (paint-or-timer.ts).
 */
import { editorStore } from '../store/index.ts';
import { afterPaintOrTimer } from '../store/paint-or-timer.ts';

export interface ShownValue {
  address: string;
  text: string;
  /** The cell the cursor moved to: made active by the same write. */
  moveTo: string;
}

export interface MoveFirst {
  /** Shows-then-writes `value`: any value still waiting is written first. */
  defer(value: ShownValue): void;
  /** Writes the value on show, if any; `written` runs after. */
  flush(): void;
  /** The cell whose value is on show and not yet written. */
  shown(): string | null;
}

export function createMoveFirst(written: () => void): MoveFirst {
  let waiting: (ShownValue & { cancel(): void }) | null = null;
  const flush = () => {
    const w = waiting;
    if (!w) return;
    waiting = null;
    w.cancel();
    editorStore.getState().writeCells([{ address: w.address, text: w.text }], undefined, w.moveTo, true);
    written();
  };
  return {
    defer(value) {
      flush();
      waiting = { ...value, cancel: afterPaintOrTimer(flush) };
    },
    flush,
    shown: () => waiting?.address ?? null,
  };
}
