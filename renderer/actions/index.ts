/**
 * What each action of shared/actions.ts does, as Excalidraw's action manager: whether it first commits
 * the cell being typed (so Save from the menu saves what Ctrl+S saves), how it meets the undo history,
 * when it is enabled, and what it runs. Keyboard, both menus and the tests all go through runAction.
 */
import { ACTIONS, actionForPress, type ActionId, type ActionSpec, type KeyPress } from '../../shared/actions.ts';
import { TOGGLE_ACTIONS, type MenuChecked } from '../../shared/api/shell.ts';
import { reviewFolder } from '../batch/batch-commands.ts';
import { showAbout } from '../commands/about.ts';
import { exportAs, print } from '../commands/export.ts';
import { closeReport, newFromLastYear, openFile, save, saveAs } from '../commands/files.ts';
import { gridActions } from '../grid/grid-actions.ts';
import { clearSelection, fillDown, selectTable } from '../grid/grid-commands.ts';
import { editorStore, type EditorState } from '../store/index.ts';
import { openFind, openPaste, uiStore } from '../store/ui-store.ts';
import { toggleYearOnYear } from '../editor/YearOnYear.tsx';
import { countFromLedger } from '../ledger/ledger-commands.ts';
import { toggleLedgerPanel } from '../ledger/ledger-store.ts';
import { cycleRegion, gotoFirstCell, gotoProblem, gotoTable } from './navigate.ts';

/**
 * none: leaves the report as it is; step: one undo step however much it changes;
 * history: walks the undo history itself.
 */
export type UndoPolicy = 'none' | 'step' | 'history';

export interface ActionImpl {
  /** The cell being typed is written first, as Excel does before it saves or prints. */
  commitsTyping: boolean;
  undo: UndoPolicy;
  enabled(s: EditorState): boolean;
  run(): unknown;
  /** A toggle's state (menus show it checked). */
  checked?(): boolean;
}

const always = () => true;
const withReport = (s: EditorState) => !!s.report;
/** A grid action has cells to act on: the selection, or the one the focus left the grid from. */
const inGrid = (s: EditorState) => !!s.report && !!(s.active ?? s.lastGrid);

/** Back to the cells selected before the focus left the grid (the editor takes the focus again). */
function resumeGrid(): void {
  const s = editorStore.getState();
  if (s.active || !s.lastGrid) return;
  s.setActive(s.lastGrid.anchor);
  s.setActive(s.lastGrid.active, true);
}

const file = (run: () => unknown, enabled: (s: EditorState) => boolean = withReport): ActionImpl => ({
  commitsTyping: true,
  undo: 'none',
  enabled,
  run,
});
const view = (run: () => unknown): ActionImpl => ({ commitsTyping: true, undo: 'none', enabled: withReport, run });
const grid = (run: () => unknown, undo: UndoPolicy = 'step'): ActionImpl => ({
  commitsTyping: false,
  undo,
  enabled: inGrid,
  run: () => {
    resumeGrid();
    return run();
  },
});

/**
 * The web menu's 剪切/复制/粘贴: the browser's own command on the focused field, whose clipboard events
 * the cell editor answers as it answers Ctrl+X/C/V. A page may not read the clipboard unasked, so a
 * refused paste says which key does it.
 */
function clipboard(command: 'cut' | 'copy' | 'paste'): void {
  if (!document.execCommand(command)) editorStore.getState().setNotice(`浏览器不允许网页直接使用剪贴板，请按 Ctrl+${command === 'cut' ? 'X' : command === 'copy' ? 'C' : 'V'}`);
}

export const ACTION_IMPLS: Record<ActionId, ActionImpl> = {
  new: file(closeReport),
  open: file(openFile, always),
  newFromLastYear: file(newFromLastYear, always),
  pasteLastYear: file(openPaste, always),
  close: file(closeReport),
  save: file(save),
  saveAs: file(saveAs),
  exportPdf: file(() => exportAs('pdf')),
  exportDocx: file(() => exportAs('docx')),
  print: file(print),
  batchReview: file(reviewFolder, always),
  undo: { commitsTyping: false, undo: 'history', enabled: (s) => s.history.past.length > 0, run: () => editorStore.getState().undo() },
  redo: { commitsTyping: false, undo: 'history', enabled: (s) => s.history.future.length > 0, run: () => editorStore.getState().redo() },
  find: view(() => openFind('find')),
  replace: view(() => openFind('replace')),
  fillDown: grid(fillDown),
  fillSelection: grid(() => gridActions.fillSelection()),
  selectTable: grid(selectTable, 'none'),
  clearCells: grid(clearSelection),
  gotoFirstCell: view(gotoFirstCell),
  gotoSec2: view(() => gotoTable('sec2')),
  gotoSec3: view(() => gotoTable('sec3')),
  gotoSec4: view(() => gotoTable('sec4')),
  yearOnYear: { ...view(toggleYearOnYear), checked: () => uiStore.getState().yearOnYear },
  ledgerTally: { ...file(countFromLedger), undo: 'step' },
  ledgerPanel: { ...view(toggleLedgerPanel), checked: () => uiStore.getState().ledgerPanel },
  nextRegion: view(() => cycleRegion(false)),
  prevRegion: view(() => cycleRegion(true)),
  nextProblem: view(() => gotoProblem(false)),
  prevProblem: view(() => gotoProblem(true)),
  cut: { commitsTyping: false, undo: 'step', enabled: always, run: () => clipboard('cut') },
  copy: { commitsTyping: false, undo: 'none', enabled: always, run: () => clipboard('copy') },
  paste: { commitsTyping: false, undo: 'step', enabled: always, run: () => clipboard('paste') },
  // Only the desktop's menu has it, as Electron's role; closing the window asks about unsaved work.
  quit: { commitsTyping: false, undo: 'none', enabled: always, run: () => window.close() },
  keyHelp: { commitsTyping: false, undo: 'none', enabled: always, run: () => uiStore.setState((u) => ({ keyHelp: !u.keyHelp })) },
  about: { commitsTyping: false, undo: 'none', enabled: always, run: showAbout },
};

/** Which views are on, for the native menu's checkmarks. */
export function checkedToggles(): MenuChecked {
  return Object.fromEntries(TOGGLE_ACTIONS.map((id) => [id, !!ACTION_IMPLS[id].checked?.()]));
}

export function isEnabled(id: ActionId, s: EditorState = editorStore.getState()): boolean {
  return ACTION_IMPLS[id].enabled(s);
}

/** Runs an action if it is enabled now; false when it is not. */
export function runAction(id: ActionId): boolean {
  const impl = ACTION_IMPLS[id];
  gridActions.writeShown();
  if (!impl.enabled(editorStore.getState())) return false;
  if (impl.commitsTyping) gridActions.commitPending();
  void impl.run();
  return true;
}

/**
 * Actions the page handles wherever the focus is; the grid's own are dispatched by the cell editor,
 * and the system's (clipboard, quit) keys are left to the browser and the shell.
 */
export const PAGE_ACTIONS: readonly ActionSpec[] = ACTIONS.filter((a: ActionSpec) => a.scope !== 'grid' && !a.system);
export const GRID_ACTIONS: readonly ActionSpec[] = ACTIONS.filter((a: ActionSpec) => a.scope === 'grid');

/** The page's keyboard handler: a shortcut of the table runs its action and nothing else sees the key. */
export function handlePageKey(e: KeyPress & { isComposing?: boolean; defaultPrevented?: boolean; preventDefault(): void }): void {
  if (e.defaultPrevented || e.isComposing) return;
  const action = actionForPress(e, PAGE_ACTIONS);
  if (!action) return;
  e.preventDefault();
  runAction(action.id as ActionId);
}

/** The cell editor's shortcuts (Ctrl+D, Ctrl+A, Delete …): true when the key was one of them. */
export function handleGridKey(e: KeyPress & { preventDefault(): void }): boolean {
  const action = actionForPress(e, GRID_ACTIONS);
  if (!action) return false;
  e.preventDefault();
  runAction(action.id as ActionId);
  return true;
}
