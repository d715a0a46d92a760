/**
 * What the desktop shell adds beyond NianbaoApi: the menu's commands (dispatched to the renderer,
 * which owns the report and the keyboard handling) and 打印 (main renders the PDF and previews it).
 * In the web build there is no native menu; the renderer's own menu bar covers the same commands.
 */
import type { Report } from '../report/model.ts';

export const MENU_COMMANDS = [
  'new',
  'open',
  'newFromLastYear',
  'save',
  'saveAs',
  'exportPdf',
  'exportDocx',
  'print',
  'undo',
  'redo',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface NianbaoShell {
  /** Calls `listener` for each menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * A .nianbao double-clicked while the app is already running: its FileRef id, to open like the file
   * given on start (`openRecent(id)`, after asking about unsaved changes). Returns the unsubscribe function.
   */
  onOpenRequest(listener: (id: string) => void): () => void;
  /** Renders the report as PDF and shows it in a preview window to print from. */
  print(report: Report): Promise<void>;
}
