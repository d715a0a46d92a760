/**
 * The desktop menu, built from the one table of actions (shared/actions.ts) that the page's own menu
 * bar, its keys and its help read too. Every item sends its action id to the renderer, which owns the
 * report and its undo history; accelerators are shown but not registered, so the same keys reach the
 * page's own handler (one code path for keyboard, menu and tests).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENUS, RECENT_AFTER, RECENT_LABEL, RECENT_NONE, accelerator, actionsOfMenu, menuLabel, recentShown, type ActionId, type MenuId } from '../../shared/actions.ts';
import type { FileRef } from '../../shared/api/contract.ts';
import type { MenuCommand } from '../../shared/api/shell.ts';

export interface MenuActions {
  send(command: MenuCommand): void;
  /** The recent files of 文件 › 最近打开的文件, and what choosing one does (an open request to the page). */
  recent?: readonly FileRef[];
  openRecent?(id: string): void;
  /** Whether a toggle action (a view) is on: its item shows a checkmark. */
  checked?(id: ActionId): boolean;
  /** Development builds only: reload and DevTools. */
  devTools?: () => void;
}

function recentMenu(actions: MenuActions): MenuItemConstructorOptions {
  const files = recentShown(actions.recent ?? []);
  return {
    label: RECENT_LABEL,
    submenu: files.length ? files.map((f) => ({ label: f.name, click: () => actions.openRecent?.(f.id) })) : [{ label: RECENT_NONE, enabled: false }],
  };
}

function items(menu: MenuId, actions: MenuActions): MenuItemConstructorOptions[] {
  const out: MenuItemConstructorOptions[] = [];
  for (const a of actionsOfMenu(menu)) {
    if (a.group && out.length) out.push({ type: 'separator' });
    const key = a.keys?.[0] ? accelerator(a.keys[0]) : undefined;
    // The clipboard and quitting stay Electron's own (its roles): the page's copy and paste handlers
    // answer Ctrl+C/V, and quitting closes the window, which asks about unsaved work first.
    if (a.system) {
      out.push({ label: menuLabel(a), role: a.system, accelerator: key, registerAccelerator: a.system === 'quit' });
      continue;
    }
    out.push({
      ...(a.toggle ? { type: 'checkbox' as const, checked: !!actions.checked?.(a.id as ActionId) } : {}),
      label: menuLabel(a),
      accelerator: key,
      registerAccelerator: false,
      click: () => actions.send(a.id as ActionId),
    });
    if (a.id === RECENT_AFTER) out.push(recentMenu(actions));
  }
  if (menu === 'help' && actions.devTools) out.push({ type: 'separator' }, { label: '开发者工具', click: () => actions.devTools?.() });
  return out;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return MENUS.map((m) => ({ label: m.label, submenu: items(m.id, actions) }));
}
