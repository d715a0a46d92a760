/**
 * The desktop client: NianbaoApi built from the contract's method list over the preload's generic
 * `window.nianbaoBridge` (errors arrive with the Chinese message), and the shell bridge
 * `window.nianbaoShell` for the native menu and open requests.
 */
import { API_METHODS, type NianbaoApi } from '../../shared/api/contract.ts';
import type { MenuChecked, MenuCommand, NianbaoBridge, NianbaoShell } from '../../shared/api/shell.ts';

declare global {
  interface Window {
    nianbaoBridge?: NianbaoBridge;
    nianbaoShell?: NianbaoShell;
  }
}

export function electronApi(win: Window = window): NianbaoApi | null {
  const bridge = win.nianbaoBridge;
  if (!bridge) return null;
  return Object.fromEntries(API_METHODS.map((method) => [method, (...args: unknown[]) => bridge.call(method, args)])) as unknown as NianbaoApi;
}

/** Native menu commands (desktop only; a no-op in the web build, whose own menu bar covers them). */
export function onMenuCommand(listener: (command: MenuCommand) => void, win: Window = window): () => void {
  return win.nianbaoShell?.onMenuCommand(listener) ?? (() => undefined);
}

/** Desktop: a .nianbao double-clicked while the app runs (its FileRef id, for openRecent). No-op on the web. */
export function onOpenRequest(listener: (id: string) => void, win: Window = window): () => void {
  return win.nianbaoShell?.onOpenRequest(listener) ?? (() => undefined);
}

/** Desktop: the native menu's checkmarks follow the page's views. No-op on the web (its menu reads the page). */
export function setMenuChecked(state: MenuChecked, win: Window = window): void {
  win.nianbaoShell?.setMenuChecked(state);
}
