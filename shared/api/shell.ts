/**
 * What the desktop shell sends the page beyond NianbaoApi's answers: the native menu's commands
 * (the renderer owns the report and the keyboard handling) and a .nianbao double-clicked while the
 * app runs. In the web build there is no native menu; the renderer's own menu bar covers the same
 * commands, and a file to open on start arrives in the URL (#open=…).
 */
import { ACTION_IDS, ACTIONS, type ActionId } from '../actions.ts';

/** A native menu item sends the id of its action (shared/actions.ts); the renderer runs it. */
export const MENU_COMMANDS = ACTION_IDS;

export type MenuCommand = ActionId;

/**
 * Every NianbaoApi call on the desktop travels on this one IPC channel as (method, ...args): the
 * preload stays a generic bridge that needs no change when a method is added, and main checks the
 * method name and the arguments against the contract (electron/main/ipc-guard.ts).
 */
export const API_CHANNEL = 'nianbao:api';

/** What the preload exposes as `window.nianbaoBridge`: one call, answered with the result or a Chinese error. */
export interface NianbaoBridge {
  call(method: string, args: unknown[]): Promise<unknown>;
}

/** The main process → page channels (the preload and electron/main both read them from here). */
export const SHELL_CHANNELS = {
  menu: 'nianbao:shell:menu',
  openRequest: 'nianbao:shell:open-request',
} as const;

/** The page → main channel that tells the native menu which views are on (its checkmarks). */
export const MENU_STATE_CHANNEL = 'nianbao:shell:menu-state';

/** The actions the menu shows checked or not (`toggle` in shared/actions.ts). */
export const TOGGLE_ACTIONS: readonly MenuCommand[] = ACTIONS.filter((a) => 'toggle' in a && a.toggle).map((a) => a.id);

export type MenuChecked = Partial<Record<MenuCommand, boolean>>;

/** Only known toggles with boolean values pass: what main accepts from the page for its menu. */
export function menuCheckedFrom(value: unknown): MenuChecked | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: MenuChecked = {};
  for (const [id, on] of Object.entries(value)) {
    if (!(TOGGLE_ACTIONS as readonly string[]).includes(id) || typeof on !== 'boolean') return null;
    out[id as MenuCommand] = on;
  }
  return out;
}

/** A FileRef id as the Node side hands them out (hex); anything else on the open-request channel is ignored. */
export const FILE_ID_PATTERN = /^[0-9a-f]{8,64}$/;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

export interface NianbaoShell {
  /** Calls `listener` for each menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * A .nianbao double-clicked while the app is already running: its FileRef id, to open like the file
   * given on start (`openRecent(id)`, after asking about unsaved changes). Returns the unsubscribe function.
   */
  onOpenRequest(listener: (id: string) => void): () => void;
  /** Tells the native menu which views are on, so its checkmarks follow the page (keys, the page's own buttons). */
  setMenuChecked(state: MenuChecked): void;
}
