/**
 * The desktop menu, in Chinese. File and edit commands go to the renderer, which owns the report and
 * its undo history; accelerators are shown but not registered, so the same keys reach the page's
 * own handlers (one code path for keyboard, menu and tests).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/shell.ts';

export interface MenuActions {
  send(command: MenuCommand): void;
  quit(): void;
  about(): void;
  /** Development builds only: the 开发者工具 item. */
  devTools?: () => void;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => actions.send(command),
  });
  const edit: MenuItemConstructorOptions[] = [
    cmd('撤销', 'undo', 'CmdOrCtrl+Z'),
    cmd('重做', 'redo', 'CmdOrCtrl+Y'),
    { type: 'separator' },
    { label: '剪切', role: 'cut', registerAccelerator: false },
    { label: '复制', role: 'copy', registerAccelerator: false },
    { label: '粘贴', role: 'paste', registerAccelerator: false },
    { label: '全选', role: 'selectAll', registerAccelerator: false },
  ];
  const help: MenuItemConstructorOptions[] = [{ label: '关于年报编辑器', click: () => actions.about() }];
  if (actions.devTools) help.push({ type: 'separator' }, { label: '开发者工具', click: () => actions.devTools?.() });
  return [
    {
      label: '文件',
      submenu: [
        cmd('新建', 'new', 'CmdOrCtrl+N'),
        cmd('打开…', 'open', 'CmdOrCtrl+O'),
        cmd('从上年报告新建…', 'newFromLastYear'),
        { type: 'separator' },
        cmd('保存', 'save', 'CmdOrCtrl+S'),
        cmd('另存为…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        cmd('导出 PDF…', 'exportPdf'),
        cmd('导出 DOCX…', 'exportDocx'),
        cmd('打印…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { label: '退出', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    { label: '编辑', submenu: edit },
    { label: '帮助', submenu: help },
  ];
}
