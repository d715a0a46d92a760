/**
 * The desktop client: the preload's `window.nianbao` (already a NianbaoApi; errors arrive with the
 * Chinese message) and the shell bridge `window.nianbaoShell` for the native menu and open requests.
 */
import type { NianbaoApi } from '../../shared/api/contract.ts';
import type { MenuCommand, NianbaoShell } from '../../shared/api/shell.ts';

declare global {
  interface Window {
    nianbao?: NianbaoApi;
    nianbaoShell?: NianbaoShell;
  }
}

export function electronApi(win: Window = window): NianbaoApi | null {
  return win.nianbao ?? null;
}

/** Native menu commands (desktop only; a no-op in the web build, whose own menu bar covers them). */
export function onMenuCommand(listener: (command: MenuCommand) => void, win: Window = window): () => void {
  return win.nianbaoShell?.onMenuCommand(listener) ?? (() => undefined);
}

/** Desktop: a .nianbao double-clicked while the app runs (its FileRef id, for openRecent). No-op on the web. */
export function onOpenRequest(listener: (id: string) => void, win: Window = window): () => void {
  return win.nianbaoShell?.onOpenRequest(listener) ?? (() => undefined);
}
