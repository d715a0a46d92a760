/** Where the keyboard goes: the first cell to fill, a table, the next problem, the next region (F6). */
import { LAYOUT, TABLE_ORDER, placeOf } from '../../shared/grid/layout.ts';
import type { Report } from '../../shared/report/model.ts';
import type { TableId } from '../../shared/schema/index.ts';
import { gridActions } from '../grid/grid-actions.ts';
import { computedSet } from '../grid/grid-commands.ts';
import { editorStore } from '../store/index.ts';

/** The first empty cell a clerk types into (tables 二, 三, 四 in order); a full report: table 二's first cell. */
export function firstCellToFill(report: Report, tables: readonly TableId[] = TABLE_ORDER): string {
  const auto = computedSet(report);
  const open = (a: string) => !auto.has(a);
  for (const t of tables) {
    const hit = LAYOUT[t].flat().find((c) => open(c.address) && (report.cells[c.address]?.raw ?? '') === '');
    if (hit) return hit.address;
  }
  return LAYOUT[tables[0]!].flat().find((c) => open(c.address))!.address;
}

export function gotoFirstCell(): void {
  const r = editorStore.getState().report;
  if (r) gridActions.jump(firstCellToFill(r));
}

/**
 * A report just opened: the caret waits in the first cell to fill, but the page shows the top — the
 * title and section 一 — as Word opens a document at its start, not scrolled down to 表二.
 */
export function openAtTop(): void {
  const r = editorStore.getState().report;
  if (!r) return;
  gridActions.activate(firstCellToFill(r));
  const top = () => document.querySelector('.doc-scroll')?.scrollTo?.({ top: 0 });
  top();
  requestAnimationFrame(() => requestAnimationFrame(top));
}

export function gotoTable(table: TableId): void {
  const r = editorStore.getState().report;
  if (r) gridActions.jump(firstCellToFill(r, [table]));
}

/** Position of a cell in reading order, for walking the problems from the active cell. */
function order(address: string): number {
  const p = placeOf(address);
  return p ? TABLE_ORDER.indexOf(p.table) * 1e6 + p.row * 1e3 + p.col : Number.MAX_SAFE_INTEGER;
}

/** F8 / Shift+F8: the cell of the next (previous) problem after the active cell, wrapping round. */
export function problemCellFrom(problems: Record<string, unknown>, from: string | null, backwards: boolean): string | null {
  const cells = Object.keys(problems)
    .filter((a) => placeOf(a))
    .sort((a, b) => order(a) - order(b));
  if (!cells.length) return null;
  const here = from ? order(from) : backwards ? Number.MAX_SAFE_INTEGER : -1;
  if (backwards) return [...cells].reverse().find((a) => order(a) < here) ?? cells[cells.length - 1]!;
  return cells.find((a) => order(a) > here) ?? cells[0]!;
}

let lastProblem: string | null = null;

export function gotoProblem(backwards: boolean): void {
  editorStore.getState().flushCheck();
  const s = editorStore.getState();
  const target = problemCellFrom(s.problems, s.active ?? lastProblem, backwards);
  if (!target) {
    s.setNotice('没有需要处理的问题');
    return;
  }
  lastProblem = target;
  gridActions.jump(target);
}

/** F6 regions, in screen order; the tables count as one region (the cell editor lives there). */
const REGIONS: readonly { name: string; inside: string; first: string }[] = [
  { name: 'menu', inside: '.topbar', first: '.menubar button' },
  { name: 'tables', inside: '.grid-wrap, .cell-editor', first: '' },
  // The prose region starts at 一、总体情况: the opening paragraph above it is optional.
  { name: 'prose', inside: '.prose', first: '.doc-section .prose-text' },
  { name: 'problems', inside: '.problems', first: '.problems button:not([disabled]), .problems summary' },
];

export function cycleRegion(backwards: boolean): void {
  const here = document.activeElement;
  const i = REGIONS.findIndex((r) => here instanceof Element && here.closest(r.inside));
  const n = REGIONS.length;
  const start = i < 0 ? (backwards ? 0 : n - 1) : i;
  const target = REGIONS[(start + (backwards ? n - 1 : 1)) % n]!;
  if (target.name === 'tables') {
    const s = editorStore.getState();
    gridActions.jump(s.active ?? (s.report ? firstCellToFill(s.report) : LAYOUT.sec2[0]![0]!.address));
    return;
  }
  if (here instanceof Element && here.closest('.grid-wrap, .cell-editor')) editorStore.getState().setActive(null);
  document.querySelector<HTMLElement>(target.first)?.focus();
}
