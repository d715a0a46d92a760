/**
 * What cells, the problems panel and table wrappers ask of the one cell editor: activate a cell
 * (committing any edit in progress first), start editing, leave the grid by keyboard.
 */
import { firstCell, lastCell } from '../../shared/grid/layout.ts';
import type { TableId } from '../../shared/schema/index.ts';
import { tabFrom } from '../../shared/grid/navigation.ts';
import { editorStore } from '../store/index.ts';
import { isComputed } from './grid-commands.ts';
import { cellElement } from './selection.ts';

export interface EditorHandle {
  commit(): void;
  /** The cell whose text is being typed, if any. */
  editing(): string | null;
  startEdit(): void;
  /** Ctrl+Enter: the text being typed fills the selection. */
  fillSelection(): void;
  /** Writes a value Tab/Enter left on show (move-first.ts) before anything else reads the report. */
  writeShown(): void;
}

let handle: EditorHandle | null = null;
/** A mouse button is held since a mousedown on a cell: moving over cells extends the selection. */
let dragging = false;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

export const gridActions = {
  register(h: EditorHandle): () => void {
    handle = h;
    return () => {
      if (handle === h) handle = null;
    };
  },
  activate(address: string, extend = false): void {
    handle?.commit();
    editorStore.getState().setActive(address, extend);
  },
  /** A press on the cell being typed into: the typing goes on, as in Excel. */
  isEditing(address: string): boolean {
    return handle?.editing() === address;
  },
  pointerDown(address: string, extend: boolean): void {
    gridActions.activate(address, extend);
    dragging = true;
    window.addEventListener('mouseup', () => (dragging = false), { once: true });
  },
  pointerOver(address: string): void {
    if (dragging && editorStore.getState().active !== address) editorStore.getState().setActive(address, true);
  },
  /** Any action, before it reads or changes the report: a value on show is written first. */
  writeShown(): void {
    handle?.writeShown();
  },
  /** Ctrl+S while a cell is being typed: the typed value belongs in what is saved, as in Excel. */
  commitPending(): void {
    handle?.commit();
  },
  /** Jump from elsewhere (problems panel): select the cell and bring it into view. */
  jump(address: string): void {
    gridActions.activate(address);
    cellElement(address)?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  },
  /** Tab into a table lands on its first (Shift+Tab: last) cell a clerk can type into. */
  enterTable(table: TableId, fromEnd: boolean): void {
    const edge = fromEnd ? lastCell(table) : firstCell(table);
    gridActions.activate(isComputed(edge) ? (tabFrom(edge, fromEnd, isComputed) ?? edge) : edge);
  },
  startEdit(): void {
    handle?.startEdit();
  },
  fillSelection(): void {
    handle?.fillSelection();
  },
  /** Tab past the table's last cell (or Shift+Tab before its first) moves on to the next field. */
  leave(address: string, backwards: boolean): void {
    const wrap = cellElement(address)?.closest('.grid-wrap');
    if (!wrap) return;
    const all = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (el) => !el.classList.contains('cell-editor') && !wrap.contains(el) && el !== wrap && el.offsetParent !== null,
    );
    const after = (el: HTMLElement) => (wrap.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const target = backwards ? all.filter((el) => !after(el)).pop() : all.find(after);
    editorStore.getState().setActive(null);
    target?.focus();
  },
};
