/**
 * The keys the cell editor answers itself (moving, editing), for the keyboard help. The commands with
 * shortcuts (Ctrl+D, Ctrl+Enter …) are in the table of actions, shared/actions.ts.
 */
export const CELL_KEYS: readonly (readonly [string, string])[] = [
  ['方向键', '移动到相邻单元格'],
  ['Tab / Shift+Tab', '移到下一个 / 上一个可填写的单元格（跳过自动计算的总计）'],
  ['回车', '移到下一行；连续按 Tab 后按回车，回到开始按 Tab 的那一列'],
  ['直接输入', '替换单元格内容'],
  ['F2 或双击', '在原内容上修改'],
  ['Esc', '取消本次修改'],
  ['Shift+方向键', '扩大选区'],
  ['Home / End', '本行第一个 / 最后一个单元格'],
  ['Ctrl+C / Ctrl+X / Ctrl+V', '复制、剪切、粘贴（可直接粘贴 Excel/WPS 表格，行标题会自动去掉）'],
];
