/** Ctrl+C in navigation mode: the selection as TSV, through the editor so the copy event always fires. */
import { rangeRows } from '../../shared/grid/navigation.ts';
import { toTsv } from '../../shared/grid/tsv.ts';
import { editorStore } from '../store/index.ts';

export function selectionTsv(): string {
  const s = editorStore.getState();
  if (!s.active || !s.report) return '';
  const cells = s.report.cells;
  return toTsv(rangeRows(s.anchor ?? s.active, s.active).map((row) => row.map((a) => cells[a]?.raw ?? '')));
}

/**
 * Puts the TSV in the (empty, transparent) editor and selects it: the browser then has something to
 * copy, fires the copy event (whose handler sets the same text) and we empty the editor again.
 */
export function copyText(editor: HTMLTextAreaElement): void {
  const tsv = selectionTsv();
  editor.dataset.copy = tsv;
  editor.value = tsv;
  editor.select();
  setTimeout(() => {
    if (!editor.classList.contains('editing')) editor.value = '';
  }, 0);
}
