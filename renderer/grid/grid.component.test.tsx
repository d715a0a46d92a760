// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import { TABLES } from '../../shared/schema/index.ts';
import { editorStore } from '../store/index.ts';
import { CellEditor } from './CellEditor.tsx';
import { GridTable } from './GridTable.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;

function mount() {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <div>
        <GridTable table="sec3" />
        <GridTable table="sec4" />
        <CellEditor />
      </div>,
    ),
  );
}

const td = (address: string) => document.querySelector<HTMLElement>(`[data-cell="${address}"]`)!;
const editor = () => document.querySelector<HTMLTextAreaElement>('textarea.cell-editor')!;

function key(init: KeyboardEventInit & { keyCode?: number }) {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(e, 'keyCode', { value: init.keyCode });
  act(() => {
    editor().dispatchEvent(e);
  });
}

function typeText(text: string) {
  act(() => {
    editor().value += text;
    editor().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function click(address: string) {
  act(() => {
    td(address).dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
  });
}

beforeEach(() => {
  editorStore.getState().load(blankReport({ unit: '示例镇', kind: 'township', year: 2025 }), null);
  mount();
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('表格组件', () => {
  it('按模式生成表三：合并的表头与值单元格', () => {
    const table = document.querySelector('table[aria-label="表三"]')!;
    expect(table.getAttribute('role')).toBe('grid');
    const headers = Array.from(table.querySelectorAll('th')).map((th) => [th.textContent, th.rowSpan, th.colSpan]);
    const expected = TABLES.sec3.rows.flatMap((r) =>
      r.cells.flatMap((c) => (c.type === 'label' ? [[c.text, c.rowSpan, c.colSpan]] : [])),
    );
    expect(headers).toEqual(expected);
    expect(table.querySelectorAll('td[data-cell]')).toHaveLength(175);
    expect(td('sec3.rows.total[0]').className).toContain('computed');
  });

  it('在正在输入的单元格上再点一下，输入继续（不提交、不清空）；点别的单元格才提交', () => {
    click('sec4[0]');
    typeText('12');
    click('sec4[0]');
    expect(editor().value).toBe('12');
    expect(editor().classList.contains('editing')).toBe(true);
    expect(editorStore.getState().report!.cells['sec4[0]']).toBeUndefined();
    typeText('3');
    click('sec4[1]');
    expect(editorStore.getState().report!.cells['sec4[0]']?.value).toBe(123);
    expect(editorStore.getState().active).toBe('sec4[1]');
  });

  it('点击单元格后编辑框获得焦点；输入、回车提交并下移', async () => {
    click('sec4[0]');
    expect(document.activeElement).toBe(editor());
    typeText('７');
    expect(editor().className).toContain('editing');
    key({ key: 'Enter' });
    expect(editorStore.getState().report!.cells['sec4[0]']).toEqual({ raw: '7', value: 7 });
    expect(td('sec4[0]').textContent).toBe('7');
    expect(td('sec4[4]').textContent).toBe('7');
    expect(editor().className).not.toContain('editing');
    expect(document.activeElement).toBe(editor());
    // Emptied once the frame is painted, not in the keystroke.
    await vi.waitFor(() => expect(editor().value).toBe(''));
  });

  it('Tab 后紧接着输入（画面还没更新）：新输入从空白开始，不接在上一个数字后面', () => {
    click('sec4[0]');
    typeText('7');
    key({ key: 'Tab' });
    const next = editorStore.getState().active!;
    expect(next).toBe('sec4[1]');
    key({ key: '8' });
    typeText('8');
    key({ key: 'Enter' });
    expect(editorStore.getState().report!.cells[next]).toEqual({ raw: '8', value: 8 });
  });

  it('组字中的按键一律不处理：回车不提交，方向键不移动', () => {
    click('sec4[1]');
    typeText('2');
    key({ key: 'Enter', isComposing: true });
    key({ key: 'ArrowRight', keyCode: 229 });
    expect(editorStore.getState().report!.cells['sec4[1]']).toBeUndefined();
    expect(editorStore.getState().active).toBe('sec4[1]');
    key({ key: 'Enter' });
    expect(editorStore.getState().report!.cells['sec4[1]']?.value).toBe(2);
  });

  it('组字结束后立即按 Tab：即使计时器尚未运行，按键照常提交；组字结束后随即失焦则丢弃', () => {
    const compose = (type: 'compositionstart' | 'compositionend') =>
      act(() => {
        editor().dispatchEvent(new CompositionEvent(type, { bubbles: true }));
      });
    click('sec4[0]');
    compose('compositionstart');
    typeText('３');
    compose('compositionend');
    // No timers run between the composition's end and the key, as when the page is busy.
    key({ key: 'Tab' });
    expect(editorStore.getState().report!.cells['sec4[0]']?.value).toBe(3);
    expect(editorStore.getState().active).toBe('sec4[1]');

    compose('compositionstart');
    typeText('４');
    compose('compositionend');
    act(() => editor().blur());
    expect(editorStore.getState().report!.cells['sec4[1]']).toBeUndefined();
  });

  it('错误单元格带 aria-invalid 和说明（数字先显示，检查结果在显示之后标出）', async () => {
    click('sec4[2]');
    typeText('1.5');
    key({ key: 'Tab' });
    expect(td('sec4[2]').textContent).toContain('1.5');
    expect(td('sec4[2]').getAttribute('aria-invalid')).toBeNull();
    await vi.waitFor(() => expect(td('sec4[2]').getAttribute('aria-invalid')).toBe('true'));
    const id = td('sec4[2]').getAttribute('aria-describedby')!;
    expect(document.getElementById(id)?.textContent).toContain('件数应为整数');
    expect(editorStore.getState().active).toBe('sec4[3]');
  });

  it('Shift+方向键选区，Delete 清除选区但不动自动计算的总计', () => {
    editorStore.getState().writeCells([
      { address: 'sec4[0]', text: '1' },
      { address: 'sec4[1]', text: '2' },
    ]);
    click('sec4[0]');
    key({ key: 'ArrowRight', shiftKey: true });
    key({ key: 'ArrowRight', shiftKey: true });
    expect(document.querySelectorAll('td.selected')).toHaveLength(3);
    key({ key: 'Delete' });
    expect(editorStore.getState().report!.cells['sec4[1]']).toBeUndefined();
    expect(td('sec4[4]').textContent).toBe('');
  });
});

describe('导入存疑的单元格', () => {
  it('标记并说明原因', () => {
    const r = blankReport({ unit: '示例镇', kind: 'township', year: 2025 });
    r.meta.flags = [{ cell: 'sec4[3]', reason: '原表此处字迹不清' }];
    act(() => editorStore.getState().load(r, null));
    expect(td('sec4[3]').className).toContain('flagged');
    expect(td('sec4[3]').title).toContain('导入时存疑：原表此处字迹不清');
    expect(td('sec4[2]').className).not.toContain('flagged');
  });
});
