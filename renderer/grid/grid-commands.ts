/** Grid commands on the current selection: paste a block, clear, fill down, select the table. */
import { LAYOUT, placeOf } from '../../shared/grid/layout.ts';
import { planFillDown, planPaste, pasteNotice, stripLabels } from '../../shared/grid/paste.ts';
import { parseTsv } from '../../shared/grid/tsv.ts';
import type { Report } from '../../shared/report/model.ts';
import { computedAddresses } from '../../shared/report/totals.ts';
import { editorStore } from '../store/index.ts';
import { selectedAddresses } from './selection.ts';

export const COMPUTED_NOTICE =
  '总计由系统自动计算，不能直接填写；如需按已公布的数字手工填写，请取消本表的“自动计算总计”。';

const computedCache = new WeakMap<Report['autoTotals'], ReadonlySet<string>>();

/** computedAddresses, once per autoTotals setting: selectors ask on every store change. */
export function computedSet(report: Pick<Report, 'autoTotals'>): ReadonlySet<string> {
  let set = computedCache.get(report.autoTotals);
  if (!set) computedCache.set(report.autoTotals, (set = computedAddresses(report)));
  return set;
}

export function isComputed(address: string): boolean {
  const r = editorStore.getState().report;
  return !!r && computedSet(r).has(address);
}

/**
 * Pastes clipboard text at the active cell; the pasted block stays selected and, as in Excel, the cursor
 * stays on its top-left cell (the selection's far corner is the block's last cell).
 */
export function pasteText(text: string): void {
  const s = editorStore.getState();
  if (!s.active || !s.report) return;
  const strip = stripLabels(parseTsv(text));
  const { block } = strip;
  const plan = planPaste(s.active, block, computedSet(s.report), selectedAddresses(s));
  const cols = Math.max(0, ...block.map((r) => r.length));
  s.writeCells(plan.writes, pasteNotice(plan, strip) ?? `已粘贴 ${block.length} 行 × ${cols} 列`);
  const last = plan.writes.at(-1)?.address;
  if (last && plan.writes.length > 1) editorStore.setState({ anchor: last, active: s.active });
}

/** Ctrl+Enter: the typed text goes into every selected cell that is not computed, as in Excel. */
export function fillSelection(text: string): void {
  const s = editorStore.getState();
  if (!s.report) return;
  const auto = computedSet(s.report);
  s.writeCells(selectedAddresses(s).filter((a) => !auto.has(a)).map((a) => ({ address: a, text })));
}

/** Delete: every selected cell that is not computed becomes empty. */
export function clearSelection(): void {
  const s = editorStore.getState();
  if (!s.report) return;
  const auto = computedSet(s.report);
  s.writeCells(selectedAddresses(s).filter((a) => !auto.has(a)).map((a) => ({ address: a, text: '' })));
}

export function fillDown(): void {
  const s = editorStore.getState();
  if (!s.report || !s.active) return;
  const r = s.report;
  const writes = planFillDown(s.anchor ?? s.active, s.active, (a) => r.cells[a]?.raw ?? '', computedAddresses(r));
  s.writeCells(writes, writes.length ? null : '没有可以向下填充的单元格');
}

/** Ctrl+A: the whole table of the active cell. */
export function selectTable(): void {
  const s = editorStore.getState();
  const p = s.active ? placeOf(s.active) : undefined;
  if (!p) return;
  const rows = LAYOUT[p.table];
  editorStore.setState({ anchor: rows[0]![0]!.address, active: rows[rows.length - 1]!.at(-1)!.address });
}

/** Home / End: first or last cell of the active row. */
export function rowEnd(address: string, end: boolean): string {
  const p = placeOf(address)!;
  const row = LAYOUT[p.table][p.row]!;
  return (end ? row[row.length - 1] : row[0])!.address;
}
