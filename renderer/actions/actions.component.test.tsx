// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIONS, ACTION_IDS, pressMatches, pressOf, type ActionId, type ActionSpec } from '../../shared/actions.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { sec3Address } from '../../shared/schema/index.ts';
import { setApi } from '../api/index.ts';
import { runMenuCommand, useAppEffects } from '../app-effects.ts';
import { CellEditor } from '../grid/CellEditor.tsx';
import { GridTable } from '../grid/GridTable.tsx';
import { KEY_HELP } from '../editor/KeyHelp.tsx';
import { editorStore } from '../store/index.ts';
import { createMemoryApi } from '../test-support/memory-api.ts';
import { uiStore } from '../store/ui-store.ts';
import { ACTION_IMPLS, isEnabled, runAction } from './index.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;

function Effects() {
  useAppEffects();
  return null;
}

const editor = () => document.querySelector<HTMLTextAreaElement>('textarea.cell-editor')!;

/** Presses a shortcut; true when nothing on the page kept it from the browser (not default-prevented). */
function press(target: EventTarget, shortcut: string): boolean {
  const p = pressOf(shortcut);
  let passed = true;
  act(() => {
    passed = target.dispatchEvent(new KeyboardEvent('keydown', { ...p, bubbles: true, cancelable: true }));
  });
  return passed;
}

function typeText(text: string) {
  act(() => {
    editor().value += text;
    editor().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  setApi(createMemoryApi());
  const s = editorStore.getState();
  s.load(blankReport({ unit: '示例镇', kind: 'township', year: 2025 }), null);
  // History both ways, so 撤销 and 重做 are enabled.
  s.writeCells([{ address: 'sec4[0]', text: '1' }]);
  s.writeCells([{ address: 'sec4[1]', text: '2' }]);
  s.undo();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <div>
        <Effects />
        <GridTable table="sec3" />
        <CellEditor />
      </div>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
  setApi(null);
});

describe('动作表', () => {
  it('每个快捷键只属于一个动作，浏览器保留的组合键不用', () => {
    const all = ACTIONS.flatMap((a: ActionSpec) => a.keys ?? []);
    expect(new Set(all).size).toBe(all.length);
    for (const reserved of ['Ctrl+N', 'Ctrl+W', 'Ctrl+T', 'Ctrl+Shift+N']) expect(all).not.toContain(reserved);
    for (const k of all) expect(pressMatches(pressOf(k), k)).toBe(true);
  });

  it('键盘帮助列出动作表中的每个快捷键，每个只列一次', () => {
    const keys = KEY_HELP.map(([k]) => k);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of ACTIONS as readonly ActionSpec[]) if (a.keys) expect(keys).toContain(a.keys.join(' / '));
  });

  it('逐个按下表中的快捷键：每次正好运行对应的动作', () => {
    const spies = Object.fromEntries(ACTION_IDS.map((id) => [id, vi.spyOn(ACTION_IMPLS[id], 'run').mockImplementation(() => undefined)])) as Record<
      ActionId,
      ReturnType<typeof vi.spyOn>
    >;
    let pressed = 0;
    const pageRuns = (ACTIONS as readonly ActionSpec[]).filter((a) => !a.system);
    for (const a of pageRuns) {
      for (const k of a.keys ?? []) {
        for (const s of Object.values(spies)) s.mockClear();
        // Grid shortcuts go to the cell editor over an active cell; the page's from anywhere, here from the page body.
        if (a.scope === 'grid') {
          act(() => editorStore.getState().setActive(sec3Address('granted', 0)));
          if (a.id === 'fillSelection') typeText('5');
          press(editor(), k);
        } else press(document.body, k);
        const ran = ACTION_IDS.filter((id) => spies[id].mock.calls.length > 0);
        expect(ran, `${k} 应运行 ${a.id}`).toEqual([a.id]);
        // The typed text stays in the editor while the run is stubbed: give it up before the next key.
        if (a.id === 'fillSelection') press(editor(), 'Escape');
        pressed++;
      }
    }
    expect(pressed).toBe(pageRuns.reduce((n, a: ActionSpec) => n + (a.keys?.length ?? 0), 0));
  });

  it('剪切、复制、粘贴、退出的快捷键留给浏览器和桌面程序：页面不拦截，也不运行任何动作', () => {
    const spies = ACTION_IDS.map((id) => vi.spyOn(ACTION_IMPLS[id], 'run').mockImplementation(() => undefined));
    const system = (ACTIONS as readonly ActionSpec[]).filter((a) => a.system);
    expect(system.map((a) => a.id)).toEqual(['quit', 'cut', 'copy', 'paste']);
    act(() => editorStore.getState().setActive(sec3Address('granted', 0)));
    for (const a of system) for (const k of a.keys ?? []) for (const target of [document.body, editor()]) expect(press(target, k), `${k} 不应被页面拦截`).toBe(true);
    expect(spies.filter((s) => s.mock.calls.length > 0)).toEqual([]);
  });

  it('Backspace 与 Delete 一样清除选中的单元格', () => {
    const s = editorStore.getState();
    act(() => s.setActive(sec3Address('granted', 0)));
    typeText('12');
    press(editor(), 'Enter');
    act(() => editorStore.getState().setActive(sec3Address('granted', 0)));
    expect(editorStore.getState().report!.cells[sec3Address('granted', 0)]?.raw).toBe('12');
    press(editor(), 'Backspace');
    expect(editorStore.getState().report!.cells[sec3Address('granted', 0)]?.raw ?? '').toBe('');
  });

  it('页面的快捷键在单元格中输入时也有效（Ctrl+S 先写入正在输入的数字）', async () => {
    act(() => editorStore.getState().setActive(sec3Address('granted', 0)));
    typeText('7');
    press(editor(), 'Ctrl+S');
    await vi.waitFor(() => expect(editorStore.getState().file).not.toBeNull());
    expect(editorStore.getState().report!.cells[sec3Address('granted', 0)]?.raw).toBe('7');
    expect(editorStore.getState().dirty).toBe(false);
  });

  it('原生菜单的“保存”与 Ctrl+S 一样，先写入正在输入的单元格', async () => {
    act(() => editorStore.getState().setActive(sec3Address('granted', 1)));
    typeText('9');
    act(() => runMenuCommand('save'));
    await vi.waitFor(() => expect(editorStore.getState().file).not.toBeNull());
    expect(editorStore.getState().report!.cells[sec3Address('granted', 1)]?.raw).toBe('9');
  });

  it('Ctrl+Enter 把输入的数字填入选区的每个单元格，总计除外，一步撤销', () => {
    const s = editorStore.getState();
    act(() => {
      s.setActive(sec3Address('granted', 0));
      s.setActive(sec3Address('partlyGranted', 6), true);
    });
    const before = editorStore.getState().history.past.length;
    typeText('4');
    press(editor(), 'Ctrl+Enter');
    const r = editorStore.getState().report!;
    expect(r.cells[sec3Address('granted', 0)]?.raw).toBe('4');
    expect(r.cells[sec3Address('partlyGranted', 5)]?.raw).toBe('4');
    // The 总计 column is computed: 1 + 1 … never the typed 4.
    expect(r.cells[sec3Address('granted', 6)]?.raw).toBe('24');
    expect(editorStore.getState().history.past.length).toBe(before + 1);
  });

  it('视图 › 与上年对比：开关视图，不进入撤销；有上年数字时表格每格下方显示上年数和增减', () => {
    const granted = sec3Address('granted', 0);
    act(() => {
      editorStore.getState().edit((r) => ({ ...r, lastYear: { year: 2024, carriedForward: [0, 0, 0, 0, 0, 0, 0], effective: { rules: 0, normativeDocs: 0 }, cells: { [granted]: 8 } } }));
      editorStore.getState().writeCells([{ address: granted, text: '10' }]);
    });
    const past = editorStore.getState().history.past.length;
    const line = () => document.querySelector(`[data-cell="${granted}"] .yoy-line`);
    expect(line()).toBeNull();
    act(() => runMenuCommand('yearOnYear'));
    expect(uiStore.getState().yearOnYear).toBe(true);
    expect(ACTION_IMPLS.yearOnYear.checked?.()).toBe(true);
    expect(line()?.textContent).toBe('上年 8+2\u2009+25%');
    act(() => runMenuCommand('yearOnYear'));
    expect(uiStore.getState().yearOnYear).toBe(false);
    expect(line()).toBeNull();
    expect(editorStore.getState().history.past.length).toBe(past);
  });

  it('焦点离开表格后（键盘打开编辑菜单）表格动作仍可用，作用于离开前选中的单元格', () => {
    const s = editorStore.getState();
    s.writeCells([{ address: sec3Address('granted', 0), text: '6' }]);
    act(() => {
      s.setActive(sec3Address('granted', 0));
      s.setActive(sec3Address('partlyGranted', 0), true);
    });
    // F6 or Tab to the menu bar: the grid gives up its active cell.
    act(() => editorStore.getState().setActive(null));
    expect(editorStore.getState().active).toBeNull();
    for (const id of ['fillDown', 'selectTable', 'clearCells'] as const) expect(isEnabled(id), id).toBe(true);
    act(() => {
      runAction('fillDown');
    });
    const after = editorStore.getState();
    expect(after.report!.cells[sec3Address('partlyGranted', 0)]?.raw).toBe('6');
    // The selection is back, with the editor over it.
    expect([after.anchor, after.active]).toEqual([sec3Address('granted', 0), sec3Address('partlyGranted', 0)]);
    expect(document.activeElement).toBe(editor());
  });

  it('新打开的报告没有可恢复的选区：表格动作不可用', () => {
    act(() => editorStore.getState().setActive(sec3Address('granted', 0)));
    act(() => editorStore.getState().setActive(null));
    act(() => editorStore.getState().load(blankReport({ unit: '示例镇', kind: 'township', year: 2025 }), null));
    expect(isEnabled('fillDown')).toBe(false);
  });
});
