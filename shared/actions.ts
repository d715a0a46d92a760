/**
 * Every command a clerk can give, once: its Chinese label, its shortcut and where the menus show it.
 * Both shells read this (the native menu template in electron/main, the renderer's menu bar, its
 * keyboard handler and its keyboard help); what each action does, when it is enabled and whether it
 * commits the cell being typed first live beside the renderer in renderer/actions/, keyed by the
 * same ids, so an action added here fails to compile until it can be run.
 *
 * Shortcuts are written the way the help shows them ("Ctrl+Shift+S", "F8"); a shortcut the browser
 * keeps for itself (Ctrl+N, Ctrl+W, Ctrl+T) is never given, because the web build could not honour it.
 */

export type MenuId = 'file' | 'edit' | 'view' | 'help';

export const MENUS: readonly { id: MenuId; label: string }[] = [
  { id: 'file', label: '文件' },
  { id: 'edit', label: '编辑' },
  { id: 'view', label: '视图' },
  { id: 'help', label: '帮助' },
];

export interface ActionSpec {
  readonly id: string;
  readonly label: string;
  /** Shown and handled: the first is the one menus display; the rest are alternatives (Ctrl+Shift+Z). */
  readonly keys?: readonly string[];
  /** The menu that lists the action; absent: keyboard only (still in the help). */
  readonly menu?: MenuId;
  /** Starts a new group in its menu (a separator above it). */
  readonly group?: boolean;
  /** Opens a dialog or asks first: the menu label ends in 「…」. */
  readonly dialog?: boolean;
  /** What the keyboard help says, when the label alone is not enough. */
  readonly help?: string;
  /** Handled by the cell editor (needs an active cell) rather than by the page. */
  readonly scope?: 'grid';
  /** Turns a view on and off: the menu shows it checked while on. */
  readonly toggle?: boolean;
  /**
   * Done by the browser or the shell itself, not by the page's key handler: the native menu gives the
   * item Electron's role of that name, and the page lets its keys through (the cell editor answers the
   * clipboard's events; quitting asks the page about unsaved work as closing the window does).
   */
  readonly system?: 'cut' | 'copy' | 'paste' | 'quit';
  /** Only the desktop app has it (the web build's page cannot quit the browser). */
  readonly desktop?: boolean;
}

export const ACTIONS = [
  // 文件, in Word's order: 新建、打开、最近、关闭、保存、另存为、导出、打印.
  { id: 'new', label: '新建', menu: 'file', dialog: true, help: '回到开始页新建年度报告' },
  { id: 'open', label: '打开', keys: ['Ctrl+O'], menu: 'file', dialog: true },
  { id: 'newFromLastYear', label: '从上年报告新建', menu: 'file', dialog: true },
  { id: 'pasteLastYear', label: '粘贴上年报告文本', menu: 'file', dialog: true, help: '从网页或 PDF 复制的上年报告全文生成本年报告' },
  { id: 'close', label: '关闭', menu: 'file', help: '关闭当前报告，回到开始页' },
  { id: 'save', label: '保存', keys: ['Ctrl+S'], menu: 'file', group: true },
  { id: 'saveAs', label: '另存为', keys: ['Ctrl+Shift+S'], menu: 'file', dialog: true },
  { id: 'exportPdf', label: '导出 PDF', keys: ['Ctrl+E'], menu: 'file', group: true, dialog: true },
  { id: 'exportDocx', label: '导出 Word 文档', menu: 'file', dialog: true },
  { id: 'print', label: '打印', keys: ['Ctrl+P'], menu: 'file', dialog: true },
  { id: 'batchReview', label: '批量审核文件夹', menu: 'file', group: true, dialog: true, help: '一次检查一个文件夹中各单位的报告，导出问题清单和汇总表' },
  { id: 'quit', label: '退出', keys: ['Ctrl+Q'], menu: 'file', group: true, system: 'quit', desktop: true, help: '退出年报编辑器（桌面版；有未保存的修改时先询问）' },
  // 编辑
  { id: 'undo', label: '撤销', keys: ['Ctrl+Z'], menu: 'edit' },
  { id: 'redo', label: '重做', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], menu: 'edit' },
  { id: 'find', label: '查找', keys: ['Ctrl+F'], menu: 'edit', group: true, help: '在正文和单位名称中查找' },
  { id: 'replace', label: '替换', keys: ['Ctrl+H'], menu: 'edit', help: '在正文和单位名称中查找并替换' },
  { id: 'fillDown', label: '向下填充', keys: ['Ctrl+D'], menu: 'edit', group: true, scope: 'grid' },
  { id: 'fillSelection', label: '用输入的数字填满选区', keys: ['Ctrl+Enter'], scope: 'grid', help: '选中多个单元格、输入数字后按 Ctrl+Enter' },
  { id: 'selectTable', label: '选中整张表格', keys: ['Ctrl+A'], menu: 'edit', scope: 'grid' },
  { id: 'clearCells', label: '清除选中的单元格', keys: ['Delete', 'Backspace'], menu: 'edit', scope: 'grid' },
  { id: 'cut', label: '剪切', keys: ['Ctrl+X'], menu: 'edit', group: true, system: 'cut', help: '剪切选中的单元格或文字' },
  { id: 'copy', label: '复制', keys: ['Ctrl+C'], menu: 'edit', system: 'copy', help: '复制选中的单元格或文字（可粘贴到 Excel）' },
  { id: 'paste', label: '粘贴', keys: ['Ctrl+V'], menu: 'edit', system: 'paste', help: '粘贴到所选单元格起的区域或光标处（可从 Excel 复制）' },
  {
    id: 'ledgerTally',
    label: '从台账统计表三',
    menu: 'edit',
    group: true,
    dialog: true,
    help: '从依申请公开台账（Excel 或 CSV）统计表三，有复议、诉讼工作表时同时统计表四',
  },
  // 视图
  { id: 'gotoFirstCell', label: '转到第一个待填单元格', keys: ['Ctrl+G'], menu: 'view' },
  { id: 'gotoSec2', label: '转到表格二', menu: 'view', group: true },
  { id: 'gotoSec3', label: '转到表格三', menu: 'view' },
  { id: 'gotoSec4', label: '转到表格四', menu: 'view' },
  {
    id: 'yearOnYear',
    label: '与上年对比',
    menu: 'view',
    group: true,
    toggle: true,
    help: '表格每格下方显示上年数字、增减和百分比，标出与上年相同的段落',
  },
  { id: 'ledgerPanel', label: '台账明细', menu: 'view', toggle: true, help: '由台账统计后，在右侧列出所选单元格计入的申请' },
  { id: 'nextRegion', label: '下一区域', keys: ['F6'], menu: 'view', group: true, help: '在菜单、表格、正文和问题列表之间切换' },
  { id: 'prevRegion', label: '上一区域', keys: ['Shift+F6'], menu: 'view' },
  { id: 'nextProblem', label: '下一个问题', keys: ['F8'], menu: 'view', group: true },
  { id: 'prevProblem', label: '上一个问题', keys: ['Shift+F8'], menu: 'view' },
  // 帮助
  { id: 'keyHelp', label: '键盘操作', keys: ['F1'], menu: 'help' },
  { id: 'about', label: '关于年报编辑器', menu: 'help', dialog: true },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTIONS)[number]['id'];

export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((a) => a.id);

const BY_ID = new Map<string, ActionSpec>(ACTIONS.map((a) => [a.id, a]));

export function actionSpec(id: ActionId): ActionSpec {
  return BY_ID.get(id)!;
}

/** The label as a menu shows it: 「另存为…」 when it opens a dialog. */
export function menuLabel(a: ActionSpec): string {
  return a.dialog ? `${a.label}…` : a.label;
}

/** The actions a menu lists; the web build's menu leaves out what only the desktop has. */
export function actionsOfMenu(menu: MenuId, shell: 'desktop' | 'web' = 'desktop'): ActionSpec[] {
  return ACTIONS.filter((a: ActionSpec) => a.menu === menu && (shell === 'desktop' || !a.desktop));
}

/** 文件 › 最近打开的文件 follows this action in both menus (Word's order: after the ways to open one). */
export const RECENT_AFTER: ActionId = 'pasteLastYear';
/** The recent files as every list shows them (both menus, the start screen): the newest this many. */
export const RECENT_SHOWN = 8;
export const RECENT_LABEL = '最近打开的文件';
export const RECENT_NONE = '（暂无）';

/** The recent files a list shows, newest first, at most RECENT_SHOWN. */
export function recentShown<T>(files: readonly T[]): T[] {
  return files.slice(0, RECENT_SHOWN);
}

/** A key combination as the browser reports it, for matching against a shortcut. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey?: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Combo {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

function parseShortcut(shortcut: string): Combo {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  return { key: key.toLowerCase(), ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

/** Does the key press give this shortcut? Ctrl is Cmd on a Mac, as Electron's CmdOrCtrl. */
export function pressMatches(e: KeyPress, shortcut: string): boolean {
  const c = parseShortcut(shortcut);
  return (
    e.key.toLowerCase() === c.key &&
    (e.ctrlKey || !!e.metaKey) === c.ctrl &&
    e.shiftKey === c.shift &&
    e.altKey === c.alt
  );
}

/** The action a key press gives among `actions`, if any. */
export function actionForPress(e: KeyPress, actions: readonly ActionSpec[] = ACTIONS): ActionSpec | undefined {
  return actions.find((a) => a.keys?.some((k) => pressMatches(e, k)));
}

/** Electron's accelerator for a shortcut ("Ctrl+Shift+S" → "CmdOrCtrl+Shift+S"). */
export function accelerator(shortcut: string): string {
  return shortcut.replace(/^Ctrl\+/, 'CmdOrCtrl+');
}

/** The key event a shortcut stands for: what the tests press, and the inverse of pressMatches. */
export function pressOf(shortcut: string): KeyPress {
  const c = parseShortcut(shortcut);
  // Named keys as the browser spells them: "Enter", "Delete", "F8".
  const key = c.key.length === 1 ? c.key : c.key[0]!.toUpperCase() + c.key.slice(1);
  return { key, ctrlKey: c.ctrl, shiftKey: c.shift, altKey: c.alt };
}
