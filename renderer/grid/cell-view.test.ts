import { describe, expect, it } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import { createEditorStore, type EditorState } from '../store/editor-store.ts';
import { changedCells } from './cell-view.ts';

function setup() {
  const store = createEditorStore({ now: () => 1_000_000 });
  store.getState().load(blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 }), null);
  return store;
}

const sorted = (s: Set<string> | null) => (s ? [...s].sort() : s);

describe('changedCells', () => {
  it('写入一个单元格：该单元格、随之变化的总计和问题变了的单元格，别的不算', () => {
    const store = setup();
    const before: EditorState = store.getState();
    store.getState().writeCells([{ address: 'sec4[0]', text: '2' }]);
    const after = store.getState();
    const changed = changedCells(after, before)!;
    expect(changed.has('sec4[0]')).toBe(true);
    // The row total of 行政复议 is computed from it.
    expect(after.report!.cells['sec4[4]']?.raw).toBe('2');
    expect(changed.has('sec4[4]')).toBe(true);
    for (const a of Object.keys(after.problems)) {
      if (after.problems[a] !== before.problems[a]) expect(changed.has(a)).toBe(true);
    }
    expect(changed.has('sec3.rows.granted[0]')).toBe(false);
    expect(changed.has('sec4[5]')).toBe(false);
  });

  it('移动活动单元格：旧的和新的选区', () => {
    const store = setup();
    store.getState().setActive('sec4[0]');
    const before = store.getState();
    store.getState().setActive('sec4[2]', true);
    expect(sorted(changedCells(store.getState(), before))).toEqual(['sec4[0]', 'sec4[1]', 'sec4[2]']);
    const mid = store.getState();
    store.getState().setActive('sec4[5]');
    expect(sorted(changedCells(store.getState(), mid))).toEqual(['sec4[0]', 'sec4[1]', 'sec4[2]', 'sec4[5]']);
  });

  it('没有变化时为空；换了报告或存疑标记时所有单元格都要重读', () => {
    const store = setup();
    const s = store.getState();
    expect(changedCells({ ...s, notice: 'x' }, s)!.size).toBe(0);
    const other = blankReport({ unit: '另一个镇', kind: 'township', year: 2025 });
    other.meta.flags = [{ cell: 'sec4[3]', reason: '字迹不清' }];
    store.getState().load(other, null);
    expect(changedCells(store.getState(), s)).toBeNull();
    store.getState().close();
    const closed = store.getState();
    expect(changedCells(closed, s)).toBeNull();
  });
});
