/** The grid's keys, one line each, for clerks used to Excel or WPS 表格. */
const KEYS: readonly [string, string][] = [
  ['方向键 / Tab / 回车', '移动到相邻单元格'],
  ['直接输入', '替换单元格内容'],
  ['F2 或双击', '在原内容上修改'],
  ['Esc', '取消本次修改'],
  ['Delete', '清除选中的单元格'],
  ['Shift+方向键', '扩大选区'],
  ['Ctrl+C / Ctrl+V', '复制、粘贴（可直接粘贴 Excel/WPS 表格）'],
  ['Ctrl+D', '向下填充'],
  ['Ctrl+Z / Ctrl+Y', '撤销、重做'],
  ['Ctrl+S', '保存'],
];

export function KeyHelp() {
  return (
    <details className="key-help">
      <summary>键盘操作</summary>
      <dl>
        {KEYS.map(([k, what]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
